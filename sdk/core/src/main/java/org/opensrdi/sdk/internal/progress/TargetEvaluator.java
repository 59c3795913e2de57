package org.opensrdi.sdk.internal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opensrdi.model.CountMetric;
import org.opensrdi.model.DateRange;
import org.opensrdi.model.PathPoint;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.QuotaProgress;
import org.opensrdi.model.SubJurisdictionQuota;
import org.opensrdi.model.Target;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.YearNeed;
import org.opensrdi.model.YearProgress;
import org.opensrdi.sdk.internal.validation.CodeLists;

/**
 * Evaluates one target on an as-of date by the status rule of spec/docs/progress.md: the actual
 * value from the data, whether it meets the target, the expected value on a straight path, the
 * status, the gap and what each remaining year still needs, with the explanation. Internal, not API.
 */
final class TargetEvaluator {

    /** The AT_RISK margin: a tenth of the distance from the path's start to the target (§6). */
    static final BigDecimal AT_RISK_MARGIN_FRACTION = new BigDecimal("0.10");

    /** Above this many, the USCCs counted are left out of the report. */
    private static final int MAX_LISTED_ENTERPRISES = 200;

    private final Dataset data;
    private final MetricCounter counter;
    private final LocalDate asOf;
    private final String specVersion;

    TargetEvaluator(Dataset data, LocalDate asOf, String specVersion) {
        this.data = data;
        this.counter = new MetricCounter(data);
        this.asOf = asOf;
        this.specVersion = specVersion;
    }

    /** A measurement: a count, or a numerator and denominator; {@code main} is what the count or numerator found. */
    private record Measure(int numerator, Integer denominator, MetricCounter.Result main) {

        boolean isRatio() {
            return denominator != null;
        }

        /** The exact value, or null for a ratio whose denominator is 0. */
        Exact exact() {
            if (!isRatio()) {
                return Exact.of(numerator);
            }
            return denominator == 0 ? null : new Exact(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }

        BigDecimal display() {
            Exact exact = exact();
            if (exact == null) {
                return BigDecimal.ZERO;
            }
            return isRatio() ? Numbers.tidy(exact.rounded(Numbers.RATIO_SCALE)) : BigDecimal.valueOf(numerator);
        }

        String describe() {
            return isRatio() ? numerator + " ÷ " + denominator : String.valueOf(numerator);
        }
    }

    TargetProgress evaluate(PolicyPack pack, Target target, ConsistencyChecker.Result consistency) {
        LocalDate due = Targets.dueDate(pack, target);
        if (due == null) {
            due = asOf;
        }
        Trace trace = new Trace();
        trace.parameter(target.getId() + ".value", target.getValue(), Targets.isCount(target) ? "count" : "fraction",
                target.getCitation(), target.getAssumptions());
        trace.parameter(target.getId() + ".dueDate", due.toString(), "date", target.getCitation(), null);
        trace.parameter("progress.atRiskMarginFraction", AT_RISK_MARGIN_FRACTION, "fraction", Trace.rules("§6"), null);
        TargetProgress progress = new TargetProgress().packId(pack.getPackId()).targetId(target.getId())
                .title(target.getTitle()).metricKind(TargetProgress.MetricKindEnum.fromValue(target.getMetricKind().value()))
                .recurrence(Targets.isYearly(target) ? TargetProgress.RecurrenceEnum.YEARLY : TargetProgress.RecurrenceEnum.ONCE)
                .jurisdiction(target.getJurisdiction()).targetValue(Numbers.tidy(target.getValue())).dueDate(due)
                .aspirational(Boolean.TRUE.equals(target.getAspirational()));
        Status status = Targets.isYearly(target)
                ? evaluateYearly(pack, target, due, progress, trace)
                : evaluateOnce(pack, target, due, consistency, progress, trace);
        if (Boolean.TRUE.equals(target.getAspirational())) {
            trace.step("aspirational", "“力争”目标：同样计算，仅作标记。", "An aspirational (力争) target: evaluated the same way, only flagged.",
                    null, true, Trace.rules("§7"));
        }
        progress.status(TargetProgress.StatusEnum.fromValue(status.name()));
        progress.explanation(trace.build(specVersion, Targets.ruleSet(pack), asOf,
                target.getJurisdiction() + " " + target.getId(), status.name(), target.getCitation()));
        return progress;
    }

