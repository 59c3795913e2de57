package org.opensrdi.sdk.internal.criteria;

import java.time.LocalDate;
import java.time.Month;

/**
 * Whole years between dates, as {@code metric.csv} (NICHE_MARKET_YEARS, REGISTERED_YEARS) and the
 * validity terms (README §8.4) count them: 29 February plus whole years in a common year is 1 March
 * (java.time would give 28 February). Internal, not API.
 */
final class CalendarYears {

    private CalendarYears() {
    }

    /** The date plus whole years, 29 February landing on 1 March in a common year. */
    static LocalDate plusYears(LocalDate date, long years) {
        LocalDate moved = date.plusYears(years);
        if (date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29 && moved.getDayOfMonth() == 28) {
            return moved.plusDays(1);
        }
        return moved;
    }

    /** The largest n ≥ 0 with {@code from} plus n years ≤ {@code to}; 0 when {@code from} is later. */
    static int wholeYears(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return 0;
        }
        int years = to.getYear() - from.getYear();
        while (years > 0 && plusYears(from, years).isAfter(to)) {
            years--;
        }
        return years;
    }

    /** The last day of a term of whole years starting on {@code start}: start + years − 1 day. */
    static LocalDate termEnd(LocalDate start, long years) {
        return plusYears(start, years).minusDays(1);
    }
}
