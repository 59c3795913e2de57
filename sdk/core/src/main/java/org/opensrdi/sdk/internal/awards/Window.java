package org.opensrdi.sdk.internal.awards;

import java.time.LocalDate;

/**
 * A closed date interval with an optional end, and where it was taken from. Internal, not API.
 *
 * @param start the first day, or {@code null} for no start
 * @param end the last day, included, or {@code null} for no end
 * @param origin {@code trigger.window}, {@code document.effectivePeriod} or {@code none}
 */
record Window(LocalDate start, LocalDate end, String origin) {

    static final Window UNBOUNDED = new Window(null, null, "none");

    /** Both edges are inside (specification.md §4: a DateRange is closed). */
    boolean contains(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }

    @Override
    public String toString() {
        return "[" + (start == null ? "…" : start) + ", " + (end == null ? "…" : end) + "]";
    }
}
