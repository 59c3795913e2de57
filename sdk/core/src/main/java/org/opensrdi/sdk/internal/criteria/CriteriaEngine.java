package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.opensrdi.model.Designation;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * The rule-set interpreter of spec/docs/rules/README.md over a loaded rule library: tier verdicts
 * with points, near-miss counts, size classes and the ladder, each with its trace. Immutable and
 * thread-safe: every call works on its own {@link Evaluation}. Internal, not API: use
 * {@code org.opensrdi.sdk.criteria.CriteriaEvaluator}.
 */
public final class CriteriaEngine {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final RuleLibrary library;
    private final ObjectMapper mapper;
    private final String specVersion;

    private CriteriaEngine(RuleLibrary library, ObjectMapper mapper, String specVersion) {
        this.library = library;
        this.mapper = mapper;
        this.specVersion = specVersion;
    }

    /**
     * The engine over the rule sets of the specification jar.
     *
     * @param mapper the OpenSRDI mapper (exact decimals)
     * @param specVersion the OpenSRDI version written into explanations
     * @return the engine
     * @throws OpenSrdiException if the rule data cannot be read or breaks a rule
     */
    public static CriteriaEngine bundled(ObjectMapper mapper, String specVersion) {
        return new CriteriaEngine(RuleLibrary.bundled(mapper), mapper, specVersion);
    }

    /**
     * The engine over the rule sets of a directory.
     *
     * @param directory the directory, searched recursively for {@code .json} files
     * @param mapper the OpenSRDI mapper (exact decimals)
     * @param specVersion the OpenSRDI version written into explanations
     * @return the engine
     * @throws OpenSrdiException if the rule data cannot be read or breaks a rule
     */
    public static CriteriaEngine fromDirectory(Path directory, ObjectMapper mapper, String specVersion) {
        return new CriteriaEngine(RuleLibrary.fromDirectory(directory, mapper), mapper, specVersion);
    }

    /**
     * The tiers with a rule set in force on a date, in the order of tier.csv.
     *
     * @param asOf the date
     * @return the tiers
     */
    public List<Tier> tiers(LocalDate asOf) {
        return library.tiers(asOf);
    }

    /**
     * The rule set README §7.5 chooses.
     *
     * @param tier the tier
     * @param asOf the as-of date
     * @param recognitionType the recognition type
     * @return {@code id@version}, or empty if no rule set of the tier applies
     */
    public Optional<String> ruleSetFor(Tier tier, LocalDate asOf, RecognitionType recognitionType) {
        return library.select(tier, asOf, recognitionType).map(s -> s.resolved().ruleSet().key());
    }

    /**
     * Evaluates one tier.
     *
     * @param enterprise the enterprise record as JSON
     * @param tier the tier
     * @param asOf the as-of date
     * @param designations the enterprise's designations, or null when not supplied
     * @param recognitionType FIRST or RENEWAL
     * @param maxMissing N of a near-miss rule set, or null
     * @param targetTier the near-miss target tier, or null for the rule set's default
     * @return the outcome
     * @throws OpenSrdiException if no rule set applies, N is needed but not given, or the rule data is wrong
     */
    public Outcomes.TierOutcome evaluate(JsonNode enterprise, Tier tier, LocalDate asOf, List<Designation> designations,
            RecognitionType recognitionType, Integer maxMissing, Tier targetTier) {
        List<Designation> given = designations == null ? null : List.copyOf(designations);
        Outcomes.TierOutcome decided = evaluate(enterprise, tier, asOf, given, recognitionType, maxMissing, targetTier,
                Trace.quiet());
        // The explanation is written only when asked for: an evaluation with a recording trace of the
        // same inputs decides exactly as the quiet one, and most callers only read the verdicts.
        return decided.withExplanation(Outcomes.explainedLater(() -> evaluate(enterprise, tier, asOf, given,
                recognitionType, maxMissing, targetTier, new Trace()).explanation().get()));
    }

