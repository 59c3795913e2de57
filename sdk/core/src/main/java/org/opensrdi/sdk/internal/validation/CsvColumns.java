package org.opensrdi.sdk.internal.validation;

import java.util.Map;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * For a CSV file: which header and column each mapped JSON Pointer came from, so that issues carry
 * the header name. Internal, not API.
 *
 * @param byPointer JSON Pointer inside the record → (header, one-based column)
 */
public record CsvColumns(Map<String, Column> byPointer) {

    /**
     * One CSV column.
     *
     * @param header the header cell as written in the file
     * @param column one-based column number
     */
    public record Column(String header, int column) {
    }

    /**
     * The location with the header of the column the pointer came from, if any.
     *
     * @param location an issue location inside a CSV record
     * @return the location, with header and column where known
     */
    public IssueLocation locate(IssueLocation location) {
        String pointer = location.pointer();
        while (pointer != null && !pointer.isEmpty()) {
            Column column = byPointer.get(pointer);
            if (column != null) {
                return location.withHeader(column.header(), column.column());
            }
            int slash = pointer.lastIndexOf('/');
            pointer = slash <= 0 ? null : pointer.substring(0, slash);
        }
        return location;
    }
}
