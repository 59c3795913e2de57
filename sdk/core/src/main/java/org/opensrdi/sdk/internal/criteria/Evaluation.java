package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensrdi.model.Designation;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.SizeClass;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * One evaluation of one enterprise on one as-of date: the interpreter of README §§4–8 over the
 * enterprise record, with every read, parameter and decision recorded in its {@link Trace}. Not
 * thread-safe; made per call. Internal, not API.
 */
final class Evaluation {

    /** The result of a size classification (README §8.1). */
    record Size(String result, List<String> possible, String category) {

        static final String NOT_COVERED = "NOT_COVERED";
        static final String UNDETERMINED = "UNDETERMINED";
    }

    /** Points [low, high] with the label of the band or case that gave them. */
    record Points(int low, int high, String label) {
    }

    /** The evaluated points table. */
    record Score(Tri value, Outcomes.Points total, List<Outcomes.Points> indicators, List<Outcomes.Points> groups) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final RuleLibrary library;
    private final ObjectMapper mapper;
    private final EnterpriseData data;
    private final Trace trace;
    private final List<Designation> designations;
    private final RecognitionType recognition;
    private final Map<String, MetricValue> metrics = new HashMap<>();
    private Size size;

    /**
     * @param library the rule sets
     * @param mapper the mapper for designations in the trace
     * @param enterprise the enterprise record as JSON
     * @param asOf the as-of date
     * @param designations the enterprise's designations, or null when the caller supplied none
     * @param recognition the recognition type
     * @param trace the trace to write
     */
    Evaluation(RuleLibrary library, ObjectMapper mapper, JsonNode enterprise, LocalDate asOf,
            List<Designation> designations, RecognitionType recognition, Trace trace) {
        this.library = library;
        this.mapper = mapper;
        this.trace = trace;
        this.data = new EnterpriseData(enterprise, asOf, trace);
        this.designations = designations;
        this.recognition = recognition;
    }

    Trace trace() {
        return trace;
    }

    LocalDate asOf() {
        return data.asOf();
    }

    // ---------------------------------------------------------------- tests (README §5)

    /**
     * The value of a test, its rendering appended to {@code out}.
     *
     * @param test the test
     * @param owner the rule set it was written in (parameters are looked up there)
     * @param out where the test is written with its values
     * @return true, false or unknown
     */
    Tri test(RuleTest test, RuleSet owner, Out out) {
        if (test instanceof RuleTest.Compare compare) {
            return compare(compare, owner, out);
        }
        if (test instanceof RuleTest.AllOf all) {
            return combine("allOf", all.tests(), true, owner, out);
        }
        if (test instanceof RuleTest.AnyOf any) {
            return combine("anyOf", any.tests(), false, owner, out);
        }
        if (test instanceof RuleTest.Not not) {
            out.append("not(");
            Tri value = test(not.test(), owner, out).not();
            out.append(") → ").append(value);
            return value;
        }
        if (test instanceof RuleTest.Fact fact) {
            return fact(fact, out);
        }
        if (test instanceof RuleTest.HasDesignation has) {
            return hasDesignation(has, out);
        }
        if (test instanceof RuleTest.SizeClassIn in) {
            return sizeClassIn(in, out);
        }
        if (test instanceof RuleTest.Recognition type) {
            Tri value = Tri.of(type.type() == recognition);
            out.append("recognitionType ").append(recognition).append(" == ").append(type.type()).append(" → ").append(value);
            return value;
        }
        out.append("always → TRUE");
        return Tri.TRUE;
    }

    private Tri combine(String name, List<RuleTest> tests, boolean all, RuleSet owner, Out out) {
        out.append(name).append('[');
        Tri value = all ? Tri.TRUE : Tri.FALSE;
        for (int i = 0; i < tests.size(); i++) {
            if (i > 0) {
                out.append("; ");
            }
            Tri member = test(tests.get(i), owner, out);
            value = all ? value.and(member) : value.or(member);
        }
        out.append("] → ").append(value);
        return value;
    }

