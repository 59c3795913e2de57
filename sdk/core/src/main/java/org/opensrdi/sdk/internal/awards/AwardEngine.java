package org.opensrdi.sdk.internal.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opensrdi.model.AwardAmount;
import org.opensrdi.model.DateRange;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.sdk.internal.validation.CodeLists;

/**
 * Evaluates compiled policy packs against a dataset at an as-of date: for every enterprise, every
 * pack whose jurisdiction contains it (GB/T 2260 nesting), every award line, every triggering
 * record; then the window, the required tiers, the one-time constraint and the amount. The
 * algorithm is specified in spec/docs/policies/README.md; this class implements it step by step.
 * Immutable and thread-safe. Internal, not API.
 */
public final class AwardEngine {

    /** Money is reported in fen. */
    private static final int SCALE = 2;

    private final List<CompiledPack> packs;
    private final LocalDate asOf;
    private final String specVersion;
    private final CodeLists codeLists = CodeLists.get();

    /**
     * An engine.
     *
     * @param packs the compiled packs, in the order lines are reported
     * @param asOf the as-of date: records dated after it are not counted
     * @param specVersion the specification version written into explanations
     */
    public AwardEngine(List<CompiledPack> packs, LocalDate asOf, String specVersion) {
        this.packs = List.copyOf(packs);
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.specVersion = Objects.requireNonNull(specVersion, "specVersion");
    }

    /**
     * Computes the award lines and warnings of a dataset.
     *
     * @param data the dataset
     * @return the lines and warnings
     */
    public Evaluation evaluate(Dataset data) {
        Run run = new Run(data);
        for (Dataset.Entry<Enterprise> enterprise : data.enterprises()) {
            for (CompiledPack pack : packs) {
                String division = enterprise.record().getDivisionCode();
                if (division != null && codeLists.isWithin(division, pack.jurisdiction())) {
                    for (CompiledRule rule : pack.rules()) {
                        run.rule(enterprise, pack, rule);
                    }
                }
            }
        }
        for (Dataset.Entry<?> orphan : data.orphans()) {
            String uscc = orphan.record() instanceof Designation designation ? designation.getEnterpriseUscc()
                    : ((Event) orphan.record()).getEnterpriseUscc();
            run.warnings.add(new WarningResult("UNKNOWN_ENTERPRISE", uscc, null, null, orphan.label(), null,
                    orphan.label() + " 所指企业 " + uscc + " 不在数据中，未计算奖励。",
                    orphan.label() + " refers to enterprise " + uscc + ", which is not in the data; no award is computed."));
        }
        return new Evaluation(List.copyOf(run.lines), List.copyOf(run.warnings));
    }

    /** A record that meets a trigger's kind, tier, levels and types; its date is checked later. */
    private record Candidate(Dataset.Entry<?> entry, Trigger trigger, LocalDate date) {
    }

    /** One calculation: the lines and warnings found so far. */
    private final class Run {

        private final Dataset data;
        private final List<LineResult> lines = new ArrayList<>();
        private final List<WarningResult> warnings = new ArrayList<>();

        Run(Dataset data) {
            this.data = data;
        }

