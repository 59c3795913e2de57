package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what one evaluation read and decided, in the shape of {@code explanation.schema.json}:
 * inputs (absent ones with {@code missing: true}), parameters with their dates, citations and
 * assumptions, steps, and every assumption id involved (README §9). Not thread-safe: one per
 * evaluation. Internal, not API.
 */
final class Trace {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final boolean recording;

    private final Map<String, ObjectNode> inputs = new LinkedHashMap<>();
    private final Map<String, ObjectNode> parameters = new LinkedHashMap<>();
    private final Map<String, String> parameterOwners = new HashMap<>();
    private final ArrayNode steps = JSON.arrayNode();
    private final Set<String> stepIds = new HashSet<>();
    private final Set<String> assumptionIds = new LinkedHashSet<>(64);
    private final Set<String> missing = new LinkedHashSet<>();
    private final List<Finding> findings = new ArrayList<>();

    /** A trace that records inputs, parameters and steps: what {@link #explanation} writes. */
    Trace() {
        this(true);
    }

    private Trace(boolean recording) {
        this.recording = recording;
    }

    /**
     * A trace that keeps only what a result carries besides its explanation: missing inputs,
     * assumption ids and findings. An evaluation with it decides exactly as with a recording trace
     * (the trace is written to, never read from, while deciding); the explanation is made by
     * evaluating again with a recording trace when someone asks for it.
     */
    static Trace quiet() {
        return new Trace(false);
    }

    /** Whether inputs, parameters and steps are recorded; callers skip building them when not. */
    boolean recording() {
        return recording;
    }

    /** Records a value read from the enterprise record. */
    void input(String name, JsonNode value, String pointer) {
        if (!recording) {
            return;
        }
        inputs.computeIfAbsent(name, key -> {
            ObjectNode input = JSON.objectNode();
            input.put("name", name);
            input.set("value", value.deepCopy());
            input.put("pointer", pointer);
            return input;
        });
    }

    /** Records a value that was needed but absent. */
    void missingInput(String name, String pointer) {
        missing.add(name);
        if (!recording) {
            return;
        }
        inputs.computeIfAbsent(name, key -> {
            ObjectNode input = JSON.objectNode();
            input.put("name", name);
            if (pointer != null) {
                input.put("pointer", pointer);
            }
            input.put("missing", true);
            return input;
        });
    }

    /** Records a parameter used, with its citation and assumptions. */
    void parameter(RuleSet owner, RuleSet.Parameter parameter) {
        if (!recording) {
            assumptionIds.addAll(parameter.assumptions());
            return;
        }
        String key = parameter.id();
        String previousOwner = parameterOwners.putIfAbsent(key, owner.id());
        if (previousOwner != null && !previousOwner.equals(owner.id())) {
            // Two rule sets of one evaluation use the same id (e.g. a reused table): keep both apart.
            key = owner.id() + ":" + parameter.id();
            parameterOwners.putIfAbsent(key, owner.id());
        }
        if (parameters.containsKey(key)) {
            return;
        }
        ObjectNode node = JSON.objectNode();
        node.put("id", key);
        node.set("value", parameter.rawValue().deepCopy());
        node.put("unit", parameter.unit());
        node.put("effectiveFrom", parameter.effectiveFrom().toString());
        if (parameter.effectiveTo() != null) {
            node.put("effectiveTo", parameter.effectiveTo().toString());
        }
        node.set("citation", citation(owner, parameter.citation()));
        List<JsonNode> assumptions = new ArrayList<>();
        for (String id : parameter.assumptions()) {
            assumptionIds.add(id);
            owner.assumption(id).ifPresent(a -> assumptions.add(assumption(a)));
        }
        if (assumptions.size() == 1) {
            node.set("assumption", assumptions.get(0));
        } else if (!assumptions.isEmpty()) {
            node.set("assumptions", JSON.arrayNode().addAll(assumptions));
        }
        parameters.put(key, node);
    }

    /** Records assumption ids an element evaluated rests on. */
    void assumptions(List<String> ids) {
        assumptionIds.addAll(ids);
    }

