package org.opensrdi.sdk.internal.progress;

/**
 * The four progress statuses of spec/docs/progress.md §6, ordered from worst to best so that the
 * status of several requirements is the lowest of theirs. Internal, not API.
 */
public enum Status {
    /** Below the expected path by more than the margin, or missed when due. */
    BEHIND("滞后", "behind"),
    /** Below the expected path, but within the margin. */
    AT_RISK("存在风险", "at risk"),
    /** At or above the expected path. */
    ON_TRACK("进度正常", "on track"),
    /** The target value is reached. */
    MET("已完成", "met");

    private final String zh;
    private final String en;

    Status(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese label. */
    public String zh() {
        return zh;
    }

    /** The English label. */
    public String en() {
        return en;
    }

    /** The worse of two statuses. */
    public Status worst(Status other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
