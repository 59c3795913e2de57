package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Turns Jackson's read errors into issue codes: document-level (FATAL) or record-level (ERROR)
 * variants of encoding, NUL, nesting, number, string, size and duplicate-key problems.
 * Internal, not API.
 */
final class SyntaxErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'");

    private final IssueCatalogue catalogue;
    private final StreamReadConstraints limits;

    SyntaxErrors(IssueCatalogue catalogue, StreamReadConstraints limits) {
        this.catalogue = catalogue;
        this.limits = limits;
    }

    /** Whether the error is a duplicate key, which a reader can recover from by skipping the record. */
    static String duplicateKey(JsonProcessingException e) {
        Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        return m.find() ? m.group(1) : null;
    }

    /**
     * The issue for an error that stops reading a whole document.
     */
    Issue documentIssue(JsonProcessingException e, IssueLocation at) {
        IssueLocation where = withLocation(at, e.getLocation());
        String message = String.valueOf(e.getOriginalMessage());
        Integer line = where.line();
        if (e instanceof StreamConstraintsException) {
            return limitIssue(message, where, "SRDI-F1104", "SRDI-F1105", "SRDI-F1106", "SRDI-F1107");
        }
        String key = duplicateKey(e);
        if (key != null) {
            return catalogue.issue("SRDI-F1108", where, "key", key);
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-8 middle byte")) {
            return catalogue.issue("SRDI-F1002", where, "line", line);
        }
        if (message.contains("code 0)")) {
            return catalogue.issue("SRDI-F1004", where, "line", line);
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return catalogue.issue("SRDI-F1103", where, "line", line);
        }
        return catalogue.issue("SRDI-F1101", where, "detail", shortMessage(message, where));
    }

    /**
     * The issue for an error in one NDJSON line or CSV row, which is skipped.
     */
    Issue recordIssue(JsonProcessingException e, IssueLocation at) {
        IssueLocation where = e.getLocation() == null ? at
                : new IssueLocation(at.source(), at.pointer(), at.recordIndex(), at.line(),
                        e.getLocation().getColumnNr() > 0 ? e.getLocation().getColumnNr() : null, at.header());
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limitIssue(message, where, "SRDI-E1114", "SRDI-E1115", "SRDI-E1116", "SRDI-E1117");
        }
        String key = duplicateKey(e);
        if (key != null) {
            return catalogue.issue("SRDI-E1118", where, "key", key);
        }
        if (message.contains("code 0)")) {
            return catalogue.issue("SRDI-E1005", where);
        }
        return catalogue.issue("SRDI-E1102", where, "detail", shortMessage(message, where));
    }

    private Issue limitIssue(String message, IssueLocation where, String depth, String number, String string,
            String size) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return catalogue.issue(depth, where, "limit", limits.getMaxNestingDepth());
        }
        if (lower.contains("number value length")) {
            return catalogue.issue(number, where, "limit", limits.getMaxNumberLength());
        }
        if (lower.contains("string value length")) {
            return catalogue.issue(string, where, "limit", limits.getMaxStringLength());
        }
        return catalogue.issue(size, where, "limit", limits.getMaxDocumentLength());
    }

    private static IssueLocation withLocation(IssueLocation at, JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return at;
        }
        return new IssueLocation(at.source(), at.pointer(), at.recordIndex(), location.getLineNr(),
                location.getColumnNr() > 0 ? location.getColumnNr() : null, at.header());
    }

    private static String shortMessage(String message, IssueLocation where) {
        String first = message.lines().findFirst().orElse(message);
        if (first.length() > 200) {
            first = first.substring(0, 200) + "…";
        }
        return where.line() == null ? first : first + " (line " + where.line() + ", column " + where.column() + ")";
    }
}