    private Tri compare(RuleTest.Compare compare, RuleSet owner, Out out) {
        MetricValue metric = metric(compare.metric(), compare.key());
        BigDecimal threshold = compare.parameter() != null ? parameter(owner, compare.parameter()).value()
                : compare.value();
        Tri value = metric.compare(compare.op(), threshold);
        if (!out.on()) {
            return value;
        }
        String thresholdText = compare.parameter() != null ? compare.parameter() + " " + Ratio.plain(threshold)
                : Ratio.plain(threshold);
        out.append(compare.metric());
        if (compare.key() != null) {
            out.append('[').append(compare.key()).append(']');
        }
        out.append(" (").append(describe(metric)).append(") ").append(compare.op()).append(' ').append(thresholdText)
                .append(" → ").append(value);
        return value;
    }

    /** A parameter in force at the owner's rule date, recorded in the trace. */
    RuleSet.Parameter parameter(RuleSet owner, String id) {
        RuleSet.Parameter parameter = owner.parameter(id, owner.ruleDate(data.asOf()));
        if (parameter.value() == null) {
            throw new OpenSrdiException(owner.source() + ": parameter " + id + " is not a number");
        }
        trace.parameter(owner, parameter);
        return parameter;
    }

    /** A metric, computed once per evaluation; an undefined one is reported once. */
    MetricValue metric(String code, String key) {
        String cacheKey = key == null ? code : code + "|" + key;
        MetricValue value = metrics.get(cacheKey);
        if (value == null) {
            value = Metrics.compute(code, key, data);
            metrics.put(cacheKey, value);
            if (value.state() == MetricValue.State.UNDEFINED) {
                trace.finding("UNDEFINED", code, value.formula() + ": division by zero");
            }
        }
        return value;
    }

    private static String describe(MetricValue metric) {
        return switch (metric.state()) {
            case KNOWN -> metric.formula() == null ? metric.display() : metric.formula() + " = " + metric.display();
            case MISSING -> "no value: input missing";
            default -> metric.formula() + ": undefined";
        };
    }

    private Tri fact(RuleTest.Fact fact, Out out) {
        JsonNode value = data.fact(fact.path());
        out.append(fact.path());
        if (value == null) {
            out.append(" absent → UNKNOWN");
            return Tri.UNKNOWN;
        }
        Tri result;
        if (fact.in() != null) {
            result = Tri.of(value.isValueNode() && fact.in().contains(value.asText()));
            out.append(" = ").append(value).append(" in ").append(fact.in());
        } else {
            JsonNode expected = fact.equalsValue();
            boolean equal = value.isNumber() && expected.isNumber()
                    ? value.decimalValue().compareTo(expected.decimalValue()) == 0 : value.equals(expected);
            result = Tri.of(equal);
            out.append(" = ").append(value).append(" == ").append(expected);
        }
        out.append(" → ").append(result);
        return result;
    }

    private Tri hasDesignation(RuleTest.HasDesignation has, Out out) {
        out.append("hasDesignation(").append(has.tiers());
        if (!has.levels().isEmpty()) {
            out.append(" at ").append(has.levels());
        }
        out.append(" on ").append(data.asOf()).append(')');
        if (designations == null) {
            trace.missingInput("designations", null);
            out.append(": designations not supplied → UNKNOWN");
            return Tri.UNKNOWN;
        }
        for (int i = 0; i < designations.size(); i++) {
            Designation designation = designations.get(i);
            if (!has.tiers().contains(designation.getTier())
                    || !has.levels().isEmpty() && !has.levels().contains(designation.getLevel())) {
                continue;
            }
            if (holding(designation) != Terms.Holding.NOT_HELD) {
                String name = "designations[" + i + "]";
                trace.input(name, mapper.valueToTree(designation), null);
                out.append(": ").append(designation.getId() != null ? designation.getId() : name).append(' ')
                        .append(designation.getTier()).append(" → TRUE");
                return Tri.TRUE;
            }
        }
        out.append(": none of ").append(designations.size()).append(" held → FALSE");
        return Tri.FALSE;
    }

    /** How a designation stands on the as-of date, its term computed when not given. */
    Terms.Holding holding(Designation designation) {
        LocalDate end = designation.getTermEnd();
        if (end == null) {
            end = Terms.compute(library.subject(RuleSet.VALIDITY_TERMS, data.asOf()).orElse(null),
                    library.regimeOn(designation.getDesignationDate()), designation, null).map(Terms.Computed::end).orElse(null);
        }
        return Terms.holding(designation, data.asOf(), end);
    }