    // ---------------------------------------------------------------- one-off targets

    private Status evaluateOnce(PolicyPack pack, Target target, LocalDate due, ConsistencyChecker.Result consistency,
            TargetProgress progress, Trace trace) {
        LocalDate on = asOf.isAfter(due) ? due : asOf;
        progress.evaluationDate(on);
        trace.step("evaluationDate", "计量日 = 基准日与完成期限中较早者", "Evaluation date = the earlier of the as-of and due dates",
                "min(" + asOf + ", " + due + ") = " + on, on.toString(), Trace.rules("§2"));
        DateRange period = Targets.mainMetric(target) == null ? null : Targets.mainMetric(target).getPeriod();
        MetricCounter.Window window = window(period, null, on);
        Measure measure = measure(target, window, null, trace, "");
        record(progress, measure);

        boolean met = meets(target, measure, trace, "met");
        ExpectedPath path = ExpectedPath.of(pack, target, due, consistency);
        progress.path(path.toModel());
        trace.step("path", "应达路径：" + path.originZh() + "，经计划自身的阶段目标，至完成期限的目标值",
                "Expected path: " + path.originEn() + ", through the plan's own milestones, to the target at the due date",
                path.describe(), null, Trace.rules("§5"));
        ExpectedPath.Expected expected = path.at(asOf, scale(target));
        progress.expectedByNow(Numbers.tidy(expected.value().rounded(scale(target))));
        Status status;
        if (met) {
            status = Status.MET;
            trace.step("status", "已达到目标值", "The target value is reached", null, status.name(), Trace.rules("§6"));
        } else if (!asOf.isBefore(due)) {
            status = Status.BEHIND;
            trace.step("status", "完成期限已到而未达到目标值", "Due and not reached", asOf + " ≥ " + due, status.name(),
                    Trace.rules("§6"));
        } else {
            trace.step("expected", "基准日应达值（直线插值）", "Expected on the as-of date (straight line)", expected.expression(),
                    progress.getExpectedByNow(), Trace.rules("§5"));
            BigDecimal margin = AT_RISK_MARGIN_FRACTION.multiply(target.getValue().subtract(path.first().value()).abs());
            status = pathStatus(target, measure, expected, margin, trace, "status");
        }
        gap(target, measure, progress, trace);
        if (quotas(target)) {
            LocalDate start = period != null && period.getStart() != null ? period.getStart() : Targets.planStart(pack, due);
            for (SubJurisdictionQuota quota : target.getQuotas()) {
                QuotaProgress quotaProgress = quota(target, quota, start, due, null, trace);
                progress.addQuotasItem(quotaProgress);
                status = status.worst(Status.valueOf(quotaProgress.getStatus().value()));
            }
        }
        if (status != Status.MET && asOf.isBefore(due)) {
            BigDecimal needed = needed(target, measure);
            List<YearNeed> needs = spread(needed, remainingYears(due));
            if (!needs.isEmpty()) {
                progress.neededPerRemainingYear(needs);
                trace.step("needed", "差额按剩余各自然年平均分配，计数向上取整、先多后少",
                        "The shortfall spread over the remaining calendar years, counts rounded up, larger shares first",
                        Numbers.plain(needed) + " → " + describe(needs), null, Trace.rules("§8"));
            }
        }
        return status;
    }

    // ---------------------------------------------------------------- yearly targets

