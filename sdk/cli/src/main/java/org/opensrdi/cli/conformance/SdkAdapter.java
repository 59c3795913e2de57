package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SchemaViolation;
import org.opensrdi.sdk.criteria.CriteriaEvaluator;
import org.opensrdi.sdk.criteria.SizeClassResult;
import org.opensrdi.sdk.criteria.SizeOutcome;
import org.opensrdi.sdk.identifiers.Uscc;
import org.opensrdi.sdk.validation.InputFormat;
import org.opensrdi.sdk.validation.Validator;

/**
 * The Java SDK behind the harness protocol: turns one request's {@code capability}, {@code input}
 * and {@code asOf} into the canonical output of {@code conformance-tests/README.md}, using only the
 * SDK's public API. Thread-safe; used by {@code opensrdi conformance serve} and, in-process, by the
 * conformance tests.
 */
public final class SdkAdapter {

    /** What this adapter implements: capability → spec versions. */
    public static final Map<String, List<String>> CAPABILITIES = Map.of(
            Protocol.SCHEMA, List.of("0.1"),
            Protocol.IDENTIFIERS, List.of("0.1"),
            Protocol.SYNTAX, List.of("0.1"),
            Protocol.RECORD_RULES, List.of("0.1"),
            Protocol.DATASET_RULES, List.of("0.1"),
            Protocol.SIZE_CLASS, List.of("0.1"));

