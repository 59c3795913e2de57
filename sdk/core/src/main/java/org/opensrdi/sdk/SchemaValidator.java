package org.opensrdi.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.opensrdi.sdk.internal.schema.SpecSchemaRegistry;

/**
 * Validates JSON documents against the JSON Schemas of the specification (draft 2020-12, formats
 * asserted), read from the classpath; it never uses the network. Thread-safe: create one and share
 * it. Each schema is compiled on first use.
 *
 * @since 0.1.0
 */
public final class SchemaValidator {

    private final SchemaRegistry registry;
    private final ConcurrentMap<String, Schema> schemas = new ConcurrentHashMap<>();

    private SchemaValidator(SchemaRegistry registry) {
        this.registry = registry;
    }

    /**
     * A validator for the schemas of the specification on the classpath.
     *
     * @return the validator
     * @since 0.1.0
     */
    public static SchemaValidator create() {
        return new SchemaValidator(SpecSchemaRegistry.create());
    }

    /**
     * Validates a document against one schema of the specification.
     *
     * @param document the document, for example read with {@link OpenSrdi#jsonMapper()}
     * @param schemaFileName for example {@code submission.schema.json}
     * @return the violations in the order the validator found them, empty if the document is
     *     valid; unmodifiable
     * @throws OpenSrdiException if the specification has no such schema or it cannot be compiled
     * @since 0.1.0
     */
    public List<SchemaViolation> validate(JsonNode document, String schemaFileName) {
        Objects.requireNonNull(document, "document");
        Schema schema = schemas.computeIfAbsent(Objects.requireNonNull(schemaFileName, "schemaFileName"),
                this::compile);
        return schema.validate(document).stream()
                .map(error -> SchemaViolation.of(
                        error.getInstanceLocation().toString(), error.getKeyword(), error.getMessage()))
                .toList();
    }

    private Schema compile(String schemaFileName) {
        if (!SpecResources.schemaFileNames().contains(schemaFileName)) {
            throw new OpenSrdiException("No schema " + schemaFileName + " in the OpenSRDI specification; it has "
                    + SpecResources.schemaFileNames());
        }
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(SpecSchemaRegistry.id(schemaFileName)));
            // Resolve every $ref now, so that a broken schema fails here and not halfway through
            // a document.
            schema.initializeValidators();
            return schema;
        } catch (SchemaException e) {
            throw new OpenSrdiException(schemaFileName + ": cannot compile the schema: " + e.getMessage(), e);
        }
    }
}
