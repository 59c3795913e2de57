package org.opensrdi.sdk.internal.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensrdi.model.CountMetric;
import org.opensrdi.model.PathPoint;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.Target;

/**
 * The path a target's expected value follows (spec/docs/progress.md §5): from its baseline through
 * the plan's own milestones to the target value at the due date, straight between neighbouring
 * points. Each point is the value at the end of its day. Internal, not API.
 */
final class ExpectedPath {

    /**
     * One point.
     *
     * @param date the day, at its end
     * @param value the value
     * @param kind baseline, milestone or target
     */
    record Point(LocalDate date, BigDecimal value, PathPoint.KindEnum kind) {
    }

    /**
     * The expected value on a date, exactly, with the arithmetic that gives it.
     *
     * @param value the exact value
     * @param expression e.g. {@code 37 + (70 − 37) × 410 ÷ 775 = 54.46}
     */
    record Expected(Exact value, String expression) {
    }

    private final List<Point> points;
    private final String originZh;
    private final String originEn;

    private ExpectedPath(List<Point> points, String originZh, String originEn) {
        this.points = List.copyOf(points);
        this.originZh = originZh;
        this.originEn = originEn;
    }

    /** A straight path between two points. */
    static ExpectedPath straight(Point from, Point to, String originZh, String originEn) {
        return from.date().isBefore(to.date()) ? new ExpectedPath(List.of(from, to), originZh, originEn)
                : new ExpectedPath(List.of(to), originZh, originEn);
    }

    /**
     * The path of a one-off target: the baseline (stated; else implied by the plan's yearly
     * additions; else 0 the day before the flow period or the plan starts), the earlier targets of
     * the same series or the cumulative values the yearly additions imply, and the target.
     */
    static ExpectedPath of(PolicyPack pack, Target target, LocalDate due, ConsistencyChecker.Result consistency) {
        LocalDate planStart = Targets.planStart(pack, due);
        Point start;
        String originZh;
        String originEn;
        BigDecimal implied = consistency.impliedBaselines().get(target);
        CountMetric metric = Targets.mainMetric(target);
        if (target.getBaseline() != null) {
            LocalDate date = target.getBaseline().getDate() != null ? target.getBaseline().getDate() : planStart.minusDays(1);
            start = new Point(date, target.getBaseline().getValue(), PathPoint.KindEnum.BASELINE);
            boolean derived = Boolean.TRUE.equals(target.getBaseline().getDerived());
            originZh = derived ? "政策包中的推算基数" : "计划写明的基数";
            originEn = derived ? "the derived baseline of the pack" : "the baseline the plan states";
        } else if (implied != null) {
            start = new Point(planStart.minusDays(1), implied, PathPoint.KindEnum.BASELINE);
            originZh = "由逐年新增推算的基数（第 9 节）";
            originEn = "the baseline the yearly additions imply (§9)";
        } else if (metric != null && !MetricCounter.isStock(metric) && metric.getPeriod() != null
                && metric.getPeriod().getStart() != null) {
            start = new Point(metric.getPeriod().getStart().minusDays(1), BigDecimal.ZERO, PathPoint.KindEnum.BASELINE);
            originZh = "计数期间开始前为 0";
            originEn = "0 before the counting period starts";
        } else {
            start = new Point(planStart.minusDays(1), BigDecimal.ZERO, PathPoint.KindEnum.BASELINE);
            originZh = "未写明基数：计划开始前取 0";
            originEn = "no baseline stated: 0 before the plan starts";
        }
        Point end = new Point(due, target.getValue(), PathPoint.KindEnum.TARGET);
        if (!start.date().isBefore(due)) {
            return new ExpectedPath(List.of(end), originZh, originEn);
        }
        List<Point> points = new ArrayList<>();
        points.add(start);
        points.addAll(seriesMilestones(pack, target, start.date(), due));
        if (points.size() == 1) {
            points.addAll(scheduleMilestones(consistency.schedules(), target, start, due));
        }
        points.add(end);
        return new ExpectedPath(points, originZh, originEn);
    }

