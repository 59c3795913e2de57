package org.opensrdi.sdk.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.opensrdi.model.Explanation;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.internal.criteria.Outcomes;

/**
 * The evaluation of one enterprise against one tier's criteria on one date: the verdict, the points
 * (as intervals), what failed, what is missing, the direct path that applied, the rule set used and
 * the trace that lets a person check it by hand. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluationResult {

    private final Tier tier;
    private final LocalDate asOf;
    private final RecognitionType recognitionType;
    private final String ruleSet;
    private final boolean transitional;
    private final Verdict verdict;
    private final PointsInterval total;
    private final List<IndicatorPoints> indicators;
    private final List<GroupPoints> groups;
    private final List<String> failedConditions;
    private final List<String> undecidedConditions;
    private final List<String> missingInputs;
    private final List<String> directPathsHeld;
    private final String directPath;
    private final NearMissCount nearMiss;
    private final List<Finding> findings;
    private final List<String> assumptions;
    private final Supplier<ObjectNode> explanation;

    EvaluationResult(Outcomes.TierOutcome outcome, LocalDate asOf, RecognitionType recognitionType) {
        this.tier = outcome.tier();
        this.asOf = asOf;
        this.recognitionType = recognitionType;
        this.ruleSet = outcome.ruleSet();
        this.transitional = outcome.transitional();
        this.verdict = Verdict.valueOf(outcome.verdict());
        this.total = outcome.total() == null ? null : new PointsInterval(outcome.total().low(), outcome.total().high());
        this.indicators = outcome.indicators().stream().map(p -> new IndicatorPoints(p.id(), p.number(), p.group(),
                p.label(), new PointsInterval(p.low(), p.high()))).toList();
        this.groups = outcome.groups().stream().map(p -> new GroupPoints(p.id(), new PointsInterval(p.low(), p.high())))
                .toList();
        this.failedConditions = outcome.failedConditions();
        this.undecidedConditions = outcome.undecidedConditions();
        this.missingInputs = outcome.missingInputs();
        this.directPathsHeld = outcome.directPathsHeld();
        this.directPath = outcome.directPath();
        Outcomes.NearMiss count = outcome.nearMiss();
        this.nearMiss = count == null ? null : new NearMissCount(count.targetRuleSet(), count.maxMissing(), count.missed(),
                count.undecided(), count.met(), count.eligibilityFailed(), count.eligibilityUnknown());
        this.findings = outcome.findings().stream().map(f -> new Finding(f.code(), f.element(), f.detail())).toList();
        this.assumptions = outcome.assumptions();
        this.explanation = outcome.explanation();
    }

    /**
     * The tier evaluated.
     *
     * @return the tier
     */
    public Tier tier() {
        return tier;
    }

    /**
     * The as-of date: Y, the year whose previous year's figures are read, is its year.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The recognition type evaluated.
     *
     * @return FIRST or RENEWAL
     */
    public RecognitionType recognitionType() {
        return recognitionType;
    }

    /**
     * The rule set used, chosen by date (README §7.5).
     *
     * @return {@code id@version}, e.g. {@code srdi-sme-2022@0.1.0}
     */
    public String ruleSet() {
        return ruleSet;
    }

    /**
     * Whether the rule set was chosen by a transitional use, e.g. the 2026 little-giant review under
     * the 2022 standard.
     *
     * @return {@code true} for a transitional use
     */
    public boolean transitional() {
        return transitional;
    }

    /**
     * The verdict.
     *
     * @return QUALIFIED, NOT_QUALIFIED or UNDETERMINED
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * The total points of the rule set's points table.
     *
     * @return the total, empty when the criteria have no points table (e.g. little giants)
     */
    public Optional<PointsInterval> total() {
        return Optional.ofNullable(total);
    }

    /**
     * The points of every indicator, in table order; sub-indicators of “higher of” indicators are in
     * the explanation only.
     *
     * @return the indicators, empty without a points table
     */
    public List<IndicatorPoints> indicators() {
        return indicators;
    }

    /**
     * The points of one indicator.
     *
     * @param id its id in the rule data, e.g. {@code RD_INTENSITY}
     * @return the points, if the table has the indicator
     */
    public Optional<IndicatorPoints> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The points of every group of indicators, in table order.
     *
     * @return the groups, empty without a points table
     */
    public List<GroupPoints> groups() {
        return groups;
    }

    /**
     * The points of one group.
     *
     * @param id its id in the rule data, e.g. {@code INNOVATION_CAPABILITY}
     * @return the points, if the table has the group
     */
    public Optional<GroupPoints> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * The conditions the data prove not met, in rule-data order, then {@code SCORE} if the points
     * table fails. A failed condition may be made good by a direct path.
     *
     * @return condition ids
     */
    public List<String> failedConditions() {
        return failedConditions;
    }

    /**
     * The conditions the data cannot decide, then {@code SCORE} if the points are not decisive.
     *
     * @return condition ids
     */
    public List<String> undecidedConditions() {
        return undecidedConditions;
    }

    /**
     * The inputs that were needed but absent, e.g. {@code operatingRevenue[2023]},
     * {@code criteriaFacts.marketReputation} or {@code designations}.
     *
     * @return input names, in the order met
     */
    public List<String> missingInputs() {
        return missingInputs;
    }

    /**
     * The direct path that stood in for a requirement not met (e.g. a provincial science award
     * instead of the score).
     *
     * @return the direct path's id, if one applied
     */
    public Optional<String> directPath() {
        return Optional.ofNullable(directPath);
    }

    /**
     * Every direct path that holds, whether needed or not. A direct path whose data are missing does
     * not hold (README §7.2).
     *
     * @return direct path ids
     */
    public List<String> directPathsHeld() {
        return directPathsHeld;
    }

    /**
     * The near-miss count of a near-miss tier such as {@code CULTIVATION_POOL}.
     *
     * @return the count, empty for other tiers
     */
    public Optional<NearMissCount> nearMiss() {
        return Optional.ofNullable(nearMiss);
    }

    /**
     * Findings that did not stop the evaluation, e.g. {@code SLOT_NOT_DEFINED}.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Every interpretation assumption the result rests on (ids of the rule data's
     * {@code assumptions}, e.g. {@code BAND_BOUNDARY_HIGHER}).
     *
     * @return assumption ids, in the order met
     */
    public List<String> assumptions() {
        return assumptions;
    }

    /**
     * The trace, per {@code explanation.schema.json}: inputs read (absent ones with
     * {@code missing: true}), parameters with value, unit, dates, citation and assumptions, a step
     * per condition, indicator (band label and points), group, total, direct path and the verdict.
     *
     * <p>The trace is written on the first call, by evaluating the same inputs again with tracing on
     * (an evaluation that only decides is several times faster, and most callers read verdicts
     * only); the evaluation is deterministic, so it is the trace of this result. The designations
     * given in the options are therefore read again then: do not change them in between.
     *
     * @return a new copy on every call
     */
    public Explanation explanation() {
        return Explanations.of(explanation.get());
    }

    /**
     * The trace as JSON, as {@link #explanation()} would be written.
     *
     * @return a new copy on every call
     */
    public JsonNode explanationJson() {
        return explanation.get().deepCopy();
    }

    /**
     * A one-line summary for logs.
     *
     * @return e.g. {@code SRDI_SME 2024-06-30 srdi-sme-2022@0.1.0: UNDETERMINED [56, 71]}
     */
    @Override
    public String toString() {
        return tier + " " + asOf + " " + ruleSet + ": " + verdict + (total == null ? "" : " " + total);
    }
}
