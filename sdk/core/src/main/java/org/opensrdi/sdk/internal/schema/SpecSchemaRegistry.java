package org.opensrdi.sdk.internal.schema;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.ResourceLoader;
import java.util.Locale;
import org.opensrdi.sdk.internal.spec.SpecClasspath;

/**
 * Builds the json-schema-validator registry that resolves OpenSRDI schema ids to the schema files
 * on the classpath. It never fetches anything over the network.
 *
 * <p>Internal, not API: use {@code SchemaValidator}.
 */
public final class SpecSchemaRegistry {

    /** The {@code $id} prefix of every OpenSRDI 0.1 schema; the rest of the id is the file name. */
    public static final String ID_PREFIX = "https://opensrdi.org/schema/0.1/";

    private SpecSchemaRegistry() {
    }

    /**
     * A new registry for JSON Schema draft 2020-12 that asserts {@code format} (so that
     * {@code 2026-02-30} is not a date) and reports instance locations as JSON Pointers.
     *
     * @return the registry
     */
    public static SchemaRegistry create() {
        ResourceLoader specFiles = iri -> {
            String id = iri.toString();
            if (!id.startsWith(ID_PREFIX)) {
                return null;
            }
            String path = "schema/" + id.substring(ID_PREFIX.length());
            return () -> SpecClasspath.open(path);
        };
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                // Raw messages stay English whatever the default locale; localised messages with
                // stable codes are the job of the validation engine, not of this registry.
                .locale(Locale.ENGLISH)
                .build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config)
                .schemaLoader(loader -> loader
                        .fetchRemoteResources(false)
                        .resourceLoaders(loaders -> loaders.values(list -> list.add(0, specFiles)))));
    }

    /**
     * The id of a schema file.
     *
     * @param fileName for example {@code enterprise.schema.json}
     * @return for example {@code https://opensrdi.org/schema/0.1/enterprise.schema.json}
     */
    public static String id(String fileName) {
        return ID_PREFIX + fileName;
    }
}