        void rule(Dataset.Entry<Enterprise> enterprise, CompiledPack pack, CompiledRule rule) {
            String uscc = enterprise.record().getUscc();
            // A record that meets two triggers of the same line counts once, under the first. Most
            // lines meet no record of an enterprise: the map is made for the first one met.
            Map<Object, Candidate> found = null;
            for (Trigger trigger : rule.triggers()) {
                if (trigger.designation()) {
                    for (Dataset.Entry<Designation> entry : data.designations(uscc)) {
                        if (matches(trigger, entry.record())) {
                            found = found != null ? found : new IdentityHashMap<>();
                            found.putIfAbsent(entry.record(), new Candidate(entry, trigger, entry.record().getDesignationDate()));
                        }
                    }
                } else {
                    for (Dataset.Entry<Event> entry : data.events(uscc)) {
                        if (matches(trigger, entry.record())) {
                            found = found != null ? found : new IdentityHashMap<>();
                            found.putIfAbsent(entry.record(), new Candidate(entry, trigger, entry.record().getDate()));
                        }
                    }
                }
            }
            if (found == null) {
                return;
            }
            List<Candidate> candidates = new ArrayList<>(found.values());
            // The earliest record is the one paid under a one-time constraint.
            candidates.sort(Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(candidate -> candidate.entry().record() instanceof Event)
                    .thenComparingInt(candidate -> candidate.entry().sequence()));
            LineResult paid = null;
            for (Candidate candidate : candidates) {
                String label = candidate.entry().label();
                LocalDate date = candidate.date();
                Window window = candidate.trigger().window();
                if (date == null) {
                    warn("MISSING_INPUT", uscc, pack, rule, label, null, label + " 没有日期，无法判断是否触发。",
                            label + " has no date, so whether it triggers cannot be decided.");
                } else if (date.isAfter(asOf)) {
                    warn("AFTER_AS_OF_DATE", uscc, pack, rule, label, date,
                            label + " 的日期 " + date + " 晚于基准日 " + asOf + "，未计入。",
                            label + " is dated " + date + ", after the as-of date " + asOf + "; not counted.");
                } else if (!window.contains(date)) {
                    warn("OUTSIDE_WINDOW", uscc, pack, rule, label, date,
                            label + " 的日期 " + date + " 不在窗口 " + window + " 内，不奖励。",
                            label + " is dated " + date + ", outside the window " + window + "; not paid.");
                } else if (!candidate.trigger().requiredTiers().isEmpty() && Holdings.holding(data.designations(uscc),
                        candidate.trigger().requiredTiers(), date, asOf) == null) {
                    String tiers = candidate.trigger().requiredTiers().stream().map(Object::toString).sorted().toList().toString();
                    warn("REQUIRED_TIER_NOT_HELD", uscc, pack, rule, label, date,
                            "企业在 " + date + " 未持有 " + tiers + " 中任一有效认定，" + label + " 不奖励。",
                            "On " + date + " the enterprise held none of " + tiers + "; " + label + " is not paid.");
                } else if (paid != null) {
                    warn("ALREADY_PAID", uscc, pack, rule, label, date,
                            "一次性奖励已按 " + paid.record() + "（" + paid.date() + "）计付，" + label + " 不再奖励。",
                            "The one-time award was already paid for " + paid.record() + " (" + paid.date() + "); "
                                    + label + " is not paid again.");
                } else {
                    LineResult line = compute(enterprise, pack, rule, candidate);
                    if (line != null) {
                        lines.add(line);
                        if (rule.oncePerEnterprise()) {
                            paid = line;
                        }
                    }
                }
            }
        }

        private boolean matches(Trigger trigger, Designation designation) {
            return designation.getTier() == trigger.tier() && anyOrIn(trigger.levels(), designation.getLevel())
                    && anyOrIn(trigger.recognitionTypes(), designation.getRecognitionType());
        }

        private boolean matches(Trigger trigger, Event event) {
            return event.getKind() != null && trigger.eventKinds().contains(event.getKind())
                    && anyOrIn(trigger.platformTypes(), event.getPlatformType())
                    && anyOrIn(trigger.eventLevels(), event.getLevel())
                    && anyOrIn(trigger.awardPurposes(), event.getAwardPurpose());
        }

