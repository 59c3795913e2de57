package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.opensrdi.sdk.internal.schema.SpecSchemaRegistry;
import org.opensrdi.sdk.internal.spec.SpecClasspath;

/**
 * A fast first pass of layer 2 that answers one question: is a record <em>certainly</em> valid
 * against its JSON Schema? Compiled once from the same schema files json-schema-validator reads.
 * When the answer is yes, json-schema-validator would report nothing, so the engine skips it; when
 * the answer is "not certain", the engine runs json-schema-validator, whose errors (possibly none)
 * are the result. Schema errors therefore always come from json-schema-validator; this class only
 * saves its cost on the records that have none, which are most records.
 *
 * <p>For that to hold, every check here is at least as strict as json-schema-validator 2.0.8's
 * (configured by {@link SpecSchemaRegistry}): exact decimal arithmetic for {@code minimum},
 * {@code maximum} and {@code multipleOf}; code points for string lengths; json-schema-validator's
 * own regular-expression engine for {@code pattern}; only plain {@code YYYY-MM-DD} dates for
 * {@code format: date} and no other format; {@code integer} only for integral JSON numbers; string
 * values only for {@code enum}. Any keyword it does not know makes its subschema "not certain".
 * Immutable and thread-safe. Internal, not API.
 */
final class SchemaPrecheck {