    private Outcomes.TierOutcome evaluate(JsonNode enterprise, Tier tier, LocalDate asOf, List<Designation> designations,
            RecognitionType recognitionType, Integer maxMissing, Tier targetTier, Trace trace) {
        RuleLibrary.Selection selection = select(tier, asOf, recognitionType);
        RuleSet ruleSet = selection.resolved().ruleSet();
        Evaluation evaluation = new Evaluation(library, mapper, enterprise, asOf, designations, recognitionType, trace);
        List<JsonNode> citations = new ArrayList<>();
        chosen(selection, trace, citations);
        if (ruleSet.nearMiss() != null) {
            return nearMiss(evaluation, selection, enterprise, maxMissing, targetTier, recognitionType, citations);
        }
        Parts parts = parts(evaluation, selection.resolved());
        Tri qualification = value(ruleSet.qualification(), parts.values());
        String verdict = verdict(qualification);
        if (trace.recording()) {
            citations.add(Trace.citation(ruleSet, ruleSet.qualificationCitation()));
            trace.step("verdict", Trace.text("认定结论", "Verdict"), render(ruleSet.qualification(), parts.values())
                    + " → " + qualification, JSON.textNode(verdict), ruleSet, ruleSet.qualificationCitation());
        }
        return outcome(tier, ruleSet, selection, verdict, parts, null, enterprise, trace, citations, asOf);
    }