        private LineResult compute(Dataset.Entry<Enterprise> enterprise, CompiledPack pack, CompiledRule rule,
                Candidate candidate) {
            String uscc = enterprise.record().getUscc();
            Trigger trigger = candidate.trigger();
            Trace trace = new Trace(specVersion, pack, rule, trigger.window(), asOf, uscc);
            trace.input(enterprise.label() + ".divisionCode", enterprise.record().getDivisionCode(), enterprise.at("divisionCode"));
            describeTrigger(trace, candidate);
            parameters(trace, rule, trigger);
            trace.step("jurisdiction", "企业注册地在政策包区划内（GB/T 2260）", "The enterprise is registered inside the pack's jurisdiction (GB/T 2260)",
                    enterprise.record().getDivisionCode() + " ⊆ " + pack.jurisdiction(), true);
            trace.step("window", "触发记录的日期在窗口内（含两端）", "The triggering record's date is inside the window (both ends included)",
                    candidate.date() + " ∈ " + trigger.window(), true);
            if (!trigger.requiredTiers().isEmpty()) {
                Designation held = Holdings.holding(data.designations(uscc), trigger.requiredTiers(), candidate.date(), asOf);
                trace.step("requiredTiers", "企业在触发日持有所要求层级之一", "The enterprise holds one of the required tiers on the trigger date",
                        held.getTier() + " (" + held.getLevel() + ", " + held.getDesignationDate() + ") held on " + candidate.date(), true);
            }
            trace.step("oncePer", "次数约束", "One-time constraint", rule.oncePerText()
                    + (rule.oncePerEnterprise() ? ": first payment under this rule" : ": one payment per triggering record"), true);
            AmountRule amount = rule.amount();
            return switch (amount.kind()) {
                case FIXED -> {
                    BigDecimal value = round(amount.amount(), amount.rounding());
                    trace.step("amount", "固定金额", "Fixed amount", "amount = " + value, value);
                    yield line(enterprise, pack, rule, candidate, trace, LineResult.Kind.EXACT, value, value);
                }
                case UP_TO -> {
                    BigDecimal cap = round(amount.amount(), amount.rounding());
                    BigDecimal zero = BigDecimal.ZERO.setScale(SCALE);
                    trace.step("amount", "“最高”金额：0 至上限（酌定）", "\"Up to\": from 0 to the cap (discretionary)",
                            "[" + zero + ", " + cap + "]", range(zero, cap));
                    yield line(enterprise, pack, rule, candidate, trace, LineResult.Kind.RANGE, zero, cap);
                }
                case NOT_LESS_THAN -> {
                    BigDecimal floor = round(amount.amount(), amount.rounding());
                    trace.step("amount", "“不低于”金额：下限起，无上限", "\"Not less than\": from the floor, no upper end",
                            "[" + floor + ", open)", range(floor, null));
                    yield line(enterprise, pack, rule, candidate, trace, LineResult.Kind.RANGE, floor, null);
                }
                case UNQUANTIFIED -> {
                    trace.step("amount", "原文未写金额", "The text states no amount", "unquantified", "UNQUANTIFIED");
                    yield line(enterprise, pack, rule, candidate, trace, LineResult.Kind.UNQUANTIFIED, null, null);
                }
                case MATCHING -> matching(enterprise, pack, rule, candidate, trace);
                case RATE -> rate(enterprise, pack, rule, candidate, trace);
            };
        }

        private void describeTrigger(Trace trace, Candidate candidate) {
            Dataset.Entry<?> entry = candidate.entry();
            String label = entry.label();
            if (entry.record() instanceof Designation designation) {
                trace.input(label + ".tier", designation.getTier(), entry.at("tier"))
                        .input(label + ".level", designation.getLevel(), entry.at("level"))
                        .input(label + ".recognitionType", designation.getRecognitionType(), entry.at("recognitionType"))
                        .input(label + ".designationDate", designation.getDesignationDate(), entry.at("designationDate"));
                return;
            }
            Event event = (Event) entry.record();
            trace.input(label + ".kind", event.getKind(), entry.at("kind")).input(label + ".date", event.getDate(), entry.at("date"));
            Trigger trigger = candidate.trigger();
            if (!trigger.platformTypes().isEmpty()) {
                trace.input(label + ".platformType", event.getPlatformType(), entry.at("platformType"));
            }
            if (!trigger.eventLevels().isEmpty()) {
                trace.input(label + ".level", event.getLevel(), entry.at("level"));
            }
            if (!trigger.awardPurposes().isEmpty()) {
                trace.input(label + ".awardPurpose", event.getAwardPurpose(), entry.at("awardPurpose"));
            }
        }

