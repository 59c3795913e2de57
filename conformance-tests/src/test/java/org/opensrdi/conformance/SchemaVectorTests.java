package org.opensrdi.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SchemaViolation;

/** Runs {@code vectors/schema/*.json} as {@code vectors/README.md} describes. */
class SchemaVectorTests {

    private static final Path VECTORS = Path.of(System.getProperty("opensrdi.vectors", "vectors"));
    private static final SchemaValidator VALIDATOR = SchemaValidator.create();

    @TestFactory
    Stream<DynamicNode> everySchemaVector() throws IOException {
        Schema format = vectorFormat();
        List<Path> files;
        try (Stream<Path> found = Files.list(VECTORS.resolve("schema"))) {
            files = found.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(file -> {
            JsonNode vectors = read(file);
            String name = VECTORS.relativize(file).toString();
            assertThat(format.validate(vectors)).as("%s against schema-vectors.schema.json", name).isEmpty();
            String schema = vectors.get("schema").asText();
            Stream<DynamicTest> tests = Stream.iterate(0, i -> i < vectors.get("tests").size(), i -> i + 1)
                    .map(i -> vectors.get("tests").get(i))
                    .map(test -> DynamicTest.dynamicTest(test.get("description").asText(), () -> {
                        List<SchemaViolation> violations = VALIDATOR.validate(test.get("data"), schema);
                        String where = name + ": " + test.get("description").asText();
                        if (test.get("valid").asBoolean()) {
                            assertThat(violations).as(where).isEmpty();
                            return;
                        }
                        assertThat(violations).as(where).isNotEmpty();
                        for (JsonNode expected : test.path("violations")) {
                            assertThat(violations).as(where)
                                    .extracting(SchemaViolation::instanceLocation, SchemaViolation::keyword)
                                    .contains(pointerAndKeyword(expected));
                        }
                    }));
            return DynamicContainer.dynamicContainer(name, tests);
        });
    }

    private static Tuple pointerAndKeyword(JsonNode violation) {
        return tuple(violation.get("pointer").asText(), violation.get("keyword").asText());
    }

    private static Schema vectorFormat() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(read(VECTORS.resolve("schema-vectors.schema.json")));
    }

    private static JsonNode read(Path file) {
        try (InputStream stream = Files.newInputStream(file)) {
            return OpenSrdi.jsonMapper().readTree(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
