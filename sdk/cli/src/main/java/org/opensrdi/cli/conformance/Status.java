package org.opensrdi.cli.conformance;

import java.util.Locale;

/** The outcome of one vector in a run. */
public enum Status {
    /** The output matched. */
    PASSED,
    /** The output differed. */
    FAILED,
    /** No output: an error response, a crash, a timeout or a malformed response. */
    ERRORED,
    /** The implementation does not support the vector's capability and spec version. */
    SKIPPED,
    /** Failed or errored, and listed in the expected failures: does not fail the run. */
    EXPECTED_FAILURE,
    /** Passed, but listed in the expected failures: fails the run until the list is updated. */
    UNEXPECTED_PASS;

    /**
     * The name in reports, e.g. {@code expected-failure}.
     *
     * @return the lower-case, hyphenated name
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether this outcome fails the run.
     *
     * @return {@code true} for failed, errored and unexpected-pass
     */
    public boolean failsRun() {
        return this == FAILED || this == ERRORED || this == UNEXPECTED_PASS;
    }
}