    private Status evaluateYearly(PolicyPack pack, Target target, LocalDate due, TargetProgress progress, Trace trace) {
        DateRange period = Targets.yearlyPeriod(pack, target, due);
        trace.step("years", "每年目标：计数期间内的每个自然年分别计算", "A yearly target: every calendar year of the period on its own",
                period.getStart() + " – " + period.getEnd(), null, Trace.rules("§4.6"));
        boolean ratioOfFlows = !Targets.isCount(target) && target.getDenominator() != null
                && !MetricCounter.isStock(target.getDenominator());
        Status status = null;
        YearProgress current = null;
        Measure currentMeasure = null;
        ExpectedPath currentPath = null;
        LocalDate currentEnd = null;
        boolean lastYearComplete = false;
        for (int year = period.getStart().getYear(); year <= period.getEnd().getYear(); year++) {
            LocalDate start = max(LocalDate.of(year, 1, 1), period.getStart());
            LocalDate end = min(LocalDate.of(year, 12, 31), period.getEnd());
            if (start.isAfter(asOf)) {
                break;
            }
            boolean complete = !asOf.isBefore(end);
            LocalDate on = complete ? end : asOf;
            String prefix = year + ".";
            Measure measure = measure(target, new MetricCounter.Window(start, on), new MetricCounter.Window(start, on),
                    trace, prefix);
            boolean met = meets(target, measure, trace, prefix + "met");
            ExpectedPath path = ratioOfFlows
                    ? ExpectedPath.straight(new ExpectedPath.Point(start.minusDays(1), target.getValue(), PathPoint.KindEnum.BASELINE),
                            new ExpectedPath.Point(end, target.getValue(), PathPoint.KindEnum.TARGET), "", "")
                    : ExpectedPath.straight(new ExpectedPath.Point(start.minusDays(1), BigDecimal.ZERO, PathPoint.KindEnum.BASELINE),
                            new ExpectedPath.Point(end, target.getValue(), PathPoint.KindEnum.TARGET), "", "");
            YearProgress yearProgress = new YearProgress().year(year).complete(complete)
                    .targetValue(Numbers.tidy(target.getValue())).actual(measure.display());
            if (measure.isRatio()) {
                yearProgress.numerator(measure.numerator()).denominator(measure.denominator());
            }
            Status yearStatus;
            if (met) {
                yearStatus = Status.MET;
            } else if (complete) {
                yearStatus = Status.BEHIND;
            } else {
                ExpectedPath.Expected expected = path.at(asOf, scale(target));
                yearProgress.expectedByNow(Numbers.tidy(expected.value().rounded(scale(target))));
                trace.step(prefix + "expected", year + "年应达值", "Expected in " + year, expected.expression(),
                        yearProgress.getExpectedByNow(), Trace.rules("§5"));
                // A constant path (a rate of two flows) has no rise to take a tenth of: the margin is a tenth of the value.
                BigDecimal margin = AT_RISK_MARGIN_FRACTION.multiply(target.getValue());
                yearStatus = pathStatus(target, measure, expected, margin, trace, prefix + "status");
            }
            if (met || complete) {
                trace.step(prefix + "status", year + "年" + (complete ? "（已结束）" : "（进行中）") + "：" + yearStatus.zh(),
                        year + (complete ? " (complete)" : " (in progress)") + ": " + yearStatus.en(), null,
                        yearStatus.name(), Trace.rules("§6"));
            }
            yearProgress.status(YearProgress.StatusEnum.fromValue(yearStatus.name()));
            progress.addYearsItem(yearProgress);
            status = status == null ? yearStatus : status.worst(yearStatus);
            if (quotas(target)) {
                for (SubJurisdictionQuota quota : target.getQuotas()) {
                    QuotaProgress quotaProgress = quota(target, quota, start, end, year, trace);
                    progress.addQuotasItem(quotaProgress);
                    status = status.worst(Status.valueOf(quotaProgress.getStatus().value()));
                }
            }
            current = yearProgress;
            currentMeasure = measure;
            currentPath = path;
            currentEnd = end;
            lastYearComplete = complete && year == period.getEnd().getYear();
        }
        if (current == null) {
            progress.evaluationDate(asOf).actual(BigDecimal.ZERO).gap(Numbers.tidy(target.getValue()))
                    .expectedByNow(BigDecimal.ZERO);
            trace.step("status", "计数期间尚未开始", "The period has not started", period.getStart() + " > " + asOf,
                    Status.ON_TRACK.name(), Trace.rules("§6"));
            progress.neededPerRemainingYear(yearlyNeeds(target, period, null, null));
            return Status.ON_TRACK;
        }
        if (status == Status.MET && !lastYearComplete) {
            // Every year so far is met, but years of the period are still to come.
            status = Status.ON_TRACK;
            trace.step("status", "迄今各年均已完成，但计数期间尚有未结束的年度", "Every year so far is met, but the period is not over",
                    null, status.name(), Trace.rules("§6"));
        }
        progress.evaluationDate(current.getComplete() ? currentEnd : asOf);
        record(progress, currentMeasure);
        progress.path(currentPath.toModel());
        progress.expectedByNow(current.getExpectedByNow() != null ? current.getExpectedByNow()
                : Numbers.tidy(target.getValue()));
        gap(target, currentMeasure, progress, trace);
        if (!lastYearComplete) {
            List<YearNeed> needs = yearlyNeeds(target, period, current, currentMeasure);
            if (!needs.isEmpty()) {
                progress.neededPerRemainingYear(needs);
                trace.step("needed", "剩余各年需新增：本年尚差之数，以后每年为全年要求",
                        "Needed per remaining year: what the current year still lacks, then each later year's full requirement",
                        describe(needs), null, Trace.rules("§8"));
            }
        }
        return status;
    }