    private Tri sizeClassIn(RuleTest.SizeClassIn in, Out out) {
        Size size = size();
        Set<String> listed = in.classes().stream().map(SizeClass::toString).collect(Collectors.toSet());
        Tri value;
        if (Size.UNDETERMINED.equals(size.result())) {
            long inList = size.possible().stream().filter(listed::contains).count();
            value = inList == size.possible().size() ? Tri.TRUE : inList == 0 ? Tri.FALSE : Tri.UNKNOWN;
        } else {
            value = Tri.of(listed.contains(size.result()));
        }
        out.append("size class ").append(size.result());
        if (Size.UNDETERMINED.equals(size.result())) {
            out.append(' ').append(size.possible());
        }
        out.append(" in ").append(in.classes()).append(" → ").append(value);
        return value;
    }

    // ---------------------------------------------------------------- size (README §8.1)

    /** The size class on the as-of date, classified once per evaluation. */
    Size size() {
        if (size == null) {
            RuleSet sizeSet = library.subject(RuleSet.SIZE_CLASS, data.asOf()).orElseThrow(() -> new OpenSrdiException(
                    "No SIZE_CLASS rule set applies on " + data.asOf()));
            size = classify(sizeSet);
        }
        return size;
    }

    private Size classify(RuleSet sizeSet) {
        RuleSet.SizeClassification classification = sizeSet.sizeClassification();
        trace.assumptions(classification.assumptions());
        JsonNode industry = data.fact("industryCode");
        String code = industry == null ? null : industry.asText();
        String bestCode = "";
        RuleSet.SizeCategory category = null;
        RuleSet.NotCovered notCovered = null;
        if (code != null) {
            for (RuleSet.SizeCategory candidate : classification.categories()) {
                for (String prefix : candidate.industryCodes()) {
                    if (code.startsWith(prefix) && prefix.length() > bestCode.length()) {
                        bestCode = prefix;
                        category = candidate;
                        notCovered = null;
                    }
                }
            }
            for (RuleSet.NotCovered candidate : classification.notCovered()) {
                for (String prefix : candidate.industryCodes()) {
                    if (code.startsWith(prefix) && prefix.length() > bestCode.length()) {
                        bestCode = prefix;
                        category = null;
                        notCovered = candidate;
                    }
                }
            }
        }
        List<String> all = List.of("LARGE", "MEDIUM", "SMALL", "MICRO", Size.NOT_COVERED);
        if (notCovered != null) {
            trace.assumptions(notCovered.assumptions());
            if (trace.recording()) {
                trace.step("size/industry", notCovered.title(), code + " → " + bestCode + " → " + notCovered.id(),
                        JSON.textNode(Size.NOT_COVERED), sizeSet, notCovered.citation());
            }
            return new Size(Size.NOT_COVERED, List.of(Size.NOT_COVERED), notCovered.id());
        }
        if (category == null) {
            trace.finding("UNKNOWN_INDUSTRY", "industryCode", code == null ? "absent" : code + " matches no industry");
            if (trace.recording()) {
                trace.step("size/industry", Trace.text("划型行业", "Size-class industry"),
                        code == null ? "industryCode absent" : code + " matches no industry code", JSON.textNode("UNKNOWN"),
                        sizeSet, classification.citation());
            }
            return new Size(Size.UNDETERMINED, all, null);
        }
        trace.assumptions(category.assumptions());
        if (trace.recording()) {
            trace.step("size/industry", category.title(), code + " → " + bestCode + " → " + category.id(),
                    JSON.textNode(category.id()), sizeSet, category.citation());
        }
        List<String> possible = new ArrayList<>();
        for (RuleSet.SizeBounds bounds : category.classes()) {
            Out out = Out.of(trace);
            Tri value = Tri.TRUE;
            for (RuleSet.Bound bound : bounds.bounds()) {
                if (out.length() > 0) {
                    out.append("; ");
                }
                value = value.and(compare(new RuleTest.Compare(bound.metric(), null, ">=", bound.parameter(), null),
                        sizeSet, out));
            }
            String sizeClass = bounds.sizeClass().toString();
            if (trace.recording()) {
                trace.step("size/" + sizeClass, Trace.text(sizeClass + " 下限", sizeClass + " lower bounds"),
                        out.toString(), JSON.textNode(value.toString()), sizeSet, bounds.citation());
            }
            if (value == Tri.UNKNOWN) {
                possible.add(sizeClass);
            } else if (value == Tri.TRUE) {
                if (possible.isEmpty()) {
                    return decided(sizeClass, category, sizeSet);
                }
                possible.add(sizeClass);
                return undetermined(possible, category, sizeSet);
            }
        }
        if (possible.isEmpty()) {
            return decided("MICRO", category, sizeSet);
        }
        possible.add("MICRO");
        return undetermined(possible, category, sizeSet);
    }