    private static List<Point> seriesMilestones(PolicyPack pack, Target target, LocalDate after, LocalDate due) {
        List<Point> milestones = new ArrayList<>();
        for (Target other : pack.getTargets()) {
            LocalDate otherDue = Targets.dueDate(pack, other);
            if (Targets.sameSeries(target, other) && otherDue != null && otherDue.isAfter(after) && otherDue.isBefore(due)
                    && milestones.stream().noneMatch(point -> point.date().equals(otherDue))) {
                milestones.add(new Point(otherDue, other.getValue(), PathPoint.KindEnum.MILESTONE));
            }
        }
        milestones.sort((a, b) -> a.date().compareTo(b.date()));
        return milestones;
    }

    /** Cumulative values at each year end that the yearly additions imply: baseline + additions so far. */
    private static List<Point> scheduleMilestones(Map<Target, List<Target>> schedules, Target target, Point start,
            LocalDate due) {
        List<Target> additions = schedules.get(target);
        List<Point> milestones = new ArrayList<>();
        if (additions == null || additions.stream()
                .anyMatch(addition -> !addition.getCount().getPeriod().getStart().isAfter(start.date()))) {
            return milestones;
        }
        for (int year = start.date().getYear(); year <= due.getYear(); year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            if (!yearEnd.isAfter(start.date()) || !yearEnd.isBefore(due)) {
                continue;
            }
            BigDecimal value = start.value();
            for (Target addition : additions) {
                if (!addition.getCount().getPeriod().getEnd().isAfter(yearEnd)) {
                    value = value.add(addition.getValue());
                }
            }
            milestones.add(new Point(yearEnd, value, PathPoint.KindEnum.MILESTONE));
        }
        return milestones;
    }

    List<Point> points() {
        return points;
    }

    Point first() {
        return points.get(0);
    }

    String originZh() {
        return originZh;
    }

    String originEn() {
        return originEn;
    }

    /** The expected value at the end of a day, interpolated between the points around it. */
    Expected at(LocalDate date, int scale) {
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (!date.isAfter(first.date())) {
            return new Expected(Exact.of(first.value()), Numbers.plain(first.value()));
        }
        if (!date.isBefore(last.date())) {
            return new Expected(Exact.of(last.value()), Numbers.plain(last.value()));
        }
        for (int i = 0; i + 1 < points.size(); i++) {
            Point from = points.get(i);
            Point to = points.get(i + 1);
            if (!date.isBefore(from.date()) && date.isBefore(to.date())) {
                long elapsed = ChronoUnit.DAYS.between(from.date(), date);
                long total = ChronoUnit.DAYS.between(from.date(), to.date());
                BigDecimal days = BigDecimal.valueOf(total);
                BigDecimal numerator = from.value().multiply(days)
                        .add(to.value().subtract(from.value()).multiply(BigDecimal.valueOf(elapsed)));
                Exact value = new Exact(numerator, days);
                String expression = Numbers.plain(from.value()) + " + (" + Numbers.plain(to.value()) + " − "
                        + Numbers.plain(from.value()) + ") × " + elapsed + " ÷ " + total + " = "
                        + Numbers.plain(value.rounded(scale));
                return new Expected(value, expression);
            }
        }
        throw new IllegalStateException("no segment of the path contains " + date);
    }

    /** The points as the report writes them. */
    List<PathPoint> toModel() {
        List<PathPoint> model = new ArrayList<>();
        for (Point point : points) {
            model.add(new PathPoint().date(point.date()).value(Numbers.tidy(point.value())).kind(point.kind()));
        }
        return model;
    }

    /** The points as a trace writes them: (2023-11-17, 37) → (2025-12-31, 70). */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (Point point : points) {
            parts.add("(" + point.date() + ", " + Numbers.plain(point.value()) + ")");
        }
        return String.join(" → ", parts);
    }
}
