package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * The record rules of README §10 that JSON Schema cannot express and the interpreter relies on:
 * every referenced parameter, metric, assumption and document exists; each condition and direct
 * path appears once in the qualification expression; bands partition the reals; points add up.
 * A breach is a rule-data error, thrown on load with the file and element. Internal, not API.
 */
final class RuleChecks {

    private RuleChecks() {
    }

    /** Checks a tier rule set with its reused parts. */
    static void check(RuleLibrary.Resolved resolved) {
        RuleSet ruleSet = resolved.ruleSet();
        for (RuleLibrary.Owned<RuleSet.Condition> owned : resolved.conditions()) {
            RuleSet.Condition condition = owned.element();
            String at = "condition " + condition.id();
            test(condition.test(), owned.owner(), at);
            references(owned.owner(), condition.assumptions(), condition.citation(), at);
        }
        for (RuleLibrary.Owned<RuleSet.DirectPath> owned : resolved.directPaths()) {
            RuleSet.DirectPath path = owned.element();
            String at = "direct path " + path.id();
            test(path.test(), owned.owner(), at);
            references(owned.owner(), path.assumptions(), path.citation(), at);
        }
        if (resolved.scoreTable() != null) {
            scoreTable(resolved.scoreTable().element(), resolved.scoreTable().owner());
        }
        for (RuleSet.Reuse reuse : ruleSet.reuses()) {
            references(ruleSet, reuse.assumptions(), reuse.citation(), "reuse of " + reuse.ruleSetId());
        }
        for (RuleSet.TransitionalUse use : ruleSet.transitionalUses()) {
            references(ruleSet, use.assumptions(), use.citation(), "transitional use");
        }
        if (ruleSet.nearMiss() != null) {
            references(ruleSet, ruleSet.nearMiss().assumptions(), ruleSet.nearMiss().citation(), "nearMiss");
            return;
        }
        if (ruleSet.qualification() == null) {
            throw error(ruleSet, "qualification", "a tier rule set needs a qualification expression");
        }
        expression(resolved);
        for (List<RuleSet.Parameter> entries : ruleSet.parameters().values()) {
            for (RuleSet.Parameter parameter : entries) {
                references(ruleSet, parameter.assumptions(), parameter.citation(), "parameter " + parameter.id());
            }
        }
    }

    /** Checks a size, validity-terms or slot rule set. */
    static void checkSubject(RuleSet ruleSet) {
        for (List<RuleSet.Parameter> entries : ruleSet.parameters().values()) {
            for (RuleSet.Parameter parameter : entries) {
                references(ruleSet, parameter.assumptions(), parameter.citation(), "parameter " + parameter.id());
            }
        }
        switch (ruleSet.subject()) {
            case RuleSet.SIZE_CLASS -> {
                if (ruleSet.sizeClassification() == null) {
                    throw error(ruleSet, "sizeClassification", "missing");
                }
                for (RuleSet.SizeCategory category : ruleSet.sizeClassification().categories()) {
                    references(ruleSet, category.assumptions(), category.citation(), "category " + category.id());
                    for (RuleSet.SizeBounds bounds : category.classes()) {
                        for (RuleSet.Bound bound : bounds.bounds()) {
                            metric(ruleSet, bound.metric(), null, "category " + category.id());
                            parameter(ruleSet, bound.parameter(), "category " + category.id());
                        }
                    }
                }
                for (RuleSet.NotCovered entry : ruleSet.sizeClassification().notCovered()) {
                    references(ruleSet, entry.assumptions(), entry.citation(), "notCovered " + entry.id());
                }
            }
            case RuleSet.VALIDITY_TERMS -> {
                for (RuleSet.ValidityTerm term : ruleSet.validityTerms()) {
                    String at = "validity term " + term.tier() + " " + term.regime();
                    parameter(ruleSet, term.termYearsParameter(), at);
                    if (term.reviewExtensionYearsParameter() != null) {
                        parameter(ruleSet, term.reviewExtensionYearsParameter(), at);
                    }
                    references(ruleSet, term.assumptions(), term.citation(), at);
                }
            }
            case RuleSet.INDICATOR_SLOT -> {
                if (ruleSet.indicatorSlot() == null) {
                    throw error(ruleSet, "indicatorSlot", "missing");
                }
                references(ruleSet, ruleSet.indicatorSlot().assumptions(), ruleSet.indicatorSlot().citation(), "slot");
                for (Indicator indicator : ruleSet.indicatorSlot().indicators()) {
                    indicator(indicator, ruleSet);
                }
            }
            default -> throw error(ruleSet, "subject", "unknown subject " + ruleSet.subject());
        }
    }