    private static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z]{8}[0-9X]");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaValidator schemaValidator = SchemaValidator.create();
    private final CriteriaEvaluator criteria = CriteriaEvaluator.bundled();
    private final Map<LocalDate, Validator> validators = new ConcurrentHashMap<>();

    /**
     * Computes the output for one request.
     *
     * @param capability the capability, e.g. {@code identifiers}
     * @param input the vector's input
     * @param asOf the as-of date, or {@code null} if the vector has none
     * @return the canonical output
     * @throws UnsupportedInputException if the request asks for something this adapter cannot do
     */
    public JsonNode run(String capability, JsonNode input, String asOf) {
        if (!input.isObject()) {
            throw new UnsupportedInputException("input must be a JSON object");
        }
        return switch (capability) {
            case Protocol.SCHEMA -> schema(input);
            case Protocol.IDENTIFIERS -> identifier(input);
            case Protocol.SYNTAX, Protocol.RECORD_RULES, Protocol.DATASET_RULES -> validation(input, asOf);
            case Protocol.SIZE_CLASS -> sizeClass(input, asOf);
            default -> throw new UnsupportedInputException("capability not implemented: " + capability);
        };
    }

    private JsonNode schema(JsonNode input) {
        String schema = text(input, "schema");
        JsonNode instance = input.get("instance");
        if (instance == null) {
            throw new UnsupportedInputException("schema input lacks \"instance\"");
        }
        List<SchemaViolation> violations = schemaValidator.validate(instance, schema);
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode errors = NODES.arrayNode();
        for (SchemaViolation violation : violations) {
            if (seen.add(violation.keyword() + ' ' + violation.instanceLocation())) {
                errors.addObject().put("keyword", violation.keyword()).put("pointer", violation.instanceLocation());
            }
        }
        ObjectNode output = NODES.objectNode().put("valid", violations.isEmpty());
        output.set("errors", errors);
        return output;
    }

    private static JsonNode identifier(JsonNode input) {
        String scheme = text(input, "scheme");
        String value = text(input, "value");
        ObjectNode output = NODES.objectNode();
        switch (scheme) {
            case "USCC" -> {
                boolean wellFormed = Uscc.hasValidForm(value);
                output.put("wellFormed", wellFormed);
                if (wellFormed) {
                    output.put("checkCharacter", String.valueOf(Uscc.checkCharacter(value)));
                    Uscc.organisationCodeCheckCharacter(value.substring(8, 16))
                            .ifPresent(c -> output.put("organisationCodeCheckCharacter", String.valueOf(c)));
                }
                output.put("valid", Uscc.isValid(value));
            }
            case "ORGANISATION_CODE" -> {
                boolean wellFormed = ORGANISATION_CODE.matcher(value).matches();
                output.put("wellFormed", wellFormed);
                Optional<Character> check = wellFormed
                        ? Uscc.organisationCodeCheckCharacter(value.substring(0, 8)) : Optional.empty();
                check.ifPresent(c -> output.put("checkCharacter", String.valueOf(c)));
                output.put("valid", check.map(c -> c == value.charAt(8)).orElse(false));
            }
            default -> throw new UnsupportedInputException("unknown identifier scheme: " + scheme);
        }
        return output;
    }

    private JsonNode validation(JsonNode input, String asOf) {
        LocalDate date = date(asOf, "validation");
        InputFormat format = switch (text(input, "format")) {
            case "submission" -> InputFormat.SUBMISSION_JSON;
            case "ndjson" -> InputFormat.NDJSON;
            case "csv" -> InputFormat.CSV;
            default -> throw new UnsupportedInputException("unknown input format: " + input.get("format"));
        };
        Validator validator = validators.computeIfAbsent(date,
                d -> Validator.builder().asOf(d).maxIssuesPerCode(Integer.MAX_VALUE).threads(1).build());
        ValidationReport report = validator.validate(new ByteArrayInputStream(bytes(input)), "input", format);
        ObjectNode output = NODES.objectNode().put("accepted", report.getAccepted());
        output.putObject("counts")
                .put("recordsRead", report.getCounts().getRecordsRead())
                .put("recordsAccepted", report.getCounts().getRecordsAccepted())
                .put("recordsRejected", report.getCounts().getRecordsRejected());
        ArrayNode issues = output.putArray("issues");
        for (IssueGroup group : report.getIssueGroups()) {
            for (ValidationIssue issue : group.getIssues()) {
                ObjectNode item = issues.addObject().put("code", issue.getCode())
                        .put("pointer", issue.getLocation().getPointer());
                if (issue.getLocation().getRecordIndex() != null) {
                    item.put("recordIndex", issue.getLocation().getRecordIndex());
                }
            }
        }
        return output;
    }

    private JsonNode sizeClass(JsonNode input, String asOf) {
        LocalDate date = date(asOf, "size-class");
        JsonNode record = input.get("enterprise");
        if (record == null || !record.isObject()) {
            throw new UnsupportedInputException("size-class input lacks the object \"enterprise\"");
        }
        Enterprise enterprise;
        try {
            enterprise = OpenSrdi.jsonMapper().treeToValue(record, Enterprise.class);
        } catch (JsonProcessingException e) {
            throw new UnsupportedInputException("enterprise is not an Enterprise record: " + e.getOriginalMessage());
        }
        SizeClassResult result = criteria.classifySize(enterprise, date);
        String ruleSet = result.ruleSet();
        ObjectNode output = NODES.objectNode()
                .put("ruleSetId", ruleSet.contains("@") ? ruleSet.substring(0, ruleSet.indexOf('@')) : ruleSet)
                .put("sizeClass", result.outcome().name());
        if (result.outcome() == SizeOutcome.UNDETERMINED) {
            ArrayNode possible = output.putArray("possibleClasses");
            result.possible().forEach(size -> possible.add(size.name()));
        }
        return output;
    }

    private static LocalDate date(String asOf, String capability) {
        if (asOf == null) {
            throw new UnsupportedInputException(capability + " needs an asOf date");
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new UnsupportedInputException("asOf is not an ISO 8601 date: " + asOf);
        }
    }

    /** The bytes of a validation input: its document, records, text or base64 form (exactly one). */
    private static byte[] bytes(JsonNode input) {
        int forms = 0;
        for (String form : List.of("document", "records", "text", "base64")) {
            forms += input.has(form) ? 1 : 0;
        }
        if (forms != 1) {
            throw new UnsupportedInputException("a validation input has exactly one of document, records, text and base64");
        }
        try {
            if (input.has("document")) {
                // The harness mapper writes decimals as they were written in the vector.
                return ConformanceJson.mapper().writeValueAsBytes(input.get("document"));
            }
            if (input.has("records")) {
                ByteArrayOutputStream lines = new ByteArrayOutputStream();
                for (JsonNode record : input.get("records")) {
                    lines.write(ConformanceJson.mapper().writeValueAsBytes(record));
                    lines.write('\n');
                }
                return lines.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (input.has("text")) {
            return text(input, "text").getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(text(input, "base64"));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedInputException("base64 is not valid Base64: " + e.getMessage());
        }
    }

    private static String text(JsonNode input, String field) {
        JsonNode value = input.get(field);
        if (value == null || !value.isTextual()) {
            throw new UnsupportedInputException("input lacks the string \"" + field + "\"");
        }
        return value.textValue();
    }

    /** The implementation's name, version and language, as the start exchange reports them. */
    static ObjectNode implementation(String version) {
        return NODES.objectNode()
                .put("name", "opensrdi-java")
                .put("version", version)
                .put("language", "java")
                .put("specVersion", OpenSrdi.specVersion());
    }

    /**
     * A request this adapter cannot answer (an unknown capability, a malformed input); answered with
     * an {@code error} message, never with a wrong output.
     */
    public static final class UnsupportedInputException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /**
         * An exception.
         *
         * @param message what is wrong with the request
         */
        public UnsupportedInputException(String message) {
            super(message);
        }
    }
}