    private Size decided(String sizeClass, RuleSet.SizeCategory category, RuleSet sizeSet) {
        if (trace.recording()) {
            trace.step("size/class", Trace.text("企业规模类型", "Size class"), null, JSON.textNode(sizeClass), sizeSet,
                    sizeSet.sizeClassification().citation());
        }
        return new Size(sizeClass, List.of(sizeClass), category.id());
    }

    private Size undetermined(List<String> possible, RuleSet.SizeCategory category, RuleSet sizeSet) {
        ArrayNode result = JSON.arrayNode();
        possible.forEach(result::add);
        if (trace.recording()) {
            trace.step("size/class", Trace.text("企业规模类型（待定，可能类型）", "Size class (undetermined; possible classes)"),
                    null, result, sizeSet, sizeSet.sizeClassification().citation());
        }
        return new Size(Size.UNDETERMINED, List.copyOf(possible), category.id());
    }

    // ---------------------------------------------------------------- score tables (README §6)

    /**
     * Evaluates a points table: indicators, groups, total and the pass mark and minimums.
     *
     * @param table the table
     * @param owner the rule set it was written in
     * @return the points and whether the table passes
     */
    Score score(RuleSet.ScoreTable table, RuleSet owner) {
        trace.assumptions(table.assumptions());
        List<Outcomes.Points> indicators = new ArrayList<>();
        List<Outcomes.Points> groups = new ArrayList<>();
        Map<String, Points> byId = new HashMap<>();
        int totalLow = 0;
        int totalHigh = 0;
        for (RuleSet.Group group : table.groups()) {
            int low = 0;
            int high = 0;
            List<String> terms = new ArrayList<>();
            for (Indicator indicator : group.indicators()) {
                Points points = indicator(indicator, owner);
                indicators.add(new Outcomes.Points(indicator.id(), indicator.number(), group.id(), points.label(),
                        points.low(), points.high()));
                byId.put(indicator.id(), points);
                low += points.low();
                high += points.high();
                if (trace.recording()) {
                    terms.add(interval(points.low(), points.high()));
                }
            }
            Points groupPoints = new Points(Math.min(low, group.maxPoints()), Math.min(high, group.maxPoints()), null);
            byId.put(group.id(), groupPoints);
            groups.add(new Outcomes.Points(group.id(), null, null, null, groupPoints.low(), groupPoints.high()));
            if (trace.recording()) {
                trace.step("group/" + group.id(), group.title(), "min(" + String.join(" + ", terms) + ", "
                        + group.maxPoints() + ") = " + interval(groupPoints.low(), groupPoints.high()),
                        pointsJson(groupPoints), owner, group.citation());
            }
            totalLow += groupPoints.low();
            totalHigh += groupPoints.high();
        }
        Points total = new Points(totalLow, totalHigh, null);
        if (trace.recording()) {
            trace.step("total", table.title().hasNonNull("zh") ? table.title() : Trace.text("总分", "Total points"),
                groups.stream().map(g -> interval(g.low(), g.high())).collect(Collectors.joining(" + ")) + " = "
                        + interval(totalLow, totalHigh), pointsJson(total), owner, table.citation());
        }
        Tri value = threshold(table.passMark(), total, owner, "score/passMark");
        for (RuleSet.Threshold minimum : table.minimums()) {
            value = value.and(threshold(minimum, byId.get(minimum.target()), owner, "score/minimum/" + minimum.target()));
        }
        if (trace.recording()) {
            trace.step(Expression.SCORE, Trace.text("评价得分是否达标", "Whether the points pass"), null,
                    JSON.textNode(value.toString()), owner, table.passMark().citation());
        }
        return new Score(value, new Outcomes.Points(Expression.SCORE, null, null, null, totalLow, totalHigh),
                List.copyOf(indicators), List.copyOf(groups));
    }