    /**
     * Adds a step.
     *
     * @param id a step id; made unique if already used
     * @param description what the step does (LocalizedText, {@code zh} required)
     * @param expression the computation with values put in, or null
     * @param result the step's result
     * @param owner the rule set whose citation this is, or null
     * @param citation the clause implemented, or null
     */
    void step(String id, JsonNode description, String expression, JsonNode result, RuleSet owner, JsonNode citation) {
        if (!recording) {
            return;
        }
        String unique = id;
        for (int n = 2; !stepIds.add(unique); n++) {
            unique = id + "#" + n;
        }
        ObjectNode step = steps.addObject();
        step.put("id", unique);
        step.set("description", description != null && description.hasNonNull("zh") ? description.deepCopy()
                : text(id, id));
        if (expression != null) {
            step.put("expression", expression);
        }
        step.set("result", result);
        if (citation != null && citation.has("clause")) {
            step.set("citation", owner != null ? citation(owner, citation) : citation.deepCopy());
        }
    }

    void finding(String code, String element, String detail) {
        findings.add(new Finding(code, element, detail));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Names of the inputs that were needed but absent, in the order met. */
    List<String> missingInputs() {
        return List.copyOf(missing);
    }

    /** The assumption ids in the order met. */
    List<String> orderedAssumptionIds() {
        return List.copyOf(assumptionIds);
    }

    /**
     * The explanation document.
     *
     * @param specVersion the OpenSRDI version
     * @param calculator e.g. {@code srdi-sme-2022} or {@code size-class}
     * @param ruleSet e.g. {@code srdi-sme-2022@0.1.0}
     * @param asOf the as-of date
     * @param subject the enterprise's USCC, or null
     * @param outcome the result
     * @param citations the documents and clauses implemented
     * @return the explanation as JSON
     */
    ObjectNode explanation(String specVersion, String calculator, String ruleSet, LocalDate asOf, String subject,
            JsonNode outcome, List<JsonNode> citations) {
        ObjectNode explanation = JSON.objectNode();
        explanation.put("specVersion", specVersion);
        explanation.put("calculator", calculator);
        explanation.put("ruleSet", ruleSet);
        explanation.put("asOfDate", asOf.toString());
        if (subject != null) {
            explanation.put("subject", subject);
        }
        explanation.set("inputs", JSON.arrayNode().addAll(List.copyOf(inputs.values())));
        explanation.set("parameters", JSON.arrayNode().addAll(List.copyOf(parameters.values())));
        explanation.set("steps", steps.deepCopy());
        explanation.set("outcome", outcome);
        if (!citations.isEmpty()) {
            explanation.set("citations", JSON.arrayNode().addAll(citations));
        }
        return explanation;
    }

    /**
     * A citation of the rule data with the cited document's number, title and issuer filled in
     * from the owning rule set's {@code documents}.
     */
    static ObjectNode citation(RuleSet owner, JsonNode citation) {
        ObjectNode resolved = JSON.objectNode();
        JsonNode document = citation.hasNonNull("source") ? owner.documents().get(citation.get("source").asText()) : null;
        copy(citation, resolved, "source", "source");
        copyOr(citation, document, resolved, "documentNumber", "documentNumber");
        copyOr(citation, document, resolved, "documentTitle", "title");
        copyOr(citation, document, resolved, "issuer", "issuer");
        copy(citation, resolved, "clause", "clause");
        copy(citation, resolved, "quote", "quote");
        copyOr(citation, document, resolved, "url", "url");
        return resolved;
    }

    /** An assumption as {@code common.schema.json} has it: id, text, confidence. */
    static ObjectNode assumption(JsonNode assumption) {
        ObjectNode node = JSON.objectNode();
        copy(assumption, node, "id", "id");
        copy(assumption, node, "text", "text");
        copy(assumption, node, "confidence", "confidence");
        return node;
    }

    /** A LocalizedText. */
    static ObjectNode text(String zh, String en) {
        ObjectNode text = JSON.objectNode();
        text.put("zh", zh);
        text.put("en", en);
        return text;
    }

    private static void copy(JsonNode from, ObjectNode to, String field, String fromField) {
        if (from.hasNonNull(fromField)) {
            to.set(field, from.get(fromField).deepCopy());
        }
    }

    private static void copyOr(JsonNode from, JsonNode document, ObjectNode to, String field, String documentField) {
        if (from.hasNonNull(field)) {
            to.set(field, from.get(field).deepCopy());
        } else if (document != null && document.hasNonNull(documentField) && document.get(documentField).isTextual()) {
            to.set(field, document.get(documentField).deepCopy());
        }
    }
}
