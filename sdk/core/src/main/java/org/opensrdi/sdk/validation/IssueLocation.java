package org.opensrdi.sdk.validation;

/**
 * Where an issue is: the input, the JSON Pointer inside the record (or the document, for envelope
 * issues), the record's zero-based index, and the one-based line and column (JSON, NDJSON) or row
 * and column with the header name (CSV). Components that do not apply are {@code null}.
 *
 * @param source the input's name, e.g. a file name
 * @param pointer RFC 6901 JSON Pointer; {@code ""} for the whole record or document
 * @param recordIndex zero-based index of the record in its input, or {@code null} for the document
 * @param line one-based line, or {@code null}
 * @param column one-based column (character for JSON, field for CSV), or {@code null}
 * @param header the CSV header of the column, or {@code null}
 * @since 0.1.0
 */
public record IssueLocation(String source, String pointer, Long recordIndex, Integer line, Integer column,
        String header) {

    /**
     * A location of the whole document, before or outside any record.
     *
     * @param source the input's name
     * @param line one-based line, or {@code null}
     * @param column one-based column, or {@code null}
     * @return the location
     */
    public static IssueLocation ofDocument(String source, Integer line, Integer column) {
        return new IssueLocation(source, "", null, line, column, null);
    }

    /**
     * The same location with another pointer.
     *
     * @param newPointer the JSON Pointer
     * @return a new location
     */
    public IssueLocation withPointer(String newPointer) {
        return new IssueLocation(source, newPointer, recordIndex, line, column, header);
    }

    /**
     * The same location with a CSV header name and field column.
     *
     * @param newHeader the header name
     * @param newColumn the one-based field column
     * @return a new location
     */
    public IssueLocation withHeader(String newHeader, Integer newColumn) {
        return new IssueLocation(source, pointer, recordIndex, line, newColumn, newHeader);
    }
}