    private static void scoreTable(RuleSet.ScoreTable table, RuleSet owner) {
        int groupSum = 0;
        Map<String, Integer> targets = new HashMap<>();
        for (RuleSet.Group group : table.groups()) {
            groupSum += group.maxPoints();
            targets.put(group.id(), group.maxPoints());
            for (Indicator indicator : group.indicators()) {
                indicator(indicator, owner);
                targets.put(indicator.id(), indicator.maxPoints());
            }
        }
        if (groupSum != table.maxPoints()) {
            throw error(owner, "scoreTable", "group maxima add up to " + groupSum + ", not " + table.maxPoints()
                    + " (README §10.6)");
        }
        List<RuleSet.Threshold> thresholds = new ArrayList<>(table.minimums());
        thresholds.add(table.passMark());
        for (RuleSet.Threshold threshold : thresholds) {
            String at = "threshold " + (threshold.target() == null ? "passMark" : threshold.target());
            parameter(owner, threshold.parameter(), at);
            if (threshold.target() != null && !targets.containsKey(threshold.target())) {
                throw error(owner, at, "no group or indicator " + threshold.target());
            }
            references(owner, threshold.assumptions(), threshold.citation(), at);
        }
        references(owner, table.assumptions(), table.citation(), "scoreTable");
    }

    private static void indicator(Indicator indicator, RuleSet owner) {
        String at = "indicator " + indicator.id();
        references(owner, indicator.assumptions(), indicator.citation(), at);
        int highest = -1;
        switch (indicator.method()) {
            case Indicator.BANDS -> {
                metric(owner, indicator.metric(), indicator.key(), at);
                bands(indicator, owner);
                for (Indicator.Band band : indicator.bands()) {
                    references(owner, band.assumptions(), band.citation(), at + " band " + band.label());
                    highest = Math.max(highest, band.high());
                }
            }
            case Indicator.FIRST_MATCH -> {
                for (Indicator.Case c : indicator.cases()) {
                    test(c.test(), owner, at + " case " + c.label());
                    references(owner, c.assumptions(), c.citation(), at + " case " + c.label());
                    highest = Math.max(highest, c.high());
                }
            }
            case Indicator.PER_ITEM -> {
                for (Indicator.Item item : indicator.items()) {
                    test(item.test(), owner, at + " item " + item.id());
                    references(owner, List.of(), item.citation(), at + " item " + item.id());
                }
                highest = Math.min(indicator.cap(), indicator.pointsPerItem() * indicator.items().size());
            }
            case Indicator.STEPS -> {
                metric(owner, indicator.metric(), indicator.key(), at);
                highest = indicator.cap();
            }
            case Indicator.MAX_OF -> {
                for (Indicator sub : indicator.indicators()) {
                    indicator(sub, owner);
                    highest = Math.max(highest, sub.maxPoints());
                }
            }
            case Indicator.INPUT -> {
                if (indicator.input().metric() != null) {
                    metric(owner, indicator.input().metric(), null, at);
                }
                if (indicator.fallback() != null) {
                    indicator(indicator.fallback(), owner);
                }
                highest = indicator.rangeHigh();
            }
            default -> throw error(owner, at, "unknown method " + indicator.method());
        }
        if (highest != indicator.maxPoints()) {
            throw error(owner, at, "highest points " + highest + " differ from maxPoints " + indicator.maxPoints()
                    + " (README §10.5)");
        }
    }

