package org.opensrdi.sdk.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.internal.criteria.CriteriaEngine;
import org.opensrdi.sdk.internal.criteria.Outcomes;

/**
 * Evaluates enterprises against the national criteria encoded as dated rule data
 * ({@code spec/rules/}, interpreted as {@code spec/docs/rules/README.md} says): the tier verdicts of
 * the innovative, technology-based, SRDI, little-giant and high-tech programmes with their points,
 * near-miss pool admission, the SME size class, and the ladder of designations. Every result carries
 * its explanation. Figures are exact decimals throughout; thresholds are compared unrounded.
 *
 * <p>Build one once — loading checks the rule data against its schema and record rules — and share
 * it: an evaluator is immutable and thread-safe.
 *
 * <pre>{@code
 * CriteriaEvaluator criteria = CriteriaEvaluator.bundled();
 * EvaluationResult result = criteria.evaluate(enterprise, Tier.SRDI_SME, LocalDate.of(2024, 6, 30));
 * if (result.verdict() == Verdict.UNDETERMINED) { ... result.missingInputs() ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CriteriaEvaluator {

    /** The bundled evaluator, loaded on first use; a failed load is retried, and throws again. */
    private static volatile CriteriaEvaluator bundled;

    private final CriteriaEngine engine;

    private CriteriaEvaluator(CriteriaEngine engine) {
        this.engine = engine;
    }

    /**
     * The evaluator of the rule sets shipped with the specification. Loaded once, on first use.
     *
     * @return the shared evaluator
     * @throws OpenSrdiException if the bundled rule data cannot be read
     */
    public static CriteriaEvaluator bundled() {
        CriteriaEvaluator evaluator = bundled;
        if (evaluator == null) {
            synchronized (CriteriaEvaluator.class) {
                evaluator = bundled;
                if (evaluator == null) {
                    evaluator = new CriteriaEvaluator(CriteriaEngine.bundled(OpenSrdi.jsonMapper(), OpenSrdi.specVersion()));
                    bundled = evaluator;
                }
            }
        }
        return evaluator;
    }

    /**
     * An evaluator of the rule sets of a directory, e.g. a copy of {@code spec/rules} with a
     * province's indicator slot added.
     *
     * @param directory the directory; every {@code .json} file below it is a rule set
     * @return the evaluator
     * @throws OpenSrdiException if a file cannot be read, or breaks the rule-set schema or a record
     *     rule (the message names the file)
     */
    public static CriteriaEvaluator fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new CriteriaEvaluator(CriteriaEngine.fromDirectory(directory, OpenSrdi.jsonMapper(), OpenSrdi.specVersion()));
    }

    /**
     * Evaluates one tier with the default options: first recognition, no designations supplied.
     *
     * @param enterprise the enterprise record
     * @param tier the tier, e.g. {@code SRDI_SME}
     * @param asOf the as-of date; it chooses the rule set and the data year
     * @return the result
     * @throws OpenSrdiException if no rule set of the tier applies on the date, or the tier needs
     *     options (a near-miss tier needs N)
     */
    public EvaluationResult evaluate(Enterprise enterprise, Tier tier, LocalDate asOf) {
        return evaluate(enterprise, tier, asOf, EvaluationOptions.defaults());
    }

    /**
     * Evaluates one tier.
     *
     * @param enterprise the enterprise record
     * @param tier the tier, e.g. {@code SRDI_SME}, or {@code CULTIVATION_POOL} with
     *     {@link EvaluationOptions.Builder#maxMissingElements(int)}
     * @param asOf the as-of date; it chooses the rule set (README §7.5) and Y, whose previous year's
     *     figures are read
     * @param options designations, recognition type, near-miss settings
     * @return the result
     * @throws OpenSrdiException if no rule set of the tier applies on the date, or a near-miss tier
     *     is asked for without N
     */
    public EvaluationResult evaluate(Enterprise enterprise, Tier tier, LocalDate asOf, EvaluationOptions options) {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(tier, "tier");
        return evaluate(tree(enterprise), tier, Objects.requireNonNull(asOf, "asOf"),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * Evaluates several tiers of one enterprise with the same options, e.g. every tier of
     * {@link #tiers(LocalDate)}: the same results as one {@link #evaluate(Enterprise, Tier, LocalDate,
     * EvaluationOptions)} per tier, with the enterprise record read once.
     *
     * @param enterprise the enterprise record
     * @param tiers the tiers, in the order wanted
     * @param asOf the as-of date
     * @param options designations, recognition type, near-miss settings
     * @return one result per tier, in the order given
     * @throws OpenSrdiException as the single-tier call, for the first tier that fails
     * @since 0.1.0
     */
    public List<EvaluationResult> evaluate(Enterprise enterprise, List<Tier> tiers, LocalDate asOf,
            EvaluationOptions options) {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        JsonNode record = tree(enterprise);
        List<EvaluationResult> results = new ArrayList<>(tiers.size());
        for (Tier tier : tiers) {
            results.add(evaluate(record, Objects.requireNonNull(tier, "tier"), asOf, options));
        }
        return List.copyOf(results);
    }

    private EvaluationResult evaluate(JsonNode record, Tier tier, LocalDate asOf, EvaluationOptions options) {
        Outcomes.TierOutcome outcome = engine.evaluate(record, tier, asOf, options.designations().orElse(null),
                options.recognitionType(),
                options.maxMissingElements().isPresent() ? options.maxMissingElements().getAsInt() : null,
                options.nearMissTarget().orElse(null));
        return new EvaluationResult(outcome, asOf, options.recognitionType());
    }

    /**
     * Classifies an enterprise's size by 《中小企业划型标准规定》 from its industry and the figures of
     * the year before the as-of date.
     *
     * @param enterprise the enterprise record
     * @param asOf the as-of date
     * @return the size class
     * @throws OpenSrdiException if no size rule set applies on the date
     */
    public SizeClassResult classifySize(Enterprise enterprise, LocalDate asOf) {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(asOf, "asOf");
        return new SizeClassResult(engine.classifySize(tree(enterprise), asOf), asOf);
    }

    /**
     * An enterprise's place on the ladder: the designations it holds on the date (active or under
     * review) with their terms, and the tier it can apply for next under the regime in force.
     *
     * @param designations the enterprise's designations
     * @param asOf the date
     * @return the ladder
     */
    public Ladder ladder(List<Designation> designations, LocalDate asOf) {
        Outcomes.LadderOutcome outcome = engine.ladder(List.copyOf(designations), Objects.requireNonNull(asOf, "asOf"));
        return new Ladder(outcome.asOf(), outcome.regime(), outcome.rungs(), outcome.held().stream()
                .map(h -> new HeldDesignation(h.designationId(), h.tier(), h.level(), h.underReview(), h.termStart(),
                        h.termEnd(), h.termEndComputed(), h.termEndAfterReview()))
                .toList(), outcome.nextTier(), outcome.termsRuleSet());
    }

    /**
     * The tiers that have a rule set in force on a date, in the order of {@code tier.csv}.
     *
     * @param asOf the date
     * @return e.g. TECH_SME, INNOVATIVE_SME, SRDI_SME, LITTLE_GIANT, HIGH_TECH_ENTERPRISE and
     *     CULTIVATION_POOL for 2024
     */
    public List<Tier> tiers(LocalDate asOf) {
        return engine.tiers(Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * The rule set that applies to a tier on a date for a recognition type (README §7.5).
     *
     * @param tier the tier
     * @param asOf the date
     * @param recognitionType FIRST or RENEWAL
     * @return {@code id@version}, or empty if none applies
     */
    public Optional<String> ruleSet(Tier tier, LocalDate asOf, RecognitionType recognitionType) {
        return engine.ruleSetFor(Objects.requireNonNull(tier, "tier"), Objects.requireNonNull(asOf, "asOf"),
                Objects.requireNonNull(recognitionType, "recognitionType"));
    }

    private static JsonNode tree(Enterprise enterprise) {
        return OpenSrdi.jsonMapper().valueToTree(enterprise);
    }
}