    private List<YearNeed> yearlyNeeds(Target target, DateRange period, YearProgress current, Measure measure) {
        List<YearNeed> needs = new ArrayList<>();
        int firstYear = period.getStart().getYear();
        if (current != null) {
            firstYear = current.getYear() + 1;
            if (!current.getComplete()) {
                needs.add(new YearNeed().year(current.getYear()).needed(needed(target, measure)));
            }
        }
        for (int year = Math.max(firstYear, period.getStart().getYear()); year <= period.getEnd().getYear(); year++) {
            BigDecimal needed;
            if (Targets.isCount(target)) {
                needed = target.getValue().setScale(0, RoundingMode.CEILING);
            } else if (MetricCounter.isStock(target.getDenominator())) {
                int denominator = measure == null ? 0 : measure.denominator();
                needed = target.getValue().multiply(BigDecimal.valueOf(denominator)).setScale(0, RoundingMode.CEILING);
            } else {
                // A rate of two flows: the terms that will end in that year are already known.
                LocalDate start = max(LocalDate.of(year, 1, 1), period.getStart());
                LocalDate end = min(LocalDate.of(year, 12, 31), period.getEnd());
                int expiring = counter.count(target.getDenominator(), target.getJurisdiction(),
                        new MetricCounter.Window(start, end)).count();
                needed = target.getValue().multiply(BigDecimal.valueOf(expiring)).setScale(0, RoundingMode.CEILING);
            }
            needs.add(new YearNeed().year(year).needed(Numbers.tidy(needed)));
        }
        return needs;
    }

    // ---------------------------------------------------------------- quotas

    private static boolean quotas(Target target) {
        return target.getQuotas() != null && !target.getQuotas().isEmpty();
    }

