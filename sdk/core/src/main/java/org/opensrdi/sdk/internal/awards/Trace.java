package org.opensrdi.sdk.internal.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.opensrdi.model.Assumption;
import org.opensrdi.model.Citation;
import org.opensrdi.model.Explanation;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.TraceInput;
import org.opensrdi.model.TraceParameter;
import org.opensrdi.model.TraceStep;

/**
 * Writes the explanation of one award line (explanation.schema.json): the inputs read, the
 * parameters with their dates and citation, the steps with the values put in, and the outcome.
 * Internal, not API.
 */
final class Trace {

    private final Explanation explanation;
    private final Citation citation;
    private final Window window;
    private int steps;

    Trace(String specVersion, CompiledPack pack, CompiledRule rule, Window window, LocalDate asOf, String uscc) {
        this.citation = rule.citation();
        this.window = window;
        this.explanation = new Explanation().specVersion(specVersion).calculator("award").ruleSet(pack.reference())
                .asOfDate(asOf).subject(uscc).addCitationsItem(rule.citation());
    }

    /** A value read from the data. */
    Trace input(String name, Object value, String pointer) {
        explanation.addInputsItem(new TraceInput().name(name).value(value).pointer(pointer));
        return this;
    }

    /** A value the calculation needed but the data does not have. */
    Trace missing(String name, String pointer) {
        explanation.addInputsItem(new TraceInput().name(name).pointer(pointer).missing(true));
        return this;
    }

    /** A parameter of the rule, dated by the rule's window and cited by the rule's citation. */
    Trace parameter(String id, Object value, String unit) {
        return parameter(id, value, unit, List.of());
    }

    /** A parameter that rests on assumptions. */
    Trace parameter(String id, Object value, String unit, List<Assumption> assumptions) {
        TraceParameter parameter = new TraceParameter().id(id).value(value).unit(unit).citation(citation)
                .effectiveFrom(window.start()).effectiveTo(window.end());
        if (assumptions.size() == 1) {
            parameter.assumption(assumptions.get(0));
        } else if (!assumptions.isEmpty()) {
            parameter.assumptions(List.copyOf(assumptions));
        }
        explanation.addParametersItem(parameter);
        return this;
    }

    /** A step; its id is its position and a short name. */
    Trace step(String name, String zh, String en, String expression, Object result) {
        steps++;
        explanation.addStepsItem(new TraceStep().id(steps + "-" + name).description(new LocalizedText().zh(zh).en(en))
                .expression(expression).result(result));
        return this;
    }

    /** The trace with its outcome. */
    Explanation finish(Object outcome) {
        return explanation.outcome(outcome);
    }

    /** A decimal as data writes it, without exponent. */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** An exact intermediate result without the trailing zeros a product accumulates (4999999.999, not 4999999.9990). */
    static String exact(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
