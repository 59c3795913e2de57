package org.opensrdi.sdk.spec;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opensrdi.sdk.SpecResources;

/** How the specification maps onto the generated model, as the OpenAPI document says. */
final class SpecModel {

    static final String OPENAPI = "openapi/opensrdi-api.yaml";
    static final String BUNDLED_OPENAPI = "openapi/opensrdi-api.bundled.json";
    private static final String MODEL_PACKAGE = "org.opensrdi.model.";
    private static final String SCHEMA_REFERENCE_PREFIX = "../schema/";

    private SpecModel() {
    }

    /** The OpenAPI document as written, references not followed. */
    static String openApiText() {
        try (InputStream stream = SpecResources.open(OPENAPI)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The component (and so class) name of every schema file listed whole in components.schemas. */
    static Map<String, String> componentNamesBySchemaFile() {
        ParseOptions asWritten = new ParseOptions();
        asWritten.setResolve(false);
        Map<String, String> names = new HashMap<>();
        new OpenAPIV3Parser().readContents(openApiText(), null, asWritten)
                .getOpenAPI().getComponents().getSchemas().forEach((name, schema) -> {
            String ref = schema.get$ref();
            if (ref != null && ref.startsWith(SCHEMA_REFERENCE_PREFIX) && !ref.contains("#")) {
                names.put(ref.substring(SCHEMA_REFERENCE_PREFIX.length()), name);
            }
        });
        return names;
    }

    /** The generated class of a component, if there is one. */
    static Optional<Class<?>> modelClass(String componentName) {
        try {
            return Optional.of(Class.forName(MODEL_PACKAGE + componentName));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