    /** “points OP parameter” on an interval: true if the lowest passes, false if the highest fails (README §6.2). */
    private Tri threshold(RuleSet.Threshold threshold, Points points, RuleSet owner, String stepId) {
        RuleSet.Parameter parameter = parameter(owner, threshold.parameter());
        trace.assumptions(threshold.assumptions());
        BigDecimal mark = parameter.value();
        BigDecimal low = BigDecimal.valueOf(points.low());
        BigDecimal high = BigDecimal.valueOf(points.high());
        Tri value;
        switch (threshold.op()) {
            case ">=" -> value = low.compareTo(mark) >= 0 ? Tri.TRUE : high.compareTo(mark) < 0 ? Tri.FALSE : Tri.UNKNOWN;
            case ">" -> value = low.compareTo(mark) > 0 ? Tri.TRUE : high.compareTo(mark) <= 0 ? Tri.FALSE : Tri.UNKNOWN;
            case "!=" -> value = low.compareTo(mark) > 0 || high.compareTo(mark) < 0 ? Tri.TRUE
                    : low.compareTo(high) == 0 ? Tri.FALSE : Tri.UNKNOWN;
            default -> throw new OpenSrdiException(owner.source() + ": threshold operator " + threshold.op());
        }
        if (!trace.recording()) {
            return value;
        }
        String target = threshold.target() == null ? "total" : threshold.target();
        trace.step(stepId, Trace.text(target + " " + threshold.op() + " " + threshold.parameter(),
                target + " " + threshold.op() + " " + threshold.parameter()),
                target + " " + interval(points.low(), points.high()) + " " + threshold.op() + " " + threshold.parameter()
                        + " " + Ratio.plain(mark) + " → " + value, JSON.textNode(value.toString()), owner, threshold.citation());
        return value;
    }

    /** The points of an indicator (README §6.1), with a step in the trace. */
    Points indicator(Indicator indicator, RuleSet owner) {
        trace.assumptions(indicator.assumptions());
        Out out = Out.of(trace);
        Points points = switch (indicator.method()) {
            case Indicator.BANDS -> bands(indicator, out);
            case Indicator.FIRST_MATCH -> firstMatch(indicator, owner, out);
            case Indicator.PER_ITEM -> perItem(indicator, owner, out);
            case Indicator.STEPS -> steps(indicator, out);
            case Indicator.MAX_OF -> maxOf(indicator, owner, out);
            default -> input(indicator, owner, out);
        };
        if (trace.recording()) {
            trace.step("indicator/" + indicator.id(), indicator.title(), out.toString(), pointsJson(points), owner,
                    indicator.citation());
        }
        return points;
    }

    private Points bands(Indicator indicator, Out out) {
        MetricValue metric = metric(indicator.metric(), indicator.key());
        if (out.on()) {
            out.append(indicator.metric()).append(" (").append(describe(metric)).append(')');
        }
        if (!metric.known()) {
            indicator.bands().forEach(b -> trace.assumptions(b.assumptions()));
            int low = indicator.bands().stream().mapToInt(Indicator.Band::low).min().orElse(0);
            int high = indicator.bands().stream().mapToInt(Indicator.Band::high).max().orElse(0);
            out.append(" → any band ").append(interval(low, high));
            return new Points(low, high, null);
        }
        for (Indicator.Band band : indicator.bands()) {
            boolean aboveLower = band.lower() == null || (band.lowerInclusive() ? metric.signAgainst(band.lower()) >= 0
                    : metric.signAgainst(band.lower()) > 0);
            boolean belowUpper = band.upper() == null || (band.upperInclusive() ? metric.signAgainst(band.upper()) <= 0
                    : metric.signAgainst(band.upper()) < 0);
            if (aboveLower && belowUpper) {
                trace.assumptions(band.assumptions());
                if (out.on()) {
                    out.append(" in ").append(bandText(band)).append(" → band ").append(band.label()).append(' ')
                            .append(interval(band.low(), band.high()));
                }
                return new Points(band.low(), band.high(), band.label());
            }
        }
        throw new OpenSrdiException("Rule data error: no band of " + indicator.id() + " contains " + metric.display());
    }

    private static String bandText(Indicator.Band band) {
        return (band.lower() == null ? "(−∞" : (band.lowerInclusive() ? "[" : "(") + Ratio.plain(band.lower())) + ", "
                + (band.upper() == null ? "+∞)" : Ratio.plain(band.upper()) + (band.upperInclusive() ? "]" : ")"));
    }