    /** One sub-jurisdiction's floor: max(minimumCount, ⌈ratioFraction × denominator⌉) against its count. */
    private QuotaProgress quota(Target target, SubJurisdictionQuota quota, LocalDate start, LocalDate end, Integer year,
            Trace trace) {
        boolean complete = !asOf.isBefore(end);
        LocalDate on = complete ? end : asOf;
        String where = quota.getJurisdiction();
        String name = CodeLists.get().division(where).map(CodeLists.Division::name).orElse(where);
        String prefix = (year == null ? "" : year + ".") + "quota." + where;
        CountMetric metric = Targets.mainMetric(target);
        MetricCounter.Window window = window(metric.getPeriod(), new MetricCounter.Window(start, end), on);
        MetricCounter.Result actual = counter.count(metric, where, window);
        int minimum = quota.getMinimumCount() == null ? 0 : quota.getMinimumCount();
        int required = minimum;
        Integer denominator = null;
        String requiredExpression = "max(" + minimum;
        if (quota.getRatioFraction() != null && quota.getRatioDenominator() != null) {
            denominator = counter.count(quota.getRatioDenominator(), where, new MetricCounter.Window(start, on)).count();
            BigDecimal share = quota.getRatioFraction().multiply(BigDecimal.valueOf(denominator));
            int shareCount = share.setScale(0, RoundingMode.CEILING).intValueExact();
            required = Math.max(minimum, shareCount);
            requiredExpression += ", ⌈" + Numbers.plain(quota.getRatioFraction()) + " × " + denominator + " = "
                    + Numbers.plain(share) + "⌉ = " + shareCount;
        }
        requiredExpression += ") = " + required;
        QuotaProgress progress = new QuotaProgress().jurisdiction(where).name(name).year(year).minimumCount(minimum)
                .ratioFraction(quota.getRatioFraction()).ratioDenominator(denominator).required(required)
                .actual(actual.count()).gap(Math.max(0, required - actual.count()));
        Status status;
        String how;
        if (actual.count() >= required) {
            status = Status.MET;
            how = actual.count() + " ≥ " + required;
        } else if (complete) {
            status = Status.BEHIND;
            how = actual.count() + " < " + required + (year == null ? "" : "，" + year + "年已结束 / the year is over");
        } else {
            ExpectedPath path = ExpectedPath.straight(
                    new ExpectedPath.Point(start.minusDays(1), BigDecimal.ZERO, PathPoint.KindEnum.BASELINE),
                    new ExpectedPath.Point(end, BigDecimal.valueOf(required), PathPoint.KindEnum.TARGET), "", "");
            ExpectedPath.Expected expected = path.at(asOf, Numbers.COUNT_SCALE);
            Exact value = Exact.of(actual.count());
            BigDecimal margin = AT_RISK_MARGIN_FRACTION.multiply(BigDecimal.valueOf(required));
            if (value.atLeast(expected.value())) {
                status = Status.ON_TRACK;
            } else if (value.atLeast(expected.value().minus(margin))) {
                status = Status.AT_RISK;
            } else {
                status = Status.BEHIND;
            }
            how = actual.count() + " vs " + expected.expression() + " (margin " + Numbers.plain(margin) + ")";
        }
        progress.status(QuotaProgress.StatusEnum.fromValue(status.name()));
        trace.input(prefix + ".actual", actual.count());
        if (denominator != null) {
            trace.input(prefix + ".ratioDenominator", denominator);
        }
        trace.step(prefix, name + "：应达数 = max(下限, ⌈比例 × 分母⌉)，与实际数比较",
                name + ": required = max(floor, ⌈share × denominator⌉), against the actual count",
                requiredExpression + "; " + how, status.name(), Trace.rules("§4.7"));
        return progress;
    }

    // ---------------------------------------------------------------- shared steps

    private Measure measure(Target target, MetricCounter.Window numeratorWindow, MetricCounter.Window yearWindow,
            Trace trace, String prefix) {
        String jurisdiction = target.getJurisdiction();
        if (Targets.isCount(target)) {
            CountMetric metric = target.getCount();
            MetricCounter.Window window = yearWindow == null ? numeratorWindow
                    : window(metric.getPeriod(), yearWindow, yearWindow.end());
            MetricCounter.Result result = counter.count(metric, jurisdiction, window);
            trace.input(prefix + "count", result.count());
            trace.step(prefix + "actual", "实际值：" + describeZh(metric, jurisdiction, window),
                    "Actual: " + describeEn(metric, jurisdiction, window), items(result), result.count(), Trace.rules("§3"));
            return new Measure(result.count(), null, result);
        }
        CountMetric numeratorMetric = target.getNumerator();
        CountMetric denominatorMetric = target.getDenominator();
        MetricCounter.Window nWindow = yearWindow == null ? numeratorWindow
                : window(numeratorMetric.getPeriod(), yearWindow, yearWindow.end());
        MetricCounter.Window dWindow = yearWindow == null ? window(denominatorMetric.getPeriod(), null, numeratorWindow.end())
                : window(denominatorMetric.getPeriod(), yearWindow, yearWindow.end());
        MetricCounter.Result numerator = counter.count(numeratorMetric, jurisdiction, nWindow);
        MetricCounter.Result denominator = counter.count(denominatorMetric, jurisdiction, dWindow);
        trace.input(prefix + "numerator", numerator.count());
        trace.input(prefix + "denominator", denominator.count());
        trace.step(prefix + "numerator", "分子：" + describeZh(numeratorMetric, jurisdiction, nWindow),
                "Numerator: " + describeEn(numeratorMetric, jurisdiction, nWindow), null, numerator.count(), Trace.rules("§3"));
        trace.step(prefix + "denominator", "分母：" + describeZh(denominatorMetric, jurisdiction, dWindow),
                "Denominator: " + describeEn(denominatorMetric, jurisdiction, dWindow), null, denominator.count(),
                Trace.rules("§3"));
        Measure measure = new Measure(numerator.count(), denominator.count(), numerator);
        String shown = measure.exact() == null ? "undefined"
                : Numbers.plain(measure.exact().rounded(Numbers.RATIO_SCALE));
        trace.step(prefix + "actual", "实际值 = 分子 ÷ 分母（显示四位小数，比较不用显示值）",
                "Actual = numerator ÷ denominator (shown with four decimals; comparisons never use the shown value)",
                measure.describe() + " = " + shown, measure.display(), Trace.rules("§4.4"));
        return measure;
    }