        private void parameters(Trace trace, CompiledRule rule, Trigger trigger) {
            String id = rule.id();
            trace.parameter(id, rule.amount().kind().toString(), "amount kind", rule.assumptions());
            if (rule.payer() != null) {
                trace.parameter(id + ".payer", rule.payer(), "GB/T 2260");
            }
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("start", trigger.window().start());
            window.put("end", trigger.window().end());
            window.put("from", trigger.window().origin());
            trace.parameter(id + ".trigger.window", window, "date range");
            if (!trigger.requiredTiers().isEmpty()) {
                trace.parameter(id + ".trigger.requiredTiers", trigger.requiredTiers().stream().map(Object::toString).sorted().toList(), "tiers");
            }
            AmountRule amount = rule.amount();
            switch (amount.kind()) {
                case FIXED, UP_TO, NOT_LESS_THAN -> trace.parameter(id + ".amount.amount", amount.amount(), "CNY");
                case MATCHING -> trace.parameter(id + ".amount.matchingRatio", amount.matchingRatio(), "fraction")
                        .parameter(id + ".amount.matchedJurisdiction", amount.matchedJurisdiction(), "GB/T 2260");
                case RATE -> {
                    trace.parameter(id + ".amount.rateFraction", amount.rateFraction(), "fraction")
                            .parameter(id + ".amount.baseField", amount.baseField(), "event amount");
                    if (amount.threshold() != null) {
                        trace.parameter(id + ".amount.threshold", amount.threshold(), "CNY")
                                .parameter(id + ".amount.thresholdField", amount.thresholdField(), "event amount");
                    }
                    if (amount.cap() != null) {
                        trace.parameter(id + ".amount.cap", amount.cap(), "CNY");
                    }
                    if (amount.basePeriodMaxYears() != null) {
                        trace.parameter(id + ".amount.basePeriodMaxYears", amount.basePeriodMaxYears(), "years");
                    }
                    if (amount.alternative() != null) {
                        trace.parameter(id + ".amount.alternativeRate.rateFraction", amount.alternative().rateFraction(), "fraction")
                                .parameter(id + ".amount.alternativeRate.upTo", amount.alternative().upTo(), "boolean")
                                .parameter(id + ".amount.alternativeRate.capApplies", amount.alternative().capApplies(), "boolean");
                    }
                }
                default -> {
                    // UNQUANTIFIED: no amount parameters.
                }
            }
            if (amount.kind() != AwardAmount.KindEnum.UNQUANTIFIED) {
                trace.parameter(id + ".amount.rounding", amount.rounding().toString(), "rounding");
            }
        }

        private LineResult matching(Dataset.Entry<Enterprise> enterprise, CompiledPack pack, CompiledRule rule,
                Candidate candidate, Trace trace) {
            Dataset.Entry<Event> entry = eventEntry(candidate);
            Event event = entry.record();
            AmountRule amount = rule.amount();
            String uscc = enterprise.record().getUscc();
            String label = entry.label();
            trace.input(label + ".awardingJurisdiction", event.getAwardingJurisdiction(), entry.at("awardingJurisdiction"));
            if (!amount.matchedJurisdiction().equals(event.getAwardingJurisdiction())) {
                warn("OTHER_MATCHED_JURISDICTION", uscc, pack, rule, label, candidate.date(),
                        label + " 的奖励来自 " + event.getAwardingJurisdiction() + "，本规则只配套 " + amount.matchedJurisdiction() + " 的资金。",
                        label + " is an award of " + event.getAwardingJurisdiction() + "; this rule matches only funding of "
                                + amount.matchedJurisdiction() + ".");
                return null;
            }
            BigDecimal base = event.getAwardAmount();
            if (base == null) {
                trace.missing(label + ".awardAmount", entry.at("awardAmount"));
                warnMissing(uscc, pack, rule, label, candidate.date(), "awardAmount");
                return null;
            }
            trace.input(label + ".awardAmount", base, entry.at("awardAmount"));
            BigDecimal value = multiply(trace, "amount", "配套金额 = 比例 × 被配套区划的资金",
                    "Matching amount = ratio × the matched jurisdiction's funding", amount.matchingRatio(), base, amount.rounding());
            return line(enterprise, pack, rule, candidate, trace, LineResult.Kind.EXACT, value, value);
        }