    private Points firstMatch(Indicator indicator, RuleSet owner, Out out) {
        List<Indicator.Case> collected = new ArrayList<>();
        for (Indicator.Case c : indicator.cases()) {
            Out caseOut = out.sibling();
            Tri value = test(c.test(), owner, caseOut);
            out.append(out.length() > 0 ? "; " : "").append(c.label()).append(": ").append(caseOut);
            if (value == Tri.FALSE) {
                continue;
            }
            collected.add(c);
            trace.assumptions(c.assumptions());
            if (value == Tri.TRUE) {
                break;
            }
        }
        int low = collected.stream().mapToInt(Indicator.Case::low).min().orElse(0);
        int high = collected.stream().mapToInt(Indicator.Case::high).max().orElse(0);
        String label = collected.stream().map(Indicator.Case::label).collect(Collectors.joining("|"));
        if (out.on()) {
            out.append(" → ").append(label).append(' ').append(interval(low, high));
        }
        return new Points(low, high, label.isEmpty() ? null : label);
    }

    private Points perItem(Indicator indicator, RuleSet owner, Out out) {
        int met = 0;
        int unknown = 0;
        List<String> labels = new ArrayList<>();
        for (Indicator.Item item : indicator.items()) {
            Out itemOut = out.sibling();
            Tri value = test(item.test(), owner, itemOut);
            out.append(out.length() > 0 ? "; " : "").append(item.label() != null ? item.label() : item.id()).append(": ")
                    .append(itemOut);
            if (value == Tri.TRUE) {
                met++;
                labels.add(item.label() != null ? item.label() : item.id());
            } else if (value == Tri.UNKNOWN) {
                unknown++;
            }
        }
        int low = Math.min(met * indicator.pointsPerItem(), indicator.cap());
        int high = Math.min((met + unknown) * indicator.pointsPerItem(), indicator.cap());
        if (out.on()) {
            out.append(" → ").append(met).append(" met, ").append(unknown).append(" unknown: min(n × ")
                    .append(indicator.pointsPerItem()).append(", ").append(indicator.cap()).append(") = ")
                    .append(interval(low, high));
        }
        return new Points(low, high, labels.isEmpty() ? null : String.join("+", labels));
    }

    private Points steps(Indicator indicator, Out out) {
        MetricValue metric = metric(indicator.metric(), indicator.key());
        if (out.on()) {
            out.append(indicator.metric()).append(" (").append(describe(metric)).append(')');
        }
        if (!metric.known()) {
            out.append(" → ").append(interval(0, indicator.cap()));
            return new Points(0, indicator.cap(), null);
        }
        Ratio value = metric.ratio();
        BigDecimal steps = value.numerator().divide(value.denominator().multiply(indicator.stepSize()), 0,
                RoundingMode.FLOOR).max(BigDecimal.ZERO);
        int points = steps.multiply(BigDecimal.valueOf(indicator.pointsPerStep()))
                .min(BigDecimal.valueOf(indicator.cap())).intValueExact();
        if (out.on()) {
            out.append(" → min(⌊").append(value.display()).append(" / ").append(Ratio.plain(indicator.stepSize()))
                    .append("⌋ × ").append(indicator.pointsPerStep()).append(", ").append(indicator.cap()).append(") = ")
                    .append(points);
        }
        return new Points(points, points, null);
    }

    private Points maxOf(Indicator indicator, RuleSet owner, Out out) {
        int low = 0;
        int high = 0;
        String best = null;
        for (Indicator sub : indicator.indicators()) {
            Points points = indicator(sub, owner);
            if (out.on()) {
                out.append(out.length() > 0 ? "; " : "").append(sub.id()).append(' ')
                        .append(interval(points.low(), points.high()));
            }
            if (best == null || points.high() > high) {
                best = sub.id() + (points.label() != null ? ":" + points.label() : "");
            }
            low = Math.max(low, points.low());
            high = Math.max(high, points.high());
        }
        if (out.on()) {
            out.append(" → max = ").append(interval(low, high)).append(" (").append(best).append(')');
        }
        return new Points(low, high, best);
    }