    /** Keywords that never make an instance invalid (annotations and structure). */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "default", "$comment",
            "$schema", "$defs", "deprecated");

    /** A compiled subschema. */
    private interface Check {
        /** Whether the instance is certainly valid. */
        boolean passes(JsonNode node);
    }

    private static final Check NEVER_CERTAIN = node -> false;

    private final Check root;

    private SchemaPrecheck(Check root) {
        this.root = root;
    }

    /**
     * Compiles a schema of the specification.
     *
     * @param fileName the schema file, e.g. {@code submission.schema.json}
     * @param pointer the JSON Pointer of the subschema in it, e.g. {@code /$defs/SubmissionRecord}
     * @param context json-schema-validator's context of the compiled schema, for its regex engine
     * @return the precheck
     */
    static SchemaPrecheck compile(String fileName, String pointer, SchemaContext context) {
        return new SchemaPrecheck(new Compiler(context).reference(fileName, pointer));
    }

    /**
     * Whether the instance is certainly valid; {@code false} means "run the full validator".
     *
     * @param node the instance
     * @return {@code true} only if json-schema-validator would report no error
     */
    boolean certainlyValid(JsonNode node) {
        try {
            return root.passes(node);
        } catch (RuntimeException e) {
            return false; // never decide on an instance this class did not foresee
        }
    }

    /** Compiles schema objects to checks, each $ref target once. */
    private static final class Compiler {

        private final SchemaContext context;
        private final ObjectMapper mapper = new ObjectMapper();
        private final Map<String, JsonNode> files = new HashMap<>();
        private final Map<String, Check> compiled = new HashMap<>();

        Compiler(SchemaContext context) {
            this.context = context;
        }

        /** The check of {@code file#pointer}, compiled once even when schemas refer to each other. */
        Check reference(String file, String pointer) {
            String key = file + "#" + pointer;
            Check done = compiled.get(key);
            if (done != null) {
                return done;
            }
            Check[] target = new Check[1];
            // Registered before compiling, so that a cycle of $refs meets this forwarder.
            compiled.put(key, node -> target[0].passes(node));
            JsonNode schema = file(file).at(pointer);
            target[0] = schema.isMissingNode() ? NEVER_CERTAIN : schema(file, schema);
            compiled.put(key, target[0]);
            return target[0];
        }

        private JsonNode file(String name) {
            return files.computeIfAbsent(name, n -> {
                try (InputStream in = SpecClasspath.open("schema/" + n)) {
                    return mapper.readTree(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the schema " + n, e);
                }
            });
        }

        private Check schema(String file, JsonNode schema) {
            if (schema.isBoolean()) {
                return schema.booleanValue() ? node -> true : NEVER_CERTAIN;
            }
            if (!schema.isObject()) {
                return NEVER_CERTAIN;
            }
            List<Check> checks = new ArrayList<>();
            for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
                String name = keyword.getKey();
                if (ANNOTATIONS.contains(name) || name.startsWith("x-")
                        || name.equals("additionalProperties") || name.equals("$id") && schema == file(file)) {
                    continue; // additionalProperties goes with properties below
                }
                Check check = keyword(file, schema, name, keyword.getValue());
                if (check == null) {
                    return NEVER_CERTAIN;
                }
                checks.add(check);
            }
            if (schema.has("additionalProperties") && !schema.has("properties")) {
                checks.add(properties(file, null, schema.get("additionalProperties")));
            }
            Check[] all = checks.toArray(new Check[0]);
            return node -> {
                for (Check check : all) {
                    if (!check.passes(node)) {
                        return false;
                    }
                }
                return true;
            };
        }

        /** The check of one keyword, or {@code null} for a keyword this class does not know. */
        private Check keyword(String file, JsonNode schema, String name, JsonNode value) {
            switch (name) {
                case "$ref":
                    return ref(file, value.asText());
                case "type":
                    return type(value);
                case "properties":
                    return properties(file, value, schema.get("additionalProperties"));
                case "required":
                    return required(value);
                case "enum":
                    return enumeration(value);
                case "minimum":
                case "maximum":
                    return bound(value, name.equals("minimum"));
                case "multipleOf":
                    return multipleOf(value);
                case "minLength":
                case "maxLength":
                    return length(value, name.equals("minLength"));
                case "pattern":
                    return pattern(value.asText());
                case "format":
                    return format(value.asText());
                case "items":
                    Check item = schema(file, value);
                    return node -> {
                        if (node.isArray()) {
                            for (JsonNode element : node) {
                                if (!item.passes(element)) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    };
                case "minItems":
                case "maxItems":
                    return size(value, name.equals("minItems"), true);
                case "minProperties":
                case "maxProperties":
                    return size(value, name.equals("minProperties"), false);
                default:
                    return null;
            }
        }

        private Check ref(String file, String ref) {
            int hash = ref.indexOf('#');
            String target = hash < 0 ? ref : ref.substring(0, hash);
            String fragment = hash < 0 ? "" : ref.substring(hash + 1);
            if (fragment.length() > 0 && !fragment.startsWith("/")) {
                return null; // anchors are not followed here
            }
            if (target.startsWith(SpecSchemaRegistry.ID_PREFIX)) {
                target = target.substring(SpecSchemaRegistry.ID_PREFIX.length());
            }
            if (target.contains(":") || target.contains("/")) {
                return null; // outside the specification's schema folder
            }
            String targetFile = target.isEmpty() ? file : target;
            return reference(targetFile, fragment.replace("%24", "$"));
        }

        private static Check type(JsonNode value) {
            List<String> types = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(t -> types.add(t.asText()));
            } else {
                types.add(value.asText());
            }
            boolean string = types.contains("string");
            boolean number = types.contains("number");
            boolean integer = types.contains("integer");
            boolean object = types.contains("object");
            boolean array = types.contains("array");
            boolean bool = types.contains("boolean");
            boolean nul = types.contains("null");
            return node -> string && node.isTextual() || number && node.isNumber()
                    || integer && node.isIntegralNumber() || object && node.isObject() || array && node.isArray()
                    || bool && node.isBoolean() || nul && node.isNull();
        }

        private Check properties(String file, JsonNode properties, JsonNode additional) {
            Map<String, Check> known = new HashMap<>();
            if (properties != null) {
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    // Interned like the names Jackson reads, so that lookups mostly compare references.
                    known.put(property.getKey().intern(), schema(file, property.getValue()));
                }
            }
            Check other = additional == null || additional.isBoolean() && additional.booleanValue() ? null
                    : additional.isBoolean() ? NEVER_CERTAIN : schema(file, additional);
            return node -> {
                if (!node.isObject()) {
                    return true;
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    Check check = known.get(field.getKey());
                    if (check == null) {
                        check = other;
                    }
                    if (check != null && !check.passes(field.getValue())) {
                        return false;
                    }
                }
                return true;
            };
        }

        private static Check required(JsonNode value) {
            List<String> names = new ArrayList<>();
            value.forEach(name -> names.add(name.asText().intern()));
            String[] all = names.toArray(new String[0]);
            return node -> {
                if (node.isObject()) {
                    for (String name : all) {
                        if (node.get(name) == null) {
                            return false;
                        }
                    }
                }
                return true;
            };
        }

        private static Check enumeration(JsonNode value) {
            Set<String> texts = new HashSet<>();
            value.forEach(v -> {
                if (v.isTextual()) {
                    texts.add(v.textValue());
                }
            });
            return node -> node.isTextual() && texts.contains(node.textValue());
        }

        private static Check bound(JsonNode value, boolean minimum) {
            if (!value.isNumber()) {
                return null;
            }
            BigDecimal limit = value.isIntegralNumber() ? new BigDecimal(value.bigIntegerValue()) : new BigDecimal(value.asText());
            boolean longLimit = value.isIntegralNumber() && value.canConvertToLong();
            long limitLong = value.longValue();
            return node -> {
                if (!node.isNumber()) {
                    return true;
                }
                if (longLimit && (node.isInt() || node.isLong())) {
                    return minimum ? node.longValue() >= limitLong : node.longValue() <= limitLong;
                }
                BigDecimal exact = exact(node);
                if (exact == null) {
                    return false;
                }
                int comparison = exact.compareTo(limit);
                return minimum ? comparison >= 0 : comparison <= 0;
            };
        }

        private static Check multipleOf(JsonNode value) {
            if (!value.isNumber()) {
                return null;
            }
            // As json-schema-validator reads the divisor.
            BigDecimal divisor = value.isBigDecimal() ? value.decimalValue().stripTrailingZeros()
                    : BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros();
            if (divisor.signum() <= 0) {
                return null;
            }
            // A divisor of 10^-k (0.01 for amounts) divides every number with at most k decimals.
            int decimals = divisor.unscaledValue().equals(BigInteger.ONE) ? divisor.scale() : Integer.MIN_VALUE;
            return node -> {
                if (!node.isNumber()) {
                    return true;
                }
                BigDecimal exact = exact(node);
                if (exact == null) {
                    return false;
                }
                if (exact.scale() <= decimals) {
                    return true;
                }
                return exact.remainder(divisor).signum() == 0;
            };
        }

        /**
         * The exact value of a number node, or {@code null} where json-schema-validator might see
         * another value (binary floating point, integers beyond 2^53 that it may read as doubles).
         */
        private static BigDecimal exact(JsonNode node) {
            if (node.isBigDecimal()) {
                return node.decimalValue();
            }
            if (node.isInt() || node.isLong()) {
                long v = node.longValue();
                return Math.abs(v) <= 1L << 53 ? BigDecimal.valueOf(v) : null;
            }
            if (node.isBigInteger()) {
                BigInteger v = node.bigIntegerValue();
                return v.bitLength() <= 53 ? new BigDecimal(v) : null;
            }
            return null;
        }

        private static Check length(JsonNode value, boolean minimum) {
            if (!value.canConvertToInt()) {
                return null;
            }
            int limit = value.intValue();
            return node -> {
                if (!node.isTextual()) {
                    return true;
                }
                String text = node.textValue();
                int codePoints = text.codePointCount(0, text.length());
                return minimum ? codePoints >= limit : codePoints <= limit;
            };
        }

        private Check pattern(String regex) {
            RegularExpressionFactory factory = context.getSchemaRegistryConfig().getRegularExpressionFactory();
            if (factory != null && factory.getClass() == JDKRegularExpressionFactory.class) {
                // What JDKRegularExpression does, with one matcher per thread instead of one per value.
                java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                        RegularExpressions.replaceLongformCharacterProperties(RegularExpressions.replaceDollarAnchors(regex)));
                ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
                return node -> !node.isTextual() || matchers.get().reset(node.textValue()).find();
            }
            RegularExpression expression = RegularExpression.compile(regex, context);
            return node -> !node.isTextual() || expression.matches(node.textValue());
        }

        private static Check format(String format) {
            if (!format.equals("date")) {
                return null;
            }
            return node -> !node.isTextual() || IsoDates.isPlain(node.textValue());
        }

        private static Check size(JsonNode value, boolean minimum, boolean array) {
            if (!value.canConvertToInt()) {
                return null;
            }
            int limit = value.intValue();
            return node -> {
                if (array ? !node.isArray() : !node.isObject()) {
                    return true;
                }
                return minimum ? node.size() >= limit : node.size() <= limit;
            };
        }
    }
}