        private LineResult rate(Dataset.Entry<Enterprise> enterprise, CompiledPack pack, CompiledRule rule,
                Candidate candidate, Trace trace) {
            Dataset.Entry<Event> entry = eventEntry(candidate);
            Event event = entry.record();
            AmountRule amount = rule.amount();
            String uscc = enterprise.record().getUscc();
            String label = entry.label();
            BigDecimal base = field(event, amount.baseField());
            BigDecimal tested = field(event, amount.thresholdField());
            for (String name : amount.thresholdField().equals(amount.baseField()) ? List.of(amount.baseField())
                    : List.of(amount.thresholdField(), amount.baseField())) {
                BigDecimal value = field(event, name);
                if (value == null) {
                    trace.missing(label + "." + property(name), entry.at(property(name)));
                    warnMissing(uscc, pack, rule, label, candidate.date(), property(name));
                    return null;
                }
                trace.input(label + "." + property(name), value, entry.at(property(name)));
            }
            if (amount.threshold() != null) {
                boolean met = tested.compareTo(amount.threshold()) >= 0;
                trace.step("threshold", "门槛（含本数）", "Threshold (inclusive)",
                        Trace.plain(tested) + (met ? " ≥ " : " < ") + Trace.plain(amount.threshold()), met);
                if (!met) {
                    warn("BELOW_THRESHOLD", uscc, pack, rule, label, candidate.date(),
                            label + " 的 " + property(amount.thresholdField()) + " " + Trace.plain(tested) + " 低于门槛 "
                                    + Trace.plain(amount.threshold()) + "，不奖励。",
                            label + ": " + property(amount.thresholdField()) + " " + Trace.plain(tested) + " is below the threshold "
                                    + Trace.plain(amount.threshold()) + "; not paid.");
                    return null;
                }
            }
            if (amount.basePeriodMaxYears() != null && !basePeriod(trace, entry, amount, uscc, pack, rule, candidate)) {
                return null;
            }
            boolean alternative = false;
            if (amount.alternative() != null) {
                Boolean serves = event.getServesIndustry();
                if (serves == null) {
                    trace.missing(label + ".servesIndustry", entry.at("servesIndustry"));
                    warnMissing(uscc, pack, rule, label, candidate.date(), "servesIndustry");
                } else {
                    trace.input(label + ".servesIndustry", serves, entry.at("servesIndustry"));
                    alternative = serves;
                }
                trace.step("condition", "替代比例的条件（服务同行业、功能外溢）", "Condition of the alternative rate (serves the industry)",
                        "servesIndustry = " + (serves == null ? "not declared" : serves), alternative);
            }
            Capped main = capped(trace, "amount", amount.rateFraction(), base, amount.cap(), amount.rounding());
            if (!alternative) {
                capWarning(main, amount, uscc, pack, rule, label, candidate.date());
                return line(enterprise, pack, rule, candidate, trace, LineResult.Kind.EXACT, main.rounded(), main.rounded());
            }
            AmountRule.Alternative other = amount.alternative();
            Capped raised = capped(trace, "alternativeAmount", other.rateFraction(), base,
                    other.capApplies() ? amount.cap() : null, amount.rounding());
            if (!other.upTo()) {
                capWarning(raised, amount, uscc, pack, rule, label, candidate.date());
                return line(enterprise, pack, rule, candidate, trace, LineResult.Kind.EXACT, raised.rounded(), raised.rounded());
            }
            BigDecimal low = main.rounded().min(raised.rounded());
            BigDecimal high = main.rounded().max(raised.rounded());
            capWarning(new Capped(high, main.capReached() || raised.capReached()), amount, uscc, pack, rule, label, candidate.date());
            if (low.compareTo(high) == 0) {
                trace.step("range", "两端相同，区间收为一个金额", "Both ends are equal: one amount", "[" + low + ", " + high + "] = " + low, low);
                return line(enterprise, pack, rule, candidate, trace, LineResult.Kind.EXACT, low, low);
            }
            trace.step("range", "“最高可提至”：从主比例金额到替代比例金额", "\"May rise to at most\": from the main-rate amount to the alternative-rate amount",
                    "[" + low + ", " + high + "]", range(low, high));
            return line(enterprise, pack, rule, candidate, trace, LineResult.Kind.RANGE, low, high);
        }

