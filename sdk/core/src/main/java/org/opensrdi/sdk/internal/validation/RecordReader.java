package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.opensrdi.sdk.validation.Issue;

/**
 * Reads records one at a time from one input, in bounded memory. Not thread-safe. Internal, not API.
 */
public interface RecordReader extends Closeable {

    /**
     * The next record.
     *
     * @return the record, or {@code null} when the input is exhausted or cannot be read further
     * @throws IOException if the input cannot be read at all
     */
    RawRecord next() throws IOException;

    /**
     * Issues about the input as a whole (BOM, FATAL syntax errors, CSV header problems) found so
     * far; they belong to no record.
     *
     * @return the issues
     */
    List<Issue> documentIssues();

    /**
     * The envelope fields read so far (Submission documents only).
     *
     * @return the envelope, or {@code null} for formats without one (the default)
     */
    default ObjectNode envelope() {
        return null;
    }

    /**
     * Whether the input ended cleanly (no FATAL issue stopped the reading).
     *
     * @return {@code true} if every byte was read; line formats (the default) read to the end
     *     whatever a line holds
     */
    default boolean completed() {
        return true;
    }
}
