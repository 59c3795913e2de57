package org.opensrdi.sdk.validation;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The input formats the validator reads (see {@code spec/docs/validation.md}).
 *
 * @since 0.1.0
 */
public enum InputFormat {
    /** One JSON Submission document whose {@code records} array holds the records. */
    SUBMISSION_JSON,
    /** Newline-delimited JSON: one SubmissionRecord (or bare Enterprise) per line. */
    NDJSON,
    /** CSV of enterprise-year rows with the header of {@code spec/formats/csv-enterprise-year.csv}. */
    CSV;

    /**
     * The format a file name implies: {@code .ndjson} and {@code .jsonl} are NDJSON, {@code .csv} is
     * CSV, anything else a Submission document.
     *
     * @param file the file
     * @return the format
     */
    public static InputFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return NDJSON;
        }
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        return SUBMISSION_JSON;
    }
}
