package org.opensrdi.sdk.validation;

/**
 * Told now and then how far a validation run has read, e.g. to print a progress line for large
 * files. Called from the thread that reads; must return quickly.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that does nothing. */
    ProgressListener NONE = (source, recordsRead) -> { };

    /**
     * Reports progress.
     *
     * @param source the input being read
     * @param recordsRead records read so far in this run
     */
    void onProgress(String source, long recordsRead);
}
