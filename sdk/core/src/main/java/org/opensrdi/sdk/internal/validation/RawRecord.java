package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * A record as a reader produced it: its location, its JSON tree (a SubmissionRecord), or the syntax
 * issues that kept it from being read — or, for NDJSON, the line's bytes still to be read, which a
 * worker thread turns into one of the former ({@link NdjsonLines}). Internal, not API.
 *
 * @param location where the record starts (pointer "")
 * @param node the record, or {@code null} if it could not be read (or is not read yet)
 * @param syntaxIssues issues found while reading it
 * @param csvColumns for CSV rows: JSON Pointer → header and column, else {@code null}
 * @param line an NDJSON line not read yet (without its line end), else {@code null}
 */
public record RawRecord(IssueLocation location, JsonNode node, List<Issue> syntaxIssues, CsvColumns csvColumns,
        byte[] line) {

    /**
     * A record that was read, or could not be read.
     *
     * @param location where it starts
     * @param node its tree, or {@code null}
     * @param syntaxIssues issues found while reading it
     * @param csvColumns for CSV rows, else {@code null}
     */
    public RawRecord(IssueLocation location, JsonNode node, List<Issue> syntaxIssues, CsvColumns csvColumns) {
        this(location, node, syntaxIssues, csvColumns, null);
    }

    /**
     * A record that was read.
     *
     * @param location where it starts
     * @param node its tree
     * @param syntaxIssues non-rejecting issues found while reading, usually none
     * @return the record
     */
    public static RawRecord of(IssueLocation location, JsonNode node, List<Issue> syntaxIssues) {
        return new RawRecord(location, node, List.copyOf(syntaxIssues), null);
    }

    /**
     * A record that could not be read.
     *
     * @param location where it starts
     * @param issue why it could not be read
     * @return the record
     */
    public static RawRecord broken(IssueLocation location, Issue issue) {
        return new RawRecord(location, null, List.of(issue), null);
    }

    /**
     * An NDJSON line to be read by the worker that checks it.
     *
     * @param location where it starts
     * @param line its bytes without the line end
     * @return the record
     */
    static RawRecord unread(IssueLocation location, byte[] line) {
        return new RawRecord(location, null, List.of(), null, line);
    }
}
