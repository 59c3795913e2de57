package org.opensrdi.sdk.internal.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensrdi.model.Assumption;
import org.opensrdi.model.Citation;
import org.opensrdi.model.Explanation;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.TraceInput;
import org.opensrdi.model.TraceParameter;
import org.opensrdi.model.TraceStep;

/** Collects the explanation of one target's progress, step by step. Internal, not API. */
final class Trace {

    /** The calculator name written into explanations. */
    static final String CALCULATOR = "progress";

    /** The citation of the rules this calculator implements. */
    static Citation rules(String clause) {
        return new Citation().documentTitle("OpenSRDI spec/docs/progress.md").clause(clause);
    }

    private final List<TraceInput> inputs = new ArrayList<>();
    private final List<TraceParameter> parameters = new ArrayList<>();
    private final List<TraceStep> steps = new ArrayList<>();

    void input(String name, Object value) {
        inputs.add(new TraceInput().name(name).value(value));
    }

    void parameter(String id, Object value, String unit, Citation citation, List<Assumption> assumptions) {
        TraceParameter parameter = new TraceParameter().id(id).value(value).unit(unit).citation(citation);
        if (assumptions != null && !assumptions.isEmpty()) {
            parameter.assumptions(new ArrayList<>(assumptions));
        }
        parameters.add(parameter);
    }

    void step(String id, String zh, String en, String expression, Object result, Citation citation) {
        steps.add(new TraceStep().id(id).description(text(zh, en)).expression(expression).result(result)
                .citation(citation));
    }

    static LocalizedText text(String zh, String en) {
        return new LocalizedText().zh(zh).en(en);
    }

    Explanation build(String specVersion, String ruleSet, LocalDate asOf, String subject, Object outcome,
            Citation citation) {
        Explanation explanation = new Explanation().specVersion(specVersion).calculator(CALCULATOR).ruleSet(ruleSet)
                .asOfDate(asOf).subject(subject).steps(new ArrayList<>(steps)).outcome(outcome);
        if (!inputs.isEmpty()) {
            explanation.inputs(new ArrayList<>(inputs));
        }
        if (!parameters.isEmpty()) {
            explanation.parameters(new ArrayList<>(parameters));
        }
        if (citation != null) {
            explanation.citations(new ArrayList<>(List.of(citation)));
        }
        return explanation;
    }
}
