package org.opensrdi.sdk.internal.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.opensrdi.model.CountMetric;
import org.opensrdi.model.DateRange;
import org.opensrdi.model.PolicyDocument;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.Target;

/** What the progress rules read from a target and its pack. Internal, not API. */
final class Targets {

    private Targets() {
    }

    /** The metric counted: the count of a COUNT target, the numerator of a RATIO or RATE. */
    static CountMetric mainMetric(Target target) {
        return target.getMetricKind() == Target.MetricKindEnum.COUNT ? target.getCount() : target.getNumerator();
    }

    static boolean isCount(Target target) {
        return target.getMetricKind() == Target.MetricKindEnum.COUNT;
    }

    static boolean isYearly(Target target) {
        return target.getRecurrence() == Target.RecurrenceEnum.YEARLY;
    }

    static boolean isAtLeast(Target target) {
        return target.getComparator() != Target.ComparatorEnum.AT_MOST;
    }

    /**
     * The first day of the plan: the document's effective period, else its publication or writing
     * date, else 1 January of the due year.
     */
    static LocalDate planStart(PolicyPack pack, LocalDate due) {
        PolicyDocument document = pack.getDocument();
        if (document != null) {
            if (document.getEffectivePeriod() != null && document.getEffectivePeriod().getStart() != null) {
                return document.getEffectivePeriod().getStart();
            }
            if (document.getPublishedDate() != null) {
                return document.getPublishedDate();
            }
            if (document.getWrittenDate() != null) {
                return document.getWrittenDate();
            }
        }
        return LocalDate.of(due.getYear(), 1, 1);
    }

    /** The due date: the target's, else the end of its metric's period, else of the plan. */
    static LocalDate dueDate(PolicyPack pack, Target target) {
        if (target.getDueDate() != null) {
            return target.getDueDate();
        }
        CountMetric metric = mainMetric(target);
        if (metric != null && metric.getPeriod() != null && metric.getPeriod().getEnd() != null) {
            return metric.getPeriod().getEnd();
        }
        PolicyDocument document = pack.getDocument();
        if (document != null && document.getEffectivePeriod() != null && document.getEffectivePeriod().getEnd() != null) {
            return document.getEffectivePeriod().getEnd();
        }
        return null;
    }

    /** The period a YEARLY target covers: its metric's, else the plan's up to the due date. */
    static DateRange yearlyPeriod(PolicyPack pack, Target target, LocalDate due) {
        CountMetric metric = mainMetric(target);
        LocalDate start = metric != null && metric.getPeriod() != null ? metric.getPeriod().getStart() : null;
        LocalDate end = metric != null && metric.getPeriod() != null ? metric.getPeriod().getEnd() : null;
        if (start == null) {
            start = planStart(pack, due);
        }
        if (end == null || end.isAfter(due)) {
            end = due;
        }
        return new DateRange().start(start).end(end);
    }

    /** Whether two metrics count the same thing, periods aside. */
    static boolean sameExceptPeriod(CountMetric a, CountMetric b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.getKind() == b.getKind() && a.getTier() == b.getTier()
                && sameSet(a.getLevels(), b.getLevels()) && a.getEventKind() == b.getEventKind()
                && a.getCountedItemKind() == b.getCountedItemKind()
                && Boolean.TRUE.equals(a.getAboveDesignatedSizeOnly()) == Boolean.TRUE.equals(b.getAboveDesignatedSizeOnly())
                && Boolean.TRUE.equals(a.getIndustrialOnly()) == Boolean.TRUE.equals(b.getIndustrialOnly())
                && sameSet(a.getRequiredTiers(), b.getRequiredTiers());
    }

    /** Whether two targets measure the same metric in the same way, due dates aside. */
    static boolean sameSeries(Target a, Target b) {
        return a != b && a.getMetricKind() == b.getMetricKind() && a.getComparator() == b.getComparator()
                && Objects.equals(a.getJurisdiction(), b.getJurisdiction()) && !isYearly(a) && !isYearly(b)
                && Objects.equals(a.getCount(), b.getCount()) && Objects.equals(a.getNumerator(), b.getNumerator())
                && Objects.equals(a.getDenominator(), b.getDenominator());
    }

    private static boolean sameSet(Collection<?> a, Collection<?> b) {
        Set<?> left = a == null ? Set.of() : Set.copyOf(a);
        Set<?> right = b == null ? Set.of() : Set.copyOf(b);
        return left.equals(right);
    }

    /** Whether a period lies within one calendar year. */
    static boolean isWithinOneYear(DateRange period) {
        return period != null && period.getStart() != null && period.getEnd() != null
                && period.getStart().getYear() == period.getEnd().getYear();
    }

    /** The id and version of a pack, as explanations name it. */
    static String ruleSet(PolicyPack pack) {
        return pack.getPackId() + "@" + pack.getPackVersion();
    }
}