        /** Hubei 3年内: the event's period must end before its start plus N years. */
        private boolean basePeriod(Trace trace, Dataset.Entry<Event> entry, AmountRule amount, String uscc,
                CompiledPack pack, CompiledRule rule, Candidate candidate) {
            String label = entry.label();
            DateRange period = entry.record().getConstructionPeriod();
            int years = amount.basePeriodMaxYears();
            if (period == null || period.getStart() == null || period.getEnd() == null) {
                trace.missing(label + ".constructionPeriod", entry.at("constructionPeriod"));
                trace.step("basePeriod", "基数期间不超过" + years + "年：未报送期间，无法核对", "Base period at most " + years
                        + " years: no period reported, not checked", "constructionPeriod not given", "NOT_CHECKED");
                warnMissing(uscc, pack, rule, label, candidate.date(), "constructionPeriod");
                return true;
            }
            trace.input(label + ".constructionPeriod", period, entry.at("constructionPeriod"));
            LocalDate limit = period.getStart().plusYears(years);
            boolean within = period.getEnd().isBefore(limit);
            trace.step("basePeriod", "基数期间不超过" + years + "年（起止日均含）", "Base period at most " + years + " years (both days included)",
                    period.getEnd() + (within ? " < " : " ≥ ") + period.getStart() + " + " + years + " years = " + limit, within);
            if (!within) {
                warn("BASE_PERIOD_TOO_LONG", uscc, pack, rule, label, candidate.date(),
                        label + " 的建设期 " + period.getStart() + " 至 " + period.getEnd() + " 超过" + years + "年，不奖励。",
                        label + ": the construction period " + period.getStart() + " to " + period.getEnd() + " is longer than "
                                + years + " years; not paid.");
            }
            return within;
        }

        /** A rate times a base, capped on the exact value, then rounded once (specification.md §3.4). */
        private Capped capped(Trace trace, String step, BigDecimal rate, BigDecimal base, BigDecimal cap, RoundingMode rounding) {
            BigDecimal exact = base.multiply(rate);
            if (cap == null || exact.compareTo(cap) < 0) {
                BigDecimal value = multiply(trace, step, "金额 = 基数 × 比例", "Amount = base × rate", base, rate, rounding);
                return new Capped(value, false);
            }
            BigDecimal value = round(cap, rounding);
            trace.step(step, "金额 = min(基数 × 比例, 封顶额)", "Amount = min(base × rate, cap)",
                    Trace.plain(base) + " × " + Trace.plain(rate) + " = " + Trace.exact(exact) + " ≥ " + Trace.plain(cap)
                            + " → " + value, value);
            return new Capped(value, true);
        }

        /** {@code a × b}, rounded once to fen; the rounding is its own step when it changes the value. */
        private BigDecimal multiply(Trace trace, String step, String zh, String en, BigDecimal a, BigDecimal b,
                RoundingMode rounding) {
            BigDecimal exact = a.multiply(b);
            BigDecimal value = round(exact, rounding);
            if (exact.compareTo(value) == 0) {
                trace.step(step, zh, en, Trace.plain(a) + " × " + Trace.plain(b) + " = " + value, value);
            } else {
                trace.step(step, zh, en, Trace.plain(a) + " × " + Trace.plain(b) + " = " + Trace.exact(exact), exact);
                trace.step(step + "Rounded", "舍入到分", "Rounded to fen", Trace.exact(exact) + " → " + value + " (" + rounding + ")", value);
            }
            return value;
        }