    private RuleLibrary.Selection select(Tier tier, LocalDate asOf, RecognitionType recognitionType) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(asOf, "asOf");
        return library.select(tier, asOf, recognitionType).orElseThrow(() -> new OpenSrdiException("No rule set of tier "
                + tier + " applies on " + asOf + " for " + recognitionType
                + " recognition (rules before 2022-08-01 are not encoded; see spec/docs/rules/README.md §7.5)"));
    }

    /** Records why the rule set was chosen: its transitional use and what it reuses. */
    private static void chosen(RuleLibrary.Selection selection, Trace trace, List<JsonNode> citations) {
        RuleSet ruleSet = selection.resolved().ruleSet();
        RuleSet.TransitionalUse use = selection.transitionalUse();
        boolean recording = trace.recording();
        if (recording) {
            String why = use != null ? "transitional use " + use.start() + " – " + (use.end() == null ? "" : use.end())
                    + " for " + use.recognitionTypes() : "effective period " + ruleSet.start() + " – "
                    + (ruleSet.end() == null ? "" : ruleSet.end());
            trace.step("ruleSet", Trace.text("按基准日选用规则集", "Rule set chosen by date"), why,
                    JSON.textNode(ruleSet.key()), ruleSet, use != null ? use.citation() : null);
        }
        if (use != null) {
            trace.assumptions(use.assumptions());
            if (recording) {
                citations.add(Trace.citation(ruleSet, use.citation()));
            }
        }
        for (RuleSet.Reuse reuse : ruleSet.reuses()) {
            trace.assumptions(reuse.assumptions());
            if (recording) {
                citations.add(Trace.citation(ruleSet, reuse.citation()));
                trace.step("reuse/" + reuse.ruleSetId(), Trace.text("沿用 " + reuse.ruleSetId(),
                        "Reuses " + reuse.ruleSetId()), String.join(", ", reuse.parts()),
                        JSON.textNode(reuse.ruleSetId() + "@" + reuse.version()), ruleSet, reuse.citation());
            }
        }
    }

    /** The values of the conditions, the score and the direct paths of a rule set. */
    private record Parts(Map<String, Tri> values, Evaluation.Score score, List<String> failed, List<String> undecided,
            List<String> directPathsHeld, String directPath) {
    }

    private static Parts parts(Evaluation evaluation, RuleLibrary.Resolved resolved) {
        Trace trace = evaluation.trace();
        Map<String, Tri> values = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        for (RuleLibrary.Owned<RuleSet.Condition> owned : resolved.conditions()) {
            RuleSet.Condition condition = owned.element();
            Out out = Out.of(trace);
            Tri value = evaluation.test(condition.test(), owned.owner(), out);
            trace.assumptions(condition.assumptions());
            if (trace.recording()) {
                trace.step("condition/" + condition.id(), condition.title(), out.toString(),
                        JSON.textNode(value.toString()), owned.owner(), condition.citation());
            }
            values.put(condition.id(), value);
            if (value == Tri.FALSE) {
                failed.add(condition.id());
            } else if (value == Tri.UNKNOWN) {
                undecided.add(condition.id());
            }
        }
        Evaluation.Score score = null;
        if (resolved.scoreTable() != null) {
            score = evaluation.score(resolved.scoreTable().element(), resolved.scoreTable().owner());
            values.put(Expression.SCORE, score.value());
            if (score.value() == Tri.FALSE) {
                failed.add(Expression.SCORE);
            } else if (score.value() == Tri.UNKNOWN) {
                undecided.add(Expression.SCORE);
            }
        }
        List<String> held = new ArrayList<>();
        List<RuleSet.DirectPath> heldPaths = new ArrayList<>();
        for (RuleLibrary.Owned<RuleSet.DirectPath> owned : resolved.directPaths()) {
            RuleSet.DirectPath path = owned.element();
            Out out = Out.of(trace);
            Tri value = evaluation.test(path.test(), owned.owner(), out);
            trace.assumptions(path.assumptions());
            if (value == Tri.UNKNOWN) {
                // README §7.2: a direct path without evidence is not claimed.
                out.append(" → not established: data missing → FALSE");
            }
            Tri established = value == Tri.TRUE ? Tri.TRUE : Tri.FALSE;
            if (trace.recording()) {
                trace.step("directPath/" + path.id(), path.title(), out.toString(),
                        JSON.textNode(established.toString()), owned.owner(), path.citation());
            }
            values.put(path.id(), established);
            if (established == Tri.TRUE) {
                held.add(path.id());
                heldPaths.add(path);
            }
        }
        String applied = heldPaths.stream().filter(p -> values.getOrDefault(p.alternativeTo(), Tri.FALSE) != Tri.TRUE)
                .map(RuleSet.DirectPath::id).findFirst().orElse(null);
        return new Parts(values, score, List.copyOf(failed), List.copyOf(undecided), List.copyOf(held), applied);
    }

    private static Tri value(Expression expression, Map<String, Tri> values) {
        if (expression instanceof Expression.Ref ref) {
            Tri value = values.get(ref.id());
            if (value == null) {
                throw new OpenSrdiException("Rule data error: the qualification refers to " + ref.id() + ", not evaluated");
            }
            return value;
        }
        boolean all = expression instanceof Expression.AllOf;
        List<Expression> members = all ? ((Expression.AllOf) expression).members() : ((Expression.AnyOf) expression).members();
        Tri value = all ? Tri.TRUE : Tri.FALSE;
        for (Expression member : members) {
            Tri memberValue = value(member, values);
            value = all ? value.and(memberValue) : value.or(memberValue);
        }
        return value;
    }

    private static String render(Expression expression, Map<String, Tri> values) {
        if (expression instanceof Expression.Ref ref) {
            return ref.id() + "=" + values.get(ref.id());
        }
        boolean all = expression instanceof Expression.AllOf;
        List<Expression> members = all ? ((Expression.AllOf) expression).members() : ((Expression.AnyOf) expression).members();
        List<String> parts = new ArrayList<>();
        members.forEach(m -> parts.add(render(m, values)));
        return (all ? "allOf[" : "anyOf[") + String.join(", ", parts) + "]";
    }

    private static String verdict(Tri value) {
        return value == Tri.TRUE ? "QUALIFIED" : value == Tri.FALSE ? "NOT_QUALIFIED" : "UNDETERMINED";
    }

    /** README §8.3: counts missed elements of the target tier's qualification against N. */
    private Outcomes.TierOutcome nearMiss(Evaluation evaluation, RuleLibrary.Selection selection, JsonNode enterprise,
            Integer maxMissing, Tier targetTier, RecognitionType recognitionType, List<JsonNode> citations) {
        RuleSet pool = selection.resolved().ruleSet();
        Trace trace = evaluation.trace();
        if (maxMissing == null || maxMissing < 0) {
            throw new OpenSrdiException(pool.key() + " needs N, the most elements an enterprise may miss, from the policy "
                    + "pack or caller (README §8.3)");
        }
        Tier target = targetTier != null ? targetTier : pool.nearMiss().defaultTargetTier();
        RuleLibrary.Selection targetSelection = select(target, evaluation.asOf(), recognitionType);
        RuleLibrary.Resolved resolved = targetSelection.resolved();
        RuleSet targetSet = resolved.ruleSet();
        if (targetSet.nearMiss() != null) {
            throw new OpenSrdiException("The near-miss target " + target + " has itself a near-miss rule");
        }
        trace.assumptions(pool.nearMiss().assumptions());
        citations.add(Trace.citation(pool, pool.nearMiss().citation()));
        trace.step("nearMiss/target", Trace.text("目标层级规则集", "Target tier's rule set"), target.toString(),
                JSON.textNode(targetSet.key()), pool, pool.nearMiss().citation());
        chosen(targetSelection, trace, citations);
        Parts parts = parts(evaluation, resolved);
        Expression expression = targetSet.qualification();
        List<Expression> members = expression instanceof Expression.AllOf all ? all.members() : List.of(expression);
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        List<String> eligibilityFailed = new ArrayList<>();
        List<String> eligibilityUnknown = new ArrayList<>();
        for (Expression member : members) {
            Optional<RuleLibrary.Owned<RuleSet.Condition>> condition = member instanceof Expression.Ref ref
                    ? resolved.condition(ref.id()) : Optional.empty();
            if (condition.isPresent() && RuleSet.Condition.ELIGIBILITY.equals(condition.get().element().kind())) {
                Tri value = parts.values().get(condition.get().element().id());
                if (value == Tri.FALSE) {
                    eligibilityFailed.add(condition.get().element().id());
                } else if (value == Tri.UNKNOWN) {
                    eligibilityUnknown.add(condition.get().element().id());
                }
                continue;
            }
            Map<String, Tri> elements = new LinkedHashMap<>();
            if (condition.isPresent()) {
                RuleSet.Condition criterion = condition.get().element();
                List<RuleTest> conjuncts = new ArrayList<>();
                flatten(criterion.test(), conjuncts);
                if (conjuncts.size() == 1) {
                    elements.put(criterion.id(), parts.values().get(criterion.id()));
                } else {
                    for (int i = 0; i < conjuncts.size(); i++) {
                        Out out = Out.of(trace);
                        Tri value = evaluation.test(conjuncts.get(i), condition.get().owner(), out);
                        String name = criterion.id() + "#" + (i + 1);
                        elements.put(name, value);
                        trace.step("element/" + name, criterion.title(), out.toString(), JSON.textNode(value.toString()),
                                condition.get().owner(), criterion.citation());
                    }
                }
            } else {
                elements.put(names(member), value(member, parts.values()));
            }
            elements.forEach((name, value) -> (value == Tri.TRUE ? met : value == Tri.FALSE ? missed : undecided).add(name));
        }
        String verdict;
        if (!eligibilityFailed.isEmpty() || missed.size() > maxMissing) {
            verdict = "NOT_QUALIFIED";
        } else if (!eligibilityUnknown.isEmpty() || missed.size() + undecided.size() > maxMissing) {
            verdict = "UNDETERMINED";
        } else {
            verdict = "QUALIFIED";
        }
        ObjectNode counts = JSON.objectNode();
        counts.put("missed", missed.size());
        counts.put("undecided", undecided.size());
        counts.put("maxMissing", maxMissing);
        trace.step("nearMiss", Trace.text("缺项计数", "Near-miss count"), "eligibility false " + eligibilityFailed
                + ", unknown " + eligibilityUnknown + "; missed " + missed + ", undecided " + undecided + "; N = " + maxMissing,
                counts, pool, pool.nearMiss().citation());
        trace.step("verdict", Trace.text("入库结论", "Verdict"), null, JSON.textNode(verdict), pool, pool.nearMiss().citation());
        Outcomes.NearMiss nearMiss = new Outcomes.NearMiss(targetSet.key(), maxMissing, List.copyOf(missed),
                List.copyOf(undecided), List.copyOf(met), List.copyOf(eligibilityFailed), List.copyOf(eligibilityUnknown));
        return outcome(pool.tier(), pool, selection, verdict, parts, nearMiss, enterprise, trace, citations,
                evaluation.asOf());
    }

    /** Members of nested allOf, each one element (README §8.3 step 3). */
    private static void flatten(RuleTest test, List<RuleTest> into) {
        if (test instanceof RuleTest.AllOf all) {
            all.tests().forEach(t -> flatten(t, into));
        } else {
            into.add(test);
        }
    }

    private static String names(Expression expression) {
        if (expression instanceof Expression.Ref ref) {
            return ref.id();
        }
        boolean all = expression instanceof Expression.AllOf;
        List<Expression> members = all ? ((Expression.AllOf) expression).members() : ((Expression.AnyOf) expression).members();
        List<String> names = new ArrayList<>();
        members.forEach(m -> names.add(names(m)));
        return String.join(all ? "&" : "|", names);
    }

    private Outcomes.TierOutcome outcome(Tier tier, RuleSet ruleSet, RuleLibrary.Selection selection, String verdict,
            Parts parts, Outcomes.NearMiss nearMiss, JsonNode enterprise, Trace trace, List<JsonNode> citations,
            LocalDate asOf) {
        Outcomes.Points total = parts.score() == null ? null : parts.score().total();
        List<String> assumptionIds = trace.orderedAssumptionIds();
        Supplier<ObjectNode> explanation = null;
        if (trace.recording()) {
            ObjectNode outcome = JSON.objectNode();
            outcome.put("verdict", verdict);
            if (total != null) {
                outcome.set("points", JSON.arrayNode().add(total.low()).add(total.high()));
            }
            ArrayNode failed = outcome.putArray("failedConditions");
            parts.failed().forEach(failed::add);
            if (parts.directPath() != null) {
                outcome.put("directPath", parts.directPath());
            }
            if (nearMiss != null) {
                outcome.put("missed", nearMiss.missed().size());
                outcome.put("undecided", nearMiss.undecided().size());
            }
            ArrayNode assumptions = outcome.putArray("assumptions");
            assumptionIds.forEach(assumptions::add);
            ObjectNode made = trace.explanation(specVersion, ruleSet.id(), ruleSet.key(), asOf,
                    enterprise.path("uscc").isTextual() ? enterprise.get("uscc").asText() : null, outcome, citations);
            explanation = () -> made;
        }
        return new Outcomes.TierOutcome(tier, ruleSet.key(), selection.transitionalUse() != null, verdict, total,
                parts.score() == null ? List.of() : parts.score().indicators(),
                parts.score() == null ? List.of() : parts.score().groups(), parts.failed(), parts.undecided(),
                trace.missingInputs(), parts.directPathsHeld(), parts.directPath(), nearMiss, trace.findings(),
                assumptionIds, explanation);
    }

    /**
     * Classifies the size of an enterprise (README §8.1).
     *
     * @param enterprise the enterprise record as JSON
     * @param asOf the as-of date
     * @return the size class with its trace
     * @throws OpenSrdiException if no size rule set applies on the date
     */
    public Outcomes.SizeOutcome classifySize(JsonNode enterprise, LocalDate asOf) {
        Outcomes.SizeOutcome decided = classifySize(enterprise, asOf, Trace.quiet());
        return decided.withExplanation(Outcomes.explainedLater(
                () -> classifySize(enterprise, asOf, new Trace()).explanation().get()));
    }

    private Outcomes.SizeOutcome classifySize(JsonNode enterprise, LocalDate asOf, Trace trace) {
        Objects.requireNonNull(asOf, "asOf");
        RuleSet sizeSet = library.subject(RuleSet.SIZE_CLASS, asOf).orElseThrow(() -> new OpenSrdiException(
                "No SIZE_CLASS rule set applies on " + asOf));
        Evaluation evaluation = new Evaluation(library, mapper, enterprise, asOf, null, RecognitionType.FIRST, trace);
        Evaluation.Size size = evaluation.size();
        Supplier<ObjectNode> explanation = null;
        if (trace.recording()) {
            ObjectNode outcome = JSON.objectNode();
            outcome.put("sizeClass", size.result());
            if (Evaluation.Size.UNDETERMINED.equals(size.result())) {
                ArrayNode possible = outcome.putArray("possible");
                size.possible().forEach(possible::add);
            }
            ObjectNode made = trace.explanation(specVersion, "size-class", sizeSet.key(), asOf,
                    enterprise.path("uscc").isTextual() ? enterprise.get("uscc").asText() : null, outcome,
                    List.of(Trace.citation(sizeSet, sizeSet.sizeClassification().citation())));
            explanation = () -> made;
        }
        return new Outcomes.SizeOutcome(size.result(), size.possible(), size.category(), sizeSet.key(),
                trace.missingInputs(), trace.findings(), trace.orderedAssumptionIds(), explanation);
    }

    /**
     * An enterprise's place on the ladder on a date: the designations it holds with their terms,
     * and the tier it can apply for next under the regime in force.
     *
     * @param designations the enterprise's designations
     * @param asOf the as-of date
     * @return the ladder
     */
    public Outcomes.LadderOutcome ladder(List<Designation> designations, LocalDate asOf) {
        Objects.requireNonNull(designations, "designations");
        Objects.requireNonNull(asOf, "asOf");
        RuleSet terms = library.subject(RuleSet.VALIDITY_TERMS, asOf).orElse(null);
        String regime = library.select(Tier.SRDI_SME, asOf, RecognitionType.FIRST)
                .map(s -> s.resolved().ruleSet().regime()).orElse(null);
        List<Tier> rungs = rungs(regime);
        List<Set<Tier>> accepted = accepted(rungs, asOf);
        List<Outcomes.Held> held = new ArrayList<>();
        int highest = -1;
        for (Designation designation : designations) {
            Optional<Terms.Computed> computed = Terms.compute(terms, library.regimeOn(designation.getDesignationDate()),
                    designation, null);
            LocalDate end = designation.getTermEnd() != null ? designation.getTermEnd()
                    : computed.map(Terms.Computed::end).orElse(null);
            Terms.Holding holding = Terms.holding(designation, asOf, end);
            if (holding == Terms.Holding.NOT_HELD) {
                continue;
            }
            Integer extension = computed.map(Terms.Computed::reviewExtensionYears).orElse(null);
            LocalDate afterReview = end != null && extension != null ? CalendarYears.termEnd(end.plusDays(1), extension)
                    : null;
            held.add(new Outcomes.Held(designation.getId(), designation.getTier(), designation.getLevel(),
                    holding == Terms.Holding.UNDER_REVIEW, Terms.start(designation), end,
                    designation.getTermEnd() == null && end != null, afterReview));
            for (int rung = 0; rung < accepted.size(); rung++) {
                if (accepted.get(rung).contains(designation.getTier())) {
                    highest = Math.max(highest, rung);
                }
            }
        }
        Tier next = highest + 1 < rungs.size() ? rungs.get(highest + 1) : null;
        return new Outcomes.LadderOutcome(asOf, regime, rungs, List.copyOf(held), next,
                terms == null ? null : terms.key());
    }

    /** The programme tiers of a regime, lowest first: the tiers of its rule sets, in tier.csv order. */
    private List<Tier> rungs(String regime) {
        if (regime == null) {
            return List.of();
        }
        Set<Tier> tiers = EnumSet.noneOf(Tier.class);
        for (RuleSet ruleSet : library.all()) {
            if (regime.equals(ruleSet.regime()) && ruleSet.tier() != null && ruleSet.nearMiss() == null) {
                tiers.add(ruleSet.tier());
            }
        }
        List<Tier> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.naturalOrder());
        return List.copyOf(sorted);
    }

    /**
     * The designations that count as each rung: the rung's tier, and the tiers the next rung's
     * rule set accepts for it (e.g. the 2026 SRDI SME's TIER_ONE_HELD accepts INNOVATIVE_SME and
     * TECH_SME for TECH_INNOVATIVE_SME).
     */
    private List<Set<Tier>> accepted(List<Tier> rungs, LocalDate asOf) {
        List<Set<Tier>> accepted = new ArrayList<>();
        for (int rung = 0; rung < rungs.size(); rung++) {
            Set<Tier> tiers = EnumSet.of(rungs.get(rung));
            if (rung + 1 < rungs.size()) {
                Tier tier = rungs.get(rung);
                library.select(rungs.get(rung + 1), asOf, RecognitionType.FIRST).ifPresent(next -> {
                    for (RuleLibrary.Owned<RuleSet.Condition> condition : next.resolved().conditions()) {
                        collectPrerequisites(condition.element().test(), tier, tiers);
                    }
                });
            }
            accepted.add(tiers);
        }
        return accepted;
    }

    private static void collectPrerequisites(RuleTest test, Tier tier, Set<Tier> into) {
        if (test instanceof RuleTest.HasDesignation has && has.tiers().contains(tier)) {
            into.addAll(has.tiers());
        } else if (test instanceof RuleTest.AllOf all) {
            all.tests().forEach(t -> collectPrerequisites(t, tier, into));
        } else if (test instanceof RuleTest.AnyOf any) {
            any.tests().forEach(t -> collectPrerequisites(t, tier, into));
        }
    }
}
