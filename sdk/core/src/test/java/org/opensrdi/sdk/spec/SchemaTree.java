package org.opensrdi.sdk.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Visits every subschema of a JSON Schema (draft 2020-12) with its JSON Pointer. */
final class SchemaTree {

    /** Keywords whose value maps names to subschemas. */
    static final Set<String> NAMED_SUBSCHEMAS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties", "unevaluatedProperties",
            "unevaluatedItems", "contains", "propertyNames", "not", "if", "then", "else");
    private static final Set<String> SUBSCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    private SchemaTree() {
    }

    /**
     * Calls {@code visitor} with the pointer and node of the schema and of every subschema below it;
     * instance data ({@code enum}, {@code examples} ...) is not visited.
     */
    static void visit(JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        visit("", schema, visitor);
    }

    private static void visit(String pointer, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        if (!schema.isObject()) {
            return;
        }
        visitor.accept(pointer, schema);
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            String here = pointer + "/" + escape(keyword);
            if (NAMED_SUBSCHEMAS.contains(keyword)) {
                for (Map.Entry<String, JsonNode> named : value.properties()) {
                    visit(here + "/" + escape(named.getKey()), named.getValue(), visitor);
                }
            } else if (SUBSCHEMA.contains(keyword)) {
                visit(here, value, visitor);
            } else if (SUBSCHEMA_ARRAYS.contains(keyword)) {
                for (int i = 0; i < value.size(); i++) {
                    visit(here + "/" + i, value.get(i), visitor);
                }
            }
        }
    }

    /** A reference token of a JSON Pointer (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