    private void record(TargetProgress progress, Measure measure) {
        progress.actual(measure.display());
        if (measure.isRatio()) {
            progress.numerator(measure.numerator()).denominator(measure.denominator());
        }
        if (!measure.main().enterprises().isEmpty() && measure.main().enterprises().size() <= MAX_LISTED_ENTERPRISES) {
            progress.counted(new ArrayList<>(measure.main().enterprises()));
        }
    }

    /** Whether the measure meets the target, compared exactly (cross-multiplied for ratios). */
    private static boolean meets(Target target, Measure measure, Trace trace, String id) {
        boolean atMost = !Targets.isAtLeast(target);
        String sign = atMost ? " ≤ " : " ≥ ";
        if (!measure.isRatio()) {
            int comparison = BigDecimal.valueOf(measure.numerator()).compareTo(target.getValue());
            boolean met = atMost ? comparison <= 0 : comparison >= 0;
            trace.step(id, "是否达到目标值", "Is the target value reached", measure.numerator() + sign
                    + Numbers.plain(target.getValue()) + " → " + met, met, Trace.rules("§4"));
            return met;
        }
        if (measure.denominator() == 0) {
            trace.step(id, "分母为 0：比值无定义，要求“分子 ≥ 比例 × 0”视为已满足",
                    "Denominator 0: the ratio is undefined; the requirement numerator ≥ share × 0 holds",
                    measure.numerator() + sign + Numbers.plain(target.getValue()) + " × 0 → true", true, Trace.rules("§4.4"));
            return true;
        }
        BigDecimal product = target.getValue().multiply(BigDecimal.valueOf(measure.denominator()));
        int comparison = BigDecimal.valueOf(measure.numerator()).compareTo(product);
        boolean met = atMost ? comparison <= 0 : comparison >= 0;
        trace.step(id, "精确比较（交叉相乘，不先舍入）", "Exact comparison (cross-multiplied, nothing rounded first)",
                measure.numerator() + sign + Numbers.plain(target.getValue()) + " × " + measure.denominator() + " = "
                        + Numbers.plain(product) + " → " + met, met, Trace.rules("§4.4"));
        return met;
    }

    /** ON_TRACK at or above the expected value, AT_RISK within the margin below it, else BEHIND. */
    private static Status pathStatus(Target target, Measure measure, ExpectedPath.Expected expected, BigDecimal margin,
            Trace trace, String id) {
        Status status;
        if (!Targets.isAtLeast(target)) {
            status = Status.AT_RISK;
            trace.step(id, "“不多于”目标在期限前超出上限", "An at-most target above its maximum before the due date", null,
                    status.name(), Trace.rules("§6"));
            return status;
        }
        Exact actual = measure.exact();
        Exact floor = expected.value().minus(margin);
        if (actual.atLeast(expected.value())) {
            status = Status.ON_TRACK;
        } else if (actual.atLeast(floor)) {
            status = Status.AT_RISK;
        } else {
            status = Status.BEHIND;
        }
        int scale = scale(target);
        String shownActual = measure.isRatio() ? Numbers.plain(actual.rounded(Numbers.RATIO_SCALE)) : measure.describe();
        trace.step(id, "与应达值比较：不低于应达值为进度正常；低于应达值但不低于（应达值 − 10% × |目标值 − 路径起点|）为存在风险；否则滞后",
                "Against the expected value: at or above it on track; below it but not below (expected − 10 % × |target − path start|) at risk; else behind",
                shownActual + " vs " + Numbers.plain(expected.value().rounded(scale)) + ", margin " + Numbers.plain(margin)
                        + " → " + status.name(), status.name(), Trace.rules("§6"));
        return status;
    }