    private Points input(Indicator indicator, RuleSet owner, Out out) {
        Indicator.InputSource source = indicator.input();
        if (source.slot() != null) {
            return slot(indicator, source.slot(), out);
        }
        BigDecimal given = null;
        String name;
        if (source.fact() != null) {
            name = source.fact();
            JsonNode value = data.fact(source.fact());
            given = value != null && value.isNumber() ? value.decimalValue() : null;
        } else {
            name = source.metric();
            MetricValue metric = metric(source.metric(), null);
            given = metric.known() && metric.ratio().isInteger()
                    ? metric.ratio().numerator().divide(metric.ratio().denominator(), 0, RoundingMode.UNNECESSARY) : null;
        }
        if (given != null && (given.stripTrailingZeros().scale() > 0 || given.compareTo(BigDecimal.valueOf(indicator.rangeLow())) < 0
                || given.compareTo(BigDecimal.valueOf(indicator.rangeHigh())) > 0)) {
            trace.finding("INPUT_OUT_OF_RANGE", indicator.id(), name + " = " + Ratio.plain(given) + " outside "
                    + interval(indicator.rangeLow(), indicator.rangeHigh()));
            out.append(name).append(" = ").append(Ratio.plain(given)).append(" outside the range, ignored; ");
            given = null;
        }
        if (given == null) {
            if (indicator.fallback() != null) {
                Points points = indicator(indicator.fallback(), owner);
                out.append(name).append(" absent → ").append(indicator.fallback().id()).append(' ')
                        .append(interval(points.low(), points.high()));
                return points;
            }
            out.append(name).append(" absent → ").append(interval(indicator.rangeLow(), indicator.rangeHigh()));
            return new Points(indicator.rangeLow(), indicator.rangeHigh(), null);
        }
        int points = given.intValueExact();
        out.append(name).append(" = ").append(points);
        if (indicator.fallback() != null) {
            // Checked apart, so that the fallback's reads do not count as needed inputs.
            Evaluation check = new Evaluation(library, mapper, data.root(), data.asOf(), designations, recognition,
                    new Trace());
            Points band = check.indicator(indicator.fallback(), owner);
            if (points < band.low() || points > band.high()) {
                trace.finding("INPUT_OUTSIDE_BAND", indicator.id(), name + " = " + points + " outside "
                        + indicator.fallback().id() + " " + interval(band.low(), band.high()));
                out.append(" (outside ").append(indicator.fallback().id()).append(' ')
                        .append(interval(band.low(), band.high())).append(", used as given)");
            }
        }
        return new Points(points, points, "INPUT");
    }

    /** A provincial slot (README §8.2): the province's indicators, else [0, maxPoints]. */
    private Points slot(Indicator indicator, String slotId, Out out) {
        JsonNode division = data.fact("divisionCode");
        String province = division != null && division.asText().length() >= 2 ? division.asText().substring(0, 2) + "0000"
                : null;
        RuleSet slotSet = library.slot(slotId, data.asOf(), province).orElse(null);
        if (slotSet == null || slotSet.indicatorSlot().indicators().isEmpty()) {
            int max = slotSet != null ? slotSet.indicatorSlot().maxPoints() : indicator.rangeHigh();
            if (slotSet != null) {
                trace.assumptions(slotSet.indicatorSlot().assumptions());
            }
            trace.finding("SLOT_NOT_DEFINED", indicator.id(), slotId + (slotSet == null ? ": no rule set"
                    : ": " + slotSet.key() + " defines no indicators") + " for " + province);
            out.append("slot ").append(slotId).append(slotSet != null ? " (" + slotSet.key() + ")" : "")
                    .append(" has no indicators → ").append(interval(0, max));
            return new Points(0, max, null);
        }
        RuleSet.IndicatorSlot slot = slotSet.indicatorSlot();
        trace.assumptions(slot.assumptions());
        int low = 0;
        int high = 0;
        for (Indicator provincial : slot.indicators()) {
            Points points = indicator(provincial, slotSet);
            low += points.low();
            high += points.high();
        }
        Points points = new Points(Math.min(low, slot.maxPoints()), Math.min(high, slot.maxPoints()), null);
        out.append("slot ").append(slotId).append(" (").append(slotSet.key()).append(") min(").append(interval(low, high))
                .append(", ").append(slot.maxPoints()).append(") = ").append(interval(points.low(), points.high()));
        return points;
    }

    static String interval(int low, int high) {
        return low == high ? Integer.toString(low) : "[" + low + ", " + high + "]";
    }

    static ObjectNode pointsJson(Points points) {
        ObjectNode result = JSON.objectNode();
        if (points.label() != null) {
            result.put("label", points.label());
        }
        result.set("points", JSON.arrayNode().add(points.low()).add(points.high()));
        return result;
    }
}
