package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * A record as a reader produced it: its location, its JSON tree (a SubmissionRecord), or the syntax
 * issues that kept it from being read. Internal, not API.
 *
 * @param location where the record starts (pointer "")
 * @param node the record, or {@code null} if it could not be read
 * @param syntaxIssues issues found while reading it
 * @param csvColumns for CSV rows: JSON Pointer → header and column, else {@code null}
 */
public record RawRecord(IssueLocation location, JsonNode node, List<Issue> syntaxIssues, CsvColumns csvColumns) {

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
}