        private void capWarning(Capped capped, AmountRule amount, String uscc, CompiledPack pack, CompiledRule rule,
                String label, LocalDate date) {
            if (capped.capReached()) {
                warn("CAP_REACHED", uscc, pack, rule, label, date,
                        label + " 的金额达到封顶额 " + Trace.plain(amount.cap()) + "。",
                        label + ": the amount reaches the cap " + Trace.plain(amount.cap()) + ".");
            }
        }

        private LineResult line(Dataset.Entry<Enterprise> enterprise, CompiledPack pack, CompiledRule rule,
                Candidate candidate, Trace trace, LineResult.Kind kind, BigDecimal minimum, BigDecimal maximum) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("payer", rule.payer());
            switch (kind) {
                case EXACT -> outcome.put("amount", minimum);
                case RANGE -> {
                    outcome.put("minimum", minimum);
                    outcome.put("maximum", maximum);
                }
                default -> outcome.put("amount", "UNQUANTIFIED");
            }
            return new LineResult(enterprise.record().getUscc(), pack.packId(), pack.packVersion(), rule.id(), rule.title(),
                    rule.payer(), kind, minimum, maximum, rule.citation(), trace.finish(outcome), candidate.entry().label(),
                    candidate.date());
        }

        private void warnMissing(String uscc, CompiledPack pack, CompiledRule rule, String label, LocalDate date, String property) {
            warn("MISSING_INPUT", uscc, pack, rule, label, date, label + " 缺少 " + property + "（缺失不等于零）。",
                    label + " has no " + property + " (absent is not zero).");
        }

        private void warn(String code, String uscc, CompiledPack pack, CompiledRule rule, String label, LocalDate date,
                String zh, String en) {
            warnings.add(new WarningResult(code, uscc, pack.packId(), rule.id(), label, date,
                    rule.id() + "：" + zh, rule.id() + ": " + en));
        }
    }

    /** A computed amount and whether the cap made it. */
    private record Capped(BigDecimal rounded, boolean capReached) {
    }

    /** An empty set means "any"; otherwise the record must have a value in it (an absent value matches nothing). */
    private static <T> boolean anyOrIn(Set<T> allowed, T value) {
        return allowed.isEmpty() || value != null && allowed.contains(value);
    }

    /** MATCHING and RATE lines are triggered by events only (PackCompiler checks it). */
    @SuppressWarnings("unchecked")
    private static Dataset.Entry<Event> eventEntry(Candidate candidate) {
        return (Dataset.Entry<Event>) candidate.entry();
    }

    private static Map<String, Object> range(BigDecimal minimum, BigDecimal maximum) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("minimum", minimum);
        range.put("maximum", maximum);
        return range;
    }

    private static BigDecimal round(BigDecimal value, RoundingMode rounding) {
        return value.setScale(SCALE, rounding);
    }

    private static BigDecimal field(Event event, String baseField) {
        return switch (baseField) {
            case "CONSTRUCTION_COST" -> event.getConstructionCost();
            case "EQUIPMENT_PURCHASE" -> event.getEquipmentPurchase();
            case "TOTAL_INVESTMENT" -> event.getTotalInvestment();
            default -> throw new IllegalStateException("unknown base field " + baseField);
        };
    }

    private static String property(String baseField) {
        return switch (baseField) {
            case "CONSTRUCTION_COST" -> "constructionCost";
            case "EQUIPMENT_PURCHASE" -> "equipmentPurchase";
            case "TOTAL_INVESTMENT" -> "totalInvestment";
            default -> throw new IllegalStateException("unknown base field " + baseField);
        };
    }
}