    private static void gap(Target target, Measure measure, TargetProgress progress, Trace trace) {
        BigDecimal gap;
        String expression;
        boolean atMost = !Targets.isAtLeast(target);
        if (!measure.isRatio()) {
            BigDecimal actual = BigDecimal.valueOf(measure.numerator());
            gap = (atMost ? actual.subtract(target.getValue()) : target.getValue().subtract(actual)).max(BigDecimal.ZERO);
            expression = atMost ? "max(0, " + actual + " − " + Numbers.plain(target.getValue()) + ") = " + Numbers.plain(gap)
                    : "max(0, " + Numbers.plain(target.getValue()) + " − " + actual + ") = " + Numbers.plain(gap);
        } else if (measure.exact() == null) {
            gap = BigDecimal.ZERO;
            expression = "denominator 0 → 0";
        } else {
            Exact actual = measure.exact();
            Exact difference = atMost ? actual.minus(target.getValue())
                    : new Exact(target.getValue().multiply(actual.denominator()).subtract(actual.numerator()),
                            actual.denominator());
            // Rounded up, so that a shortfall never shows as 0.0000.
            gap = difference.numerator().signum() <= 0 ? BigDecimal.ZERO
                    : difference.numerator().divide(difference.denominator(), Numbers.RATIO_SCALE, RoundingMode.CEILING);
            expression = "max(0, " + Numbers.plain(target.getValue()) + " − " + measure.describe() + ") = "
                    + Numbers.plain(gap) + " (rounded up)";
        }
        progress.gap(Numbers.tidy(gap));
        trace.step("gap", "差距 = max(0, 目标值 − 实际值)", "Gap = max(0, target − actual)", expression, Numbers.tidy(gap),
                Trace.rules("§8"));
    }

    /** What must still be added: the count's shortfall, or the numerator's at today's denominator. */
    private static BigDecimal needed(Target target, Measure measure) {
        if (!Targets.isAtLeast(target)) {
            return BigDecimal.ZERO;
        }
        if (!measure.isRatio()) {
            return target.getValue().subtract(BigDecimal.valueOf(measure.numerator())).max(BigDecimal.ZERO)
                    .setScale(0, RoundingMode.CEILING);
        }
        BigDecimal required = target.getValue().multiply(BigDecimal.valueOf(measure.denominator()))
                .setScale(0, RoundingMode.CEILING);
        return required.subtract(BigDecimal.valueOf(measure.numerator())).max(BigDecimal.ZERO);
    }

