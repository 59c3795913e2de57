package org.opensrdi.sdk.internal.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opensrdi.model.ConsistencyFinding;
import org.opensrdi.model.CountMetric;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.Target;

/**
 * Checks a plan's own targets against each other (spec/docs/progress.md §9): the baselines its
 * yearly additions imply for its cumulative targets, and yearly schedules that do not add up to
 * the total. Internal, not API.
 */
public final class ConsistencyChecker {

    /**
     * What the check of one pack found.
     *
     * @param findings the findings, in target order
     * @param impliedBaselines the implied baseline of each cumulative target that has yearly additions
     * @param schedules the yearly additions of each such target, in due-date order
     */
    public record Result(List<ConsistencyFinding> findings, Map<Target, BigDecimal> impliedBaselines,
            Map<Target, List<Target>> schedules) {
    }

    private ConsistencyChecker() {
    }

    /** Checks one pack. */
    public static Result check(PolicyPack pack) {
        List<ConsistencyFinding> findings = new ArrayList<>();
        Map<Target, BigDecimal> implied = new IdentityHashMap<>();
        Map<Target, List<Target>> schedules = new IdentityHashMap<>();
        List<Target> targets = pack.getTargets() == null ? List.of() : pack.getTargets();
        for (Target target : targets) {
            if (isCumulativeStock(target)) {
                cumulativeAgainstYearlyAdditions(pack, target, targets, findings, implied, schedules);
            }
            if (isMultiYearFlow(target)) {
                totalAgainstYearlySchedule(target, targets, findings, schedules, pack);
            }
            baselineAboveTarget(pack, target, findings);
        }
        decreasingSeries(pack, targets, findings);
        return new Result(List.copyOf(findings), implied, schedules);
    }

    private static boolean isCumulativeStock(Target target) {
        return Targets.isCount(target) && !Targets.isYearly(target) && Targets.isAtLeast(target)
                && target.getCount() != null && target.getCount().getKind() == CountMetric.KindEnum.DESIGNATION_STOCK;
    }

    private static boolean isFlow(CountMetric metric) {
        return metric != null && !MetricCounter.isStock(metric)
                && metric.getKind() != CountMetric.KindEnum.DESIGNATION_EXPIRING
                && metric.getKind() != CountMetric.KindEnum.DESIGNATION_RENEWED;
    }

    private static boolean isMultiYearFlow(Target target) {
        return Targets.isCount(target) && !Targets.isYearly(target) && Targets.isAtLeast(target)
                && isFlow(target.getCount()) && target.getCount().getPeriod() != null
                && target.getCount().getPeriod().getStart() != null && target.getCount().getPeriod().getEnd() != null
                && !Targets.isWithinOneYear(target.getCount().getPeriod());
    }

    /** A one-year flow target of the same jurisdiction, for use as a yearly figure. */
    private static boolean isYearlyFigure(Target candidate, Target of) {
        return candidate != of && Targets.isCount(candidate) && !Targets.isYearly(candidate)
                && Targets.isAtLeast(candidate) && Objects.equals(candidate.getJurisdiction(), of.getJurisdiction())
                && isFlow(candidate.getCount()) && Targets.isWithinOneYear(candidate.getCount().getPeriod());
    }

