package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.SizeClass;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * Reads one rule-set document (already checked against {@code rule-set.schema.json}) into a
 * {@link RuleSet}. Structural mistakes the schema cannot see are misuse: the exception names the
 * source and the JSON Pointer. Internal, not API.
 */
final class RuleSetReader {

    private final String source;

    private RuleSetReader(String source) {
        this.source = source;
    }

    /**
     * Reads a rule set.
     *
     * @param document the rule-set document
     * @param source where it was read from, for messages
     * @return the rule set
     * @throws OpenSrdiException if a structure is not what README §10 requires
     */
    static RuleSet read(JsonNode document, String source) {
        return new RuleSetReader(source).ruleSet(document);
    }

    private RuleSet ruleSet(JsonNode node) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (JsonNode document : node.path("documents")) {
            documents.put(document.path("id").asText(), document);
        }
        Map<String, List<RuleSet.Parameter>> parameters = new LinkedHashMap<>();
        JsonNode parameterNodes = node.path("parameters");
        for (int i = 0; i < parameterNodes.size(); i++) {
            RuleSet.Parameter parameter = parameter(parameterNodes.get(i), "/parameters/" + i);
            parameters.computeIfAbsent(parameter.id(), id -> new ArrayList<>()).add(parameter);
        }
        Map<String, JsonNode> assumptions = new LinkedHashMap<>();
        for (JsonNode assumption : node.path("assumptions")) {
            assumptions.put(assumption.path("id").asText(), assumption);
        }
        List<RuleSet.Condition> conditions = new ArrayList<>();
        JsonNode conditionNodes = node.path("conditions");
        for (int i = 0; i < conditionNodes.size(); i++) {
            JsonNode c = conditionNodes.get(i);
            conditions.add(new RuleSet.Condition(text(c, "id"), c.path("title"), text(c, "kind"), c.path("citation"),
                    test(c.path("test"), "/conditions/" + i + "/test"), strings(c.path("assumptions"))));
        }
        List<RuleSet.DirectPath> directPaths = new ArrayList<>();
        JsonNode pathNodes = node.path("directPaths");
        for (int i = 0; i < pathNodes.size(); i++) {
            JsonNode p = pathNodes.get(i);
            directPaths.add(new RuleSet.DirectPath(text(p, "id"), p.path("title"), text(p, "alternativeTo"),
                    p.path("citation"), test(p.path("test"), "/directPaths/" + i + "/test"), strings(p.path("assumptions"))));
        }
        List<RuleSet.Reuse> reuses = new ArrayList<>();
        for (JsonNode r : node.path("reuses")) {
            reuses.add(new RuleSet.Reuse(text(r, "ruleSetId"), text(r, "ruleSetVersion"),
                    new LinkedHashSet<>(strings(r.path("parts"))), r.path("citation"), strings(r.path("assumptions"))));
        }
        List<RuleSet.TransitionalUse> transitionalUses = new ArrayList<>();
        for (JsonNode t : node.path("transitionalUses")) {
            Set<RecognitionType> types = EnumSet.noneOf(RecognitionType.class);
            for (JsonNode type : t.path("recognitionTypes")) {
                types.add(RecognitionType.fromValue(type.asText()));
            }
            transitionalUses.add(new RuleSet.TransitionalUse(types, date(t.path("period").path("start"), "/transitionalUses"),
                    optionalDate(t.path("period").path("end"), "/transitionalUses"), t.path("citation"),
                    strings(t.path("assumptions"))));
        }
        JsonNode qualification = node.path("qualification");
        return new RuleSet(text(node, "ruleSetId"), text(node, "ruleSetVersion"), node.path("title"),
                node.hasNonNull("tier") ? Tier.fromValue(node.get("tier").asText()) : null,
                node.hasNonNull("subject") ? node.get("subject").asText() : null, text(node, "regime"),
                date(node.path("effectivePeriod").path("start"), "/effectivePeriod/start"),
                optionalDate(node.path("effectivePeriod").path("end"), "/effectivePeriod/end"),
                List.copyOf(transitionalUses), Collections.unmodifiableMap(documents), List.copyOf(reuses),
                Collections.unmodifiableMap(parameters), List.copyOf(conditions),
                node.has("scoreTable") ? scoreTable(node.get("scoreTable")) : null, List.copyOf(directPaths),
                qualification.isMissingNode() ? null : expression(qualification.path("expression"), "/qualification/expression"),
                qualification.isMissingNode() ? null : qualification.path("citation"),
                node.has("sizeClassification") ? sizeClassification(node.get("sizeClassification")) : null,
                validityTerms(node.path("validityTerms")),
                node.has("indicatorSlot") ? indicatorSlot(node.get("indicatorSlot")) : null,
                node.has("nearMiss") ? nearMiss(node.get("nearMiss")) : null,
                Collections.unmodifiableMap(assumptions), source);
    }

    private RuleSet.Parameter parameter(JsonNode p, String at) {
        JsonNode value = p.path("value");
        return new RuleSet.Parameter(text(p, "id"), value.isNumber() ? value.decimalValue() : null, value,
                text(p, "unit"), date(p.path("effectiveFrom"), at + "/effectiveFrom"),
                optionalDate(p.path("effectiveTo"), at + "/effectiveTo"), p.path("citation"), strings(p.path("assumptions")));
    }

    private RuleTest test(JsonNode node, String at) {
        if (node.has("metric")) {
            if (node.has("parameter") == node.has("value")) {
                throw error(at, "a comparison needs exactly one of parameter and value");
            }
            return new RuleTest.Compare(node.get("metric").asText(), node.hasNonNull("key") ? node.get("key").asText() : null,
                    text(node, "op"), node.hasNonNull("parameter") ? node.get("parameter").asText() : null,
                    node.has("value") ? node.get("value").decimalValue() : null);
        }
        if (node.has("allOf")) {
            return new RuleTest.AllOf(tests(node.get("allOf"), at + "/allOf"));
        }
        if (node.has("anyOf")) {
            return new RuleTest.AnyOf(tests(node.get("anyOf"), at + "/anyOf"));
        }
        if (node.has("not")) {
            return new RuleTest.Not(test(node.get("not"), at + "/not"));
        }
        if (node.has("fact")) {
            if (node.has("equals") == node.has("in")) {
                throw error(at, "a fact test needs exactly one of equals and in");
            }
            return new RuleTest.Fact(node.get("fact").asText(), node.has("equals") ? node.get("equals") : null,
                    node.has("in") ? strings(node.get("in")) : null);
        }
        if (node.has("hasDesignation")) {
            JsonNode h = node.get("hasDesignation");
            Set<Tier> tiers = EnumSet.noneOf(Tier.class);
            for (JsonNode tier : h.path("tiers")) {
                tiers.add(Tier.fromValue(tier.asText()));
            }
            Set<Level> levels = EnumSet.noneOf(Level.class);
            for (JsonNode level : h.path("levels")) {
                levels.add(Level.fromValue(level.asText()));
            }
            return new RuleTest.HasDesignation(Collections.unmodifiableSet(tiers), Collections.unmodifiableSet(levels));
        }
        if (node.has("sizeClassIn")) {
            Set<SizeClass> classes = EnumSet.noneOf(SizeClass.class);
            for (JsonNode sizeClass : node.get("sizeClassIn")) {
                classes.add(SizeClass.fromValue(sizeClass.asText()));
            }
            return new RuleTest.SizeClassIn(Collections.unmodifiableSet(classes));
        }
        if (node.has("recognitionType")) {
            return new RuleTest.Recognition(RecognitionType.fromValue(node.get("recognitionType").asText()));
        }
        if (node.path("always").asBoolean(false)) {
            return new RuleTest.Always();
        }
        throw error(at, "not a test of README §5");
    }

    private List<RuleTest> tests(JsonNode array, String at) {
        List<RuleTest> tests = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            tests.add(test(array.get(i), at + "/" + i));
        }
        return List.copyOf(tests);
    }

    private Expression expression(JsonNode node, String at) {
        if (node.has("ref")) {
            return new Expression.Ref(node.get("ref").asText());
        }
        boolean all = node.has("allOf");
        JsonNode array = all ? node.get("allOf") : node.path("anyOf");
        if (!array.isArray()) {
            throw error(at, "not a qualification expression of README §7.3");
        }
        List<Expression> members = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            members.add(expression(array.get(i), at + (all ? "/allOf/" : "/anyOf/") + i));
        }
        return all ? new Expression.AllOf(List.copyOf(members)) : new Expression.AnyOf(List.copyOf(members));
    }

    private RuleSet.ScoreTable scoreTable(JsonNode node) {
        List<RuleSet.Group> groups = new ArrayList<>();
        JsonNode groupNodes = node.path("groups");
        for (int g = 0; g < groupNodes.size(); g++) {
            JsonNode group = groupNodes.get(g);
            groups.add(new RuleSet.Group(text(group, "id"), group.path("title"), group.path("maxPoints").asInt(),
                    group.path("citation"), indicators(group.path("indicators"), "/scoreTable/groups/" + g + "/indicators")));
        }
        List<RuleSet.Threshold> minimums = new ArrayList<>();
        for (JsonNode minimum : node.path("minimums")) {
            minimums.add(threshold(minimum));
        }
        return new RuleSet.ScoreTable(node.path("title"), node.path("maxPoints").asInt(), node.path("citation"),
                List.copyOf(groups), threshold(node.path("passMark")), List.copyOf(minimums),
                strings(node.path("assumptions")));
    }

    private RuleSet.Threshold threshold(JsonNode node) {
        return new RuleSet.Threshold(node.hasNonNull("target") ? node.get("target").asText() : null, text(node, "op"),
                text(node, "parameter"), node.path("citation"), strings(node.path("assumptions")));
    }

    private List<Indicator> indicators(JsonNode array, String at) {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            indicators.add(indicator(array.get(i), at + "/" + i));
        }
        return List.copyOf(indicators);
    }

    private Indicator indicator(JsonNode node, String at) {
        String method = text(node, "method");
        List<Indicator.Band> bands = new ArrayList<>();
        for (JsonNode band : node.path("bands")) {
            int[] points = points(band, at + "/bands");
            bands.add(new Indicator.Band(text(band, "label"), band.has("lower") ? band.get("lower").decimalValue() : null,
                    band.path("lowerInclusive").asBoolean(false), band.has("upper") ? band.get("upper").decimalValue() : null,
                    band.path("upperInclusive").asBoolean(false), points[0], points[1], band.path("citation"),
                    strings(band.path("assumptions"))));
        }
        List<Indicator.Case> cases = new ArrayList<>();
        JsonNode caseNodes = node.path("cases");
        for (int i = 0; i < caseNodes.size(); i++) {
            JsonNode c = caseNodes.get(i);
            int[] points = points(c, at + "/cases/" + i);
            cases.add(new Indicator.Case(text(c, "label"), test(c.path("test"), at + "/cases/" + i + "/test"), points[0],
                    points[1], c.path("citation"), strings(c.path("assumptions"))));
        }
        List<Indicator.Item> items = new ArrayList<>();
        JsonNode itemNodes = node.path("items");
        for (int i = 0; i < itemNodes.size(); i++) {
            JsonNode item = itemNodes.get(i);
            items.add(new Indicator.Item(text(item, "id"), item.hasNonNull("label") ? item.get("label").asText() : null,
                    test(item.path("test"), at + "/items/" + i + "/test"), item.path("citation")));
        }
        Indicator.InputSource input = null;
        if (node.has("input")) {
            JsonNode source = node.get("input");
            input = new Indicator.InputSource(optionalText(source, "fact"), optionalText(source, "metric"),
                    optionalText(source, "slot"));
            int given = (input.fact() != null ? 1 : 0) + (input.metric() != null ? 1 : 0) + (input.slot() != null ? 1 : 0);
            if (given != 1) {
                throw error(at + "/input", "an input gives exactly one of fact, metric and slot");
            }
        }
        JsonNode range = node.path("range");
        Indicator indicator = new Indicator(text(node, "id"), optionalText(node, "number"), node.path("title"),
                node.path("maxPoints").asInt(), method, optionalText(node, "metric"), optionalText(node, "key"),
                List.copyOf(bands), List.copyOf(cases), List.copyOf(items), node.path("pointsPerItem").asInt(0),
                node.has("stepSize") ? node.get("stepSize").decimalValue() : null, node.path("pointsPerStep").asInt(0),
                node.path("cap").asInt(0), indicators(node.path("indicators"), at + "/indicators"), input,
                range.path(0).asInt(0), range.path(1).asInt(0),
                node.has("fallback") ? indicator(node.get("fallback"), at + "/fallback") : null, node.path("citation"),
                strings(node.path("assumptions")));
        checkMethodFields(indicator, at);
        return indicator;
    }

    /** README §10 rule 4: an indicator has the fields of its method. */
    private void checkMethodFields(Indicator indicator, String at) {
        boolean ok = switch (indicator.method()) {
            case Indicator.BANDS -> indicator.metric() != null && !indicator.bands().isEmpty();
            case Indicator.FIRST_MATCH -> !indicator.cases().isEmpty()
                    && indicator.cases().get(indicator.cases().size() - 1).test() instanceof RuleTest.Always;
            case Indicator.PER_ITEM -> !indicator.items().isEmpty();
            case Indicator.STEPS -> indicator.metric() != null && indicator.stepSize() != null
                    && indicator.stepSize().signum() > 0;
            case Indicator.MAX_OF -> indicator.indicators().size() >= 2;
            case Indicator.INPUT -> indicator.input() != null && indicator.rangeLow() <= indicator.rangeHigh();
            default -> false;
        };
        if (!ok) {
            throw error(at, "indicator " + indicator.id() + " lacks the fields of method " + indicator.method());
        }
    }

    private int[] points(JsonNode node, String at) {
        if (node.has("points") == node.has("pointsRange")) {
            throw error(at, "exactly one of points and pointsRange");
        }
        if (node.has("points")) {
            int points = node.get("points").asInt();
            return new int[] {points, points};
        }
        int low = node.get("pointsRange").path(0).asInt();
        int high = node.get("pointsRange").path(1).asInt();
        if (low > high) {
            throw error(at, "pointsRange minimum above its maximum");
        }
        return new int[] {low, high};
    }

    private RuleSet.SizeClassification sizeClassification(JsonNode node) {
        List<RuleSet.SizeCategory> categories = new ArrayList<>();
        for (JsonNode category : node.path("categories")) {
            List<RuleSet.SizeBounds> classes = new ArrayList<>();
            for (JsonNode bounds : category.path("classes")) {
                List<RuleSet.Bound> lowerBounds = new ArrayList<>();
                for (JsonNode bound : bounds.path("lowerBounds")) {
                    lowerBounds.add(new RuleSet.Bound(text(bound, "metric"), text(bound, "parameter")));
                }
                classes.add(new RuleSet.SizeBounds(SizeClass.fromValue(text(bounds, "sizeClass")), List.copyOf(lowerBounds),
                        bounds.path("citation")));
            }
            categories.add(new RuleSet.SizeCategory(text(category, "id"), category.path("title"),
                    strings(category.path("industryCodes")), List.copyOf(classes), category.path("citation"),
                    strings(category.path("assumptions"))));
        }
        List<RuleSet.NotCovered> notCovered = new ArrayList<>();
        for (JsonNode entry : node.path("notCovered")) {
            notCovered.add(new RuleSet.NotCovered(text(entry, "id"), entry.path("title"), strings(entry.path("industryCodes")),
                    entry.path("citation"), strings(entry.path("assumptions"))));
        }
        return new RuleSet.SizeClassification(List.copyOf(categories), List.copyOf(notCovered), node.path("citation"),
                strings(node.path("assumptions")));
    }

    private List<RuleSet.ValidityTerm> validityTerms(JsonNode array) {
        List<RuleSet.ValidityTerm> terms = new ArrayList<>();
        for (JsonNode term : array) {
            terms.add(new RuleSet.ValidityTerm(Tier.fromValue(text(term, "tier")), text(term, "regime"),
                    text(term, "termYearsParameter"), optionalText(term, "reviewExtensionYearsParameter"),
                    term.path("citation"), strings(term.path("assumptions"))));
        }
        return List.copyOf(terms);
    }

    private RuleSet.IndicatorSlot indicatorSlot(JsonNode node) {
        return new RuleSet.IndicatorSlot(text(node, "slotId"), optionalText(node, "jurisdiction"),
                node.path("maxPoints").asInt(), indicators(node.path("indicators"), "/indicatorSlot/indicators"),
                node.path("citation"), strings(node.path("assumptions")));
    }

    private RuleSet.NearMiss nearMiss(JsonNode node) {
        return new RuleSet.NearMiss(Tier.fromValue(text(node, "defaultTargetTier")), node.path("citation"),
                strings(node.path("assumptions")));
    }

    private String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw error("", "missing " + field);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : array) {
            strings.add(element.asText());
        }
        return List.copyOf(strings);
    }

    private LocalDate date(JsonNode node, String at) {
        LocalDate date = optionalDate(node, at);
        if (date == null) {
            throw error(at, "missing date");
        }
        return date;
    }

    private LocalDate optionalDate(JsonNode node, String at) {
        if (node == null || node instanceof MissingNode || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw error(at, "not a date: " + node.asText());
        }
    }

    private OpenSrdiException error(String pointer, String message) {
        return new OpenSrdiException(source + (pointer.isEmpty() ? "" : " " + pointer) + ": " + message);
    }
}
