package org.opensrdi.sdk.criteria;

/**
 * The verdict of a tier's criteria (spec/docs/rules/README.md §7.3).
 *
 * @since 0.1.0
 */
public enum Verdict {

    /** The data prove the criteria are met. */
    QUALIFIED,

    /**
     * The data prove the criteria are not met: a gate is false, or even the highest possible score
     * fails and no direct path holds.
     */
    NOT_QUALIFIED,

    /**
     * No gate is false, but a gate or the score cannot be decided: data are missing, expert points
     * are a range, or a provincial slot is empty. The result lists the missing inputs.
     */
    UNDETERMINED
}