    private static void cumulativeAgainstYearlyAdditions(PolicyPack pack, Target target, List<Target> targets,
            List<ConsistencyFinding> findings, Map<Target, BigDecimal> implied, Map<Target, List<Target>> schedules) {
        CountMetric stock = target.getCount();
        List<Target> additions = new ArrayList<>();
        for (Target candidate : targets) {
            if (!isYearlyFigure(candidate, target)) {
                continue;
            }
            CountMetric flow = candidate.getCount();
            CountMetric asStock = copyAsStock(flow);
            boolean sameThing = flow.getKind() == CountMetric.KindEnum.DESIGNATION_FLOW
                    && Targets.sameExceptPeriod(asStock, stock);
            LocalDate due = Targets.dueDate(pack, target);
            if (sameThing && due != null && !flow.getPeriod().getEnd().isAfter(due)) {
                additions.add(candidate);
            }
        }
        if (additions.isEmpty()) {
            return;
        }
        additions.sort(Comparator.comparing(addition -> addition.getCount().getPeriod().getEnd()));
        schedules.put(target, List.copyOf(additions));
        BigDecimal sum = additions.stream().map(Target::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal baseline = target.getValue().subtract(sum);
        String terms = additions.stream().map(addition -> Numbers.plain(addition.getValue()))
                .collect(Collectors.joining(" + "));
        String years = additions.stream().map(addition -> String.valueOf(addition.getCount().getPeriod().getEnd().getYear()))
                .collect(Collectors.joining(", "));
        List<String> ids = new ArrayList<>();
        ids.add(target.getId());
        additions.forEach(addition -> ids.add(addition.getId()));
        String arithmetic = Numbers.plain(target.getValue()) + " − (" + terms + ") = " + Numbers.plain(baseline);
        if (baseline.signum() < 0) {
            findings.add(finding(pack, ConsistencyFinding.KindEnum.SCHEDULE_EXCEEDS_TOTAL, true, ids,
                    target.getValue(), sum,
                    "逐年新增（" + years + "年：" + terms + " = " + Numbers.plain(sum) + "）超过累计目标 "
                            + Numbers.plain(target.getValue()) + "：" + arithmetic + "，推算基数为负。",
                    "The yearly additions (" + years + ": " + terms + " = " + Numbers.plain(sum)
                            + ") exceed the cumulative target " + Numbers.plain(target.getValue()) + ": " + arithmetic
                            + ", a negative baseline."));
            return;
        }
        implied.put(target, baseline);
        findings.add(finding(pack, ConsistencyFinding.KindEnum.IMPLIED_BASELINE, false, ids,
                target.getBaseline() != null ? target.getBaseline().getValue() : null, baseline,
                "累计目标减去逐年新增（" + years + "年）推算出计划开始前已有的基数：" + arithmetic + "。",
                "The cumulative target minus the yearly additions (" + years
                        + ") implies the stock before the plan: " + arithmetic + "."));
        if (target.getBaseline() != null && target.getBaseline().getValue().compareTo(baseline) != 0) {
            findings.add(finding(pack, ConsistencyFinding.KindEnum.BASELINE_MISMATCH, true, ids,
                    target.getBaseline().getValue(), baseline,
                    "写明的基数 " + Numbers.plain(target.getBaseline().getValue()) + " 与逐年新增推算的基数不符：" + arithmetic + "。",
                    "The stated baseline " + Numbers.plain(target.getBaseline().getValue())
                            + " differs from the one the yearly additions imply: " + arithmetic + "."));
        }
    }

    private static CountMetric copyAsStock(CountMetric flow) {
        return new CountMetric().kind(CountMetric.KindEnum.DESIGNATION_STOCK).tier(flow.getTier())
                .levels(flow.getLevels()).eventKind(flow.getEventKind()).countedItemKind(flow.getCountedItemKind())
                .aboveDesignatedSizeOnly(flow.getAboveDesignatedSizeOnly()).industrialOnly(flow.getIndustrialOnly())
                .requiredTiers(flow.getRequiredTiers());
    }

    private static void totalAgainstYearlySchedule(Target total, List<Target> targets, List<ConsistencyFinding> findings,
            Map<Target, List<Target>> schedules, PolicyPack pack) {
        CountMetric metric = total.getCount();
        List<Target> yearly = new ArrayList<>();
        for (Target candidate : targets) {
            if (isYearlyFigure(candidate, total) && Targets.sameExceptPeriod(candidate.getCount(), metric)
                    && !candidate.getCount().getPeriod().getStart().isBefore(metric.getPeriod().getStart())
                    && !candidate.getCount().getPeriod().getEnd().isAfter(metric.getPeriod().getEnd())) {
                yearly.add(candidate);
            }
        }
        if (yearly.isEmpty()) {
            return;
        }
        yearly.sort(Comparator.comparing(candidate -> candidate.getCount().getPeriod().getEnd()));
        BigDecimal sum = yearly.stream().map(Target::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        String terms = yearly.stream().map(candidate -> Numbers.plain(candidate.getValue()))
                .collect(Collectors.joining(" + "));
        Set<Integer> years = new TreeSet<>();
        yearly.forEach(candidate -> years.add(candidate.getCount().getPeriod().getStart().getYear()));
        boolean everyYear = years.size() == metric.getPeriod().getEnd().getYear() - metric.getPeriod().getStart().getYear() + 1;
        List<String> ids = new ArrayList<>();
        ids.add(total.getId());
        yearly.forEach(candidate -> ids.add(candidate.getId()));
        String arithmetic = terms + " = " + Numbers.plain(sum);
        int comparison = sum.compareTo(total.getValue());
        if (comparison <= 0) {
            // The yearly figures are the total's own schedule: its expected path follows them.
            schedules.put(total, List.copyOf(yearly));
        }
        if (comparison > 0) {
            findings.add(finding(pack, ConsistencyFinding.KindEnum.SCHEDULE_EXCEEDS_TOTAL, true, ids, total.getValue(), sum,
                    "逐年数之和 " + arithmetic + " 超过总数目标 " + Numbers.plain(total.getValue()) + "。",
                    "The yearly figures add up to more than the total " + Numbers.plain(total.getValue()) + ": "
                            + arithmetic + "."));
        } else if (comparison == 0) {
            findings.add(finding(pack, ConsistencyFinding.KindEnum.SCHEDULE_MATCHES_TOTAL, false, ids, total.getValue(), sum,
                    "逐年数之和等于总数目标：" + arithmetic + "。",
                    "The yearly figures add up to the total: " + arithmetic + "."));
        } else if (everyYear) {
            findings.add(finding(pack, ConsistencyFinding.KindEnum.SCHEDULE_BELOW_TOTAL, true, ids, total.getValue(), sum,
                    "每一年都有逐年数，但其和 " + arithmetic + " 小于总数目标 " + Numbers.plain(total.getValue()) + "。",
                    "Every year has a yearly figure, but they add up to less than the total "
                            + Numbers.plain(total.getValue()) + ": " + arithmetic + "."));
        }
    }

    private static void baselineAboveTarget(PolicyPack pack, Target target, List<ConsistencyFinding> findings) {
        if (target.getBaseline() != null && Targets.isAtLeast(target)
                && target.getBaseline().getValue().compareTo(target.getValue()) > 0) {
            findings.add(finding(pack, ConsistencyFinding.KindEnum.TARGET_BELOW_BASELINE, false, List.of(target.getId()),
                    target.getValue(), target.getBaseline().getValue(),
                    "目标值 " + Numbers.plain(target.getValue()) + " 低于基数 " + Numbers.plain(target.getBaseline().getValue()) + "。",
                    "The target " + Numbers.plain(target.getValue()) + " is below its baseline "
                            + Numbers.plain(target.getBaseline().getValue()) + "."));
        }
    }

    private static void decreasingSeries(PolicyPack pack, List<Target> targets, List<ConsistencyFinding> findings) {
        List<Target> seen = new ArrayList<>();
        for (Target target : targets) {
            if (seen.stream().anyMatch(earlier -> Targets.sameSeries(earlier, target)) || Targets.isYearly(target)
                    || !Targets.isAtLeast(target)) {
                seen.add(target);
                continue;
            }
            seen.add(target);
            List<Target> series = new ArrayList<>(List.of(target));
            for (Target other : targets) {
                if (Targets.sameSeries(target, other)) {
                    series.add(other);
                }
            }
            series.removeIf(member -> Targets.dueDate(pack, member) == null);
            series.sort(Comparator.comparing(member -> Targets.dueDate(pack, member)));
            for (int i = 1; i < series.size(); i++) {
                Target earlier = series.get(i - 1);
                Target later = series.get(i);
                if (later.getValue().compareTo(earlier.getValue()) < 0) {
                    findings.add(finding(pack, ConsistencyFinding.KindEnum.DECREASING_SERIES, false,
                            List.of(later.getId(), earlier.getId()), later.getValue(), earlier.getValue(),
                            "较晚的目标 " + Numbers.plain(later.getValue()) + "（" + Targets.dueDate(pack, later) + "）低于较早的目标 "
                                    + Numbers.plain(earlier.getValue()) + "（" + Targets.dueDate(pack, earlier) + "）。",
                            "The later target " + Numbers.plain(later.getValue()) + " (" + Targets.dueDate(pack, later)
                                    + ") is below the earlier " + Numbers.plain(earlier.getValue()) + " ("
                                    + Targets.dueDate(pack, earlier) + ")."));
                }
            }
        }
    }

    private static ConsistencyFinding finding(PolicyPack pack, ConsistencyFinding.KindEnum kind, boolean contradiction,
            List<String> targetIds, BigDecimal stated, BigDecimal implied, String zh, String en) {
        ConsistencyFinding finding = new ConsistencyFinding().packId(pack.getPackId()).kind(kind)
                .contradiction(contradiction).targetIds(new ArrayList<>(targetIds)).message(Trace.text(zh, en));
        if (stated != null) {
            finding.statedValue(Numbers.tidy(stated));
        }
        if (implied != null) {
            finding.impliedValue(Numbers.tidy(implied));
        }
        return finding;
    }
}