    /** README §10.5: the bands of one indicator never overlap and cover every real number. */
    private static void bands(Indicator indicator, RuleSet owner) {
        List<Indicator.Band> sorted = new ArrayList<>(indicator.bands());
        sorted.sort(Comparator.comparing(Indicator.Band::lower, Comparator.nullsFirst(Comparator.naturalOrder())));
        String at = "indicator " + indicator.id();
        if (sorted.get(0).lower() != null || sorted.get(sorted.size() - 1).upper() != null) {
            throw error(owner, at, "bands do not reach −∞ and +∞ (README §10.5)");
        }
        for (int i = 1; i < sorted.size(); i++) {
            Indicator.Band below = sorted.get(i - 1);
            Indicator.Band above = sorted.get(i);
            if (below.upper() == null || above.lower() == null || below.upper().compareTo(above.lower()) != 0
                    || below.upperInclusive() == above.lowerInclusive()) {
                throw error(owner, at, "bands " + below.label() + " and " + above.label()
                        + " overlap or leave a gap (README §10.5)");
            }
        }
    }

    private static void test(RuleTest test, RuleSet owner, String at) {
        if (test instanceof RuleTest.Compare compare) {
            metric(owner, compare.metric(), compare.key(), at);
            if (compare.parameter() != null) {
                parameter(owner, compare.parameter(), at);
            }
        } else if (test instanceof RuleTest.AllOf all) {
            all.tests().forEach(t -> test(t, owner, at));
        } else if (test instanceof RuleTest.AnyOf any) {
            any.tests().forEach(t -> test(t, owner, at));
        } else if (test instanceof RuleTest.Not not) {
            test(not.test(), owner, at);
        }
    }

    private static void metric(RuleSet owner, String metric, String key, String at) {
        if (!Metrics.CODES.contains(metric)) {
            throw error(owner, at, "metric " + metric + " is not in metric.csv");
        }
        if ("PROVINCIAL_INDICATOR_LAST_YEAR".equals(metric) && key == null) {
            throw error(owner, at, "PROVINCIAL_INDICATOR_LAST_YEAR needs a key");
        }
    }

    private static void parameter(RuleSet owner, String parameter, String at) {
        if (!owner.parameters().containsKey(parameter)) {
            throw error(owner, at, "parameter " + parameter + " does not exist");
        }
    }

    private static void references(RuleSet owner, List<String> assumptions, JsonNode citation, String at) {
        for (String assumption : assumptions) {
            if (owner.assumption(assumption).isEmpty()) {
                throw error(owner, at, "assumption " + assumption + " does not exist");
            }
        }
        if (citation != null && citation.hasNonNull("source") && !owner.documents().containsKey(citation.get("source").asText())) {
            throw error(owner, at, "citation source " + citation.get("source").asText() + " is not among the documents");
        }
    }

    /** README §10.7: every reference exists; every condition and direct path appears exactly once. */
    private static void expression(RuleLibrary.Resolved resolved) {
        RuleSet ruleSet = resolved.ruleSet();
        Map<String, Integer> seen = new HashMap<>();
        collect(ruleSet.qualification(), seen);
        for (String id : seen.keySet()) {
            boolean known = Expression.SCORE.equals(id) ? resolved.scoreTable() != null
                    : resolved.condition(id).isPresent()
                            || resolved.directPaths().stream().anyMatch(p -> p.element().id().equals(id));
            if (!known) {
                throw error(ruleSet, "qualification", "refers to " + id + ", which does not exist");
            }
        }
        List<String> ids = new ArrayList<>();
        resolved.conditions().forEach(c -> ids.add(c.element().id()));
        resolved.directPaths().forEach(p -> ids.add(p.element().id()));
        for (String id : ids) {
            if (seen.getOrDefault(id, 0) != 1) {
                throw error(ruleSet, "qualification", id + " appears " + seen.getOrDefault(id, 0)
                        + " times in the expression, not once (README §10.7)");
            }
        }
    }

    private static void collect(Expression expression, Map<String, Integer> seen) {
        if (expression instanceof Expression.Ref ref) {
            seen.merge(ref.id(), 1, Integer::sum);
        } else if (expression instanceof Expression.AllOf all) {
            all.members().forEach(m -> collect(m, seen));
        } else if (expression instanceof Expression.AnyOf any) {
            any.members().forEach(m -> collect(m, seen));
        }
    }

    private static OpenSrdiException error(RuleSet ruleSet, String at, String message) {
        return new OpenSrdiException(ruleSet.source() + " (" + at + "): " + message);
    }
}