    /** The calendar years after the as-of date's day up to the due year. */
    private List<Integer> remainingYears(LocalDate due) {
        List<Integer> years = new ArrayList<>();
        LocalDate next = asOf.plusDays(1);
        for (int year = next.getYear(); year <= due.getYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /** Spreads a whole number over years as evenly as possible, larger shares first: 5 over 2 → 3, 2. */
    static List<YearNeed> spread(BigDecimal total, List<Integer> years) {
        List<YearNeed> needs = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < years.size(); i++) {
            BigDecimal share = left.divide(BigDecimal.valueOf(years.size() - i), 0, RoundingMode.CEILING);
            needs.add(new YearNeed().year(years.get(i)).needed(Numbers.tidy(share)));
            left = left.subtract(share);
        }
        return needs;
    }

    private static String describe(List<YearNeed> needs) {
        List<String> parts = new ArrayList<>();
        for (YearNeed need : needs) {
            parts.add(need.getYear() + ": " + Numbers.plain(need.getNeeded()));
        }
        return String.join(", ", parts);
    }

    private static int scale(Target target) {
        return Targets.isCount(target) ? Numbers.COUNT_SCALE : Numbers.RATIO_SCALE;
    }

    /** The flow window: the metric's period, within the year if there is one, and not after a date. */
    private static MetricCounter.Window window(DateRange period, MetricCounter.Window year, LocalDate notAfter) {
        LocalDate start = period == null ? null : period.getStart();
        LocalDate end = notAfter;
        if (period != null && period.getEnd() != null) {
            end = min(end, period.getEnd());
        }
        if (year != null) {
            start = start == null ? year.start() : max(start, year.start());
            end = min(end, year.end());
        }
        return new MetricCounter.Window(start, end);
    }

    private static String items(MetricCounter.Result result) {
        return result.items().isEmpty() ? null : String.join("; ", result.items());
    }

    private static String describeZh(CountMetric metric, String jurisdiction, MetricCounter.Window window) {
        String what = switch (metric.getKind()) {
            case DESIGNATION_STOCK -> "于 " + window.end() + " 持有有效 " + tierAndLevels(metric) + " 认定的企业";
            case DESIGNATION_FLOW -> window + " 首次认定 " + tierAndLevels(metric) + " 的企业";
            case DESIGNATION_RENEWED -> window + " 复核通过（重新认定）" + tierAndLevels(metric) + " 的企业";
            case DESIGNATION_EXPIRING -> window + " " + tierAndLevels(metric) + " 认定有效期届满的企业";
            case EVENT_FLOW -> window + " 发生 " + metric.getEventKind() + " 事件的企业";
            case ENTERPRISE_STOCK -> "于 " + window.end() + " 已注册的企业";
            case COUNTED_ITEMS -> window + " 报送的 " + metric.getCountedItemKind()
                    + (metric.getLevels() == null || metric.getLevels().isEmpty() ? "" : " " + metric.getLevels()) + " 数量";
        };
        return jurisdiction + " 及下级区划内" + what + filtersZh(metric) + "（按统一社会信用代码去重）";
    }

    private static String describeEn(CountMetric metric, String jurisdiction, MetricCounter.Window window) {
        String what = switch (metric.getKind()) {
            case DESIGNATION_STOCK -> "enterprises holding an active " + tierAndLevels(metric) + " designation on " + window.end();
            case DESIGNATION_FLOW -> "enterprises first designated " + tierAndLevels(metric) + " in " + window;
            case DESIGNATION_RENEWED -> "enterprises re-recognised " + tierAndLevels(metric) + " in " + window;
            case DESIGNATION_EXPIRING -> "enterprises whose " + tierAndLevels(metric) + " term ended in " + window;
            case EVENT_FLOW -> "enterprises with a " + metric.getEventKind() + " event in " + window;
            case ENTERPRISE_STOCK -> "enterprises registered by " + window.end();
            case COUNTED_ITEMS -> metric.getCountedItemKind()
                    + (metric.getLevels() == null || metric.getLevels().isEmpty() ? "" : " " + metric.getLevels())
                    + " reported for " + window;
        };
        return what + " in " + jurisdiction + " or below" + filtersEn(metric) + " (each USCC once)";
    }

    private static String tierAndLevels(CountMetric metric) {
        String levels = metric.getLevels() == null || metric.getLevels().isEmpty() ? "" : " " + metric.getLevels();
        return Objects.toString(metric.getTier(), "") + levels;
    }

    private static String filtersZh(CountMetric metric) {
        StringBuilder text = new StringBuilder();
        if (Boolean.TRUE.equals(metric.getAboveDesignatedSizeOnly())) {
            text.append("，仅规上");
        }
        if (Boolean.TRUE.equals(metric.getIndustrialOnly())) {
            text.append("，仅工业（门类 B、C、D）");
        }
        if (metric.getRequiredTiers() != null && !metric.getRequiredTiers().isEmpty()) {
            text.append("，须同时持有 ").append(metric.getRequiredTiers());
        }
        return text.toString();
    }

    private static String filtersEn(CountMetric metric) {
        StringBuilder text = new StringBuilder();
        if (Boolean.TRUE.equals(metric.getAboveDesignatedSizeOnly())) {
            text.append(", above designated size only");
        }
        if (Boolean.TRUE.equals(metric.getIndustrialOnly())) {
            text.append(", industrial only (sections B, C, D)");
        }
        if (metric.getRequiredTiers() != null && !metric.getRequiredTiers().isEmpty()) {
            text.append(", also holding one of ").append(metric.getRequiredTiers());
        }
        return text.toString();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
