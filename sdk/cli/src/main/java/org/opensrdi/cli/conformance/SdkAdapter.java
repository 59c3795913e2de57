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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opensrdi.model.CountedItem;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.QuotaProgress;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.Tier;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.model.YearProgress;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SchemaViolation;
import org.opensrdi.sdk.awards.Amount;
import org.opensrdi.sdk.awards.AwardCalculator;
import org.opensrdi.sdk.awards.AwardLine;
import org.opensrdi.sdk.awards.AwardResult;
import org.opensrdi.sdk.awards.PolicyPacks;
import org.opensrdi.sdk.criteria.CriteriaEvaluator;
import org.opensrdi.sdk.criteria.EvaluationOptions;
import org.opensrdi.sdk.criteria.EvaluationResult;
import org.opensrdi.sdk.criteria.SizeClassResult;
import org.opensrdi.sdk.criteria.SizeOutcome;
import org.opensrdi.sdk.progress.ProgressCalculator;
import org.opensrdi.sdk.progress.ProgressData;
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
            Protocol.SIZE_CLASS, List.of("0.1"),
            Protocol.TIER_CRITERIA, List.of("0.1"),
            Protocol.AWARDS, List.of("0.1"),
            Protocol.TARGETS, List.of("0.1"));

    private static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z]{8}[0-9X]");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaValidator schemaValidator = SchemaValidator.create();
    private final CriteriaEvaluator criteria = CriteriaEvaluator.bundled();
    /** The bundled policy packs by packId, read once: a request names the ones it applies. */
    private final Map<String, PolicyPack> bundledPacks = PolicyPacks.bundled().stream()
            .collect(Collectors.toUnmodifiableMap(PolicyPack::getPackId, pack -> pack));
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
            case Protocol.TIER_CRITERIA -> tierCriteria(input, asOf);
            case Protocol.AWARDS -> awards(input, asOf);
            case Protocol.TARGETS -> targets(input, asOf);
            default -> throw new UnsupportedInputException("unknown capability: " + capability);
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
        SizeClassResult result = criteria.classifySize(bind(input.get("enterprise"), Enterprise.class, "enterprise"), date);
        ObjectNode output = NODES.objectNode()
                .put("ruleSetId", withoutVersion(result.ruleSet()))
                .put("sizeClass", result.outcome().name());
        if (result.outcome() == SizeOutcome.UNDETERMINED) {
            ArrayNode possible = output.putArray("possibleClasses");
            result.possible().forEach(size -> possible.add(size.name()));
        }
        return output;
    }

    private JsonNode tierCriteria(JsonNode input, String asOf) {
        LocalDate date = date(asOf, "tier-criteria");
        Enterprise enterprise = bind(input.get("enterprise"), Enterprise.class, "enterprise");
        Tier tier;
        try {
            tier = Tier.fromValue(text(input, "tier"));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedInputException("unknown tier: " + input.get("tier"));
        }
        EvaluationOptions.Builder options = EvaluationOptions.builder();
        JsonNode designations = input.get("designations");
        if (designations != null) {
            if (!designations.isArray()) {
                throw new UnsupportedInputException("designations must be an array");
            }
            List<Designation> list = new ArrayList<>();
            designations.forEach(designation -> list.add(bind(designation, Designation.class, "designation")));
            options.designations(list);
        }
        if (input.has("recognitionType")) {
            try {
                options.recognitionType(RecognitionType.fromValue(text(input, "recognitionType")));
            } catch (IllegalArgumentException e) {
                throw new UnsupportedInputException("unknown recognitionType: " + input.get("recognitionType"));
            }
        }
        if (input.has("maxMissing")) {
            if (!input.get("maxMissing").canConvertToInt() || input.get("maxMissing").intValue() < 0) {
                throw new UnsupportedInputException("maxMissing must be a whole number ≥ 0");
            }
            options.maxMissingElements(input.get("maxMissing").intValue());
        }
        EvaluationResult result;
        try {
            result = criteria.evaluate(enterprise, tier, date, options.build());
        } catch (OpenSrdiException e) {
            throw new UnsupportedInputException(e.getMessage());
        }
        ObjectNode output = NODES.objectNode()
                .put("ruleSetId", withoutVersion(result.ruleSet()))
                .put("verdict", result.verdict().name());
        result.total().ifPresent(total -> output.putObject("score").put("min", total.low()).put("max", total.high()));
        result.failedConditions().forEach(output.putArray("failedConditions")::add);
        result.undecidedConditions().forEach(output.putArray("unknownConditions")::add);
        result.nearMiss().ifPresent(count -> output.put("missedElements", count.missed().size()));
        return output;
    }

    private JsonNode awards(JsonNode input, String asOf) {
        LocalDate date = date(asOf, "awards");
        AwardCalculator.Builder calculator = AwardCalculator.builder().asOf(date);
        packs(input).forEach(calculator::pack);
        AwardResult result = calculator.build().calculate(records(input, "enterprises", Enterprise.class),
                records(input, "designations", Designation.class), records(input, "events", Event.class));
        ObjectNode output = NODES.objectNode();
        ArrayNode lines = output.putArray("lines");
        for (AwardLine line : result.lines()) {
            ObjectNode item = lines.addObject().put("rule", line.ruleId());
            line.payer().ifPresent(payer -> item.put("payer", payer));
            item.put("enterpriseUscc", line.enterpriseUscc());
            Amount amount = line.amount();
            switch (amount.kind()) {
                case EXACT -> item.put("amount", amount.exactValue().orElseThrow());
                case RANGE -> {
                    ObjectNode range = item.putObject("range").put("min", amount.minimum().orElseThrow());
                    amount.maximum().ifPresent(maximum -> range.put("max", maximum));
                }
                case UNQUANTIFIED -> {
                    // Neither an amount nor a range (README §3.6).
                }
            }
        }
        return output;
    }

    private JsonNode targets(JsonNode input, String asOf) {
        LocalDate date = date(asOf, "targets");
        String jurisdiction = text(input, "jurisdiction");
        ProgressData.Builder data = ProgressData.builder().dataAsOf(date);
        records(input, "enterprises", Enterprise.class).forEach(data::enterprise);
        records(input, "designations", Designation.class).forEach(data::designation);
        records(input, "events", Event.class).forEach(data::event);
        records(input, "countedItems", CountedItem.class).forEach(data::countedItem);
        ProgressReport report;
        try {
            report = ProgressCalculator.builder().packs(packs(input)).build().calculate(data.build(), jurisdiction, date);
        } catch (OpenSrdiException e) {
            throw new UnsupportedInputException(e.getMessage());
        }
        ObjectNode output = NODES.objectNode();
        ArrayNode targets = output.putArray("targets");
        for (JurisdictionProgress level : report.getJurisdictions()) {
            for (TargetProgress target : level.getTargets()) {
                ObjectNode item = targets.addObject().put("targetId", target.getTargetId())
                        .put("jurisdiction", target.getJurisdiction()).put("status", target.getStatus().value())
                        .put("actual", target.getActual());
                putCount(item, "numerator", target.getNumerator());
                putCount(item, "denominator", target.getDenominator());
                for (YearProgress year : target.getYears() == null ? List.<YearProgress>of() : target.getYears()) {
                    ObjectNode yearly = targets.addObject().put("targetId", target.getTargetId())
                            .put("jurisdiction", target.getJurisdiction()).put("year", year.getYear())
                            .put("status", year.getStatus().value()).put("actual", year.getActual());
                    putCount(yearly, "numerator", year.getNumerator());
                    putCount(yearly, "denominator", year.getDenominator());
                }
                for (QuotaProgress quota : target.getQuotas() == null ? List.<QuotaProgress>of() : target.getQuotas()) {
                    ObjectNode share = targets.addObject().put("targetId", target.getTargetId())
                            .put("jurisdiction", quota.getJurisdiction());
                    if (quota.getYear() != null) {
                        share.put("year", quota.getYear());
                    }
                    share.put("status", quota.getStatus().value()).put("actual", quota.getActual());
                }
            }
        }
        return output;
    }

    private static void putCount(ObjectNode item, String name, Integer count) {
        if (count != null) {
            item.put(name, count);
        }
    }

    /** The bundled policy packs named by the input's {@code packs}, in that order. */
    private List<PolicyPack> packs(JsonNode input) {
        JsonNode packIds = input.get("packs");
        if (packIds == null || !packIds.isArray() || packIds.isEmpty()) {
            throw new UnsupportedInputException("the input lacks the non-empty array \"packs\"");
        }
        List<PolicyPack> packs = new ArrayList<>();
        for (JsonNode packId : packIds) {
            PolicyPack pack = bundledPacks.get(packId.asText());
            if (pack == null) {
                throw new UnsupportedInputException("no bundled policy pack " + packId);
            }
            packs.add(pack);
        }
        return packs;
    }

    /** An optional array member of model records; absent means none. */
    private static <T> List<T> records(JsonNode input, String name, Class<T> type) {
        JsonNode array = input.get(name);
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new UnsupportedInputException(name + " must be an array");
        }
        List<T> records = new ArrayList<>();
        array.forEach(record -> records.add(bind(record, type, name)));
        return records;
    }

    /** An input member bound to a model type. */
    private static <T> T bind(JsonNode value, Class<T> type, String name) {
        if (value == null || !value.isObject()) {
            throw new UnsupportedInputException("the input lacks the object \"" + name + "\"");
        }
        try {
            return OpenSrdi.jsonMapper().treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw new UnsupportedInputException(name + " is not a " + type.getSimpleName() + " record: "
                    + e.getOriginalMessage());
        }
    }

    /** {@code size-class-2011} of {@code size-class-2011@0.1.0}. */
    private static String withoutVersion(String ruleSet) {
        int at = ruleSet.indexOf('@');
        return at < 0 ? ruleSet : ruleSet.substring(0, at);
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
