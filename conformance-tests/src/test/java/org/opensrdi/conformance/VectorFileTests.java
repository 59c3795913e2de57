package org.opensrdi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opensrdi.cli.conformance.ConformanceJson;
import org.opensrdi.cli.conformance.Vector;

/**
 * The suite's own data is well-formed: every vector file against {@code vectors/vector.schema.json}
 * and in its place ({@code <capability>/<specVersion>/<topic>.json}), ids unique, the expected
 * failures against {@code expected-failures.schema.json}.
 */
class VectorFileTests {

    @TestFactory
    Stream<DynamicTest> everyVectorFileFollowsTheVectorSchema() throws IOException {
        Schema format = schema(Suite.VECTORS.resolve("vector.schema.json"));
        return vectorFiles().stream().map(file -> DynamicTest.dynamicTest(Suite.VECTORS.relativize(file).toString(),
                () -> assertThat(format.validate(ConformanceJson.read(file)))
                        .as("%s against vector.schema.json", file).isEmpty()));
    }

    @Test
    void everyFileUnderVectorsIsAVectorFileInItsPlace() throws IOException {
        try (Stream<Path> all = Files.walk(Suite.VECTORS)) {
            List<String> strays = all.filter(Files::isRegularFile)
                    .map(file -> Suite.VECTORS.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("vector.schema.json"))
                    .filter(name -> !name.matches("[a-z0-9-]+/[0-9]+\\.[0-9]+/[a-z0-9-]+\\.json"))
                    .toList();
            assertThat(strays).as("files under vectors/ outside <capability>/<specVersion>/<topic>.json").isEmpty();
        }
    }

    @Test
    void testIdsAreUniqueWithinTheirCapabilityAndSpecVersion() {
        // VectorSuite.load refuses a suite with a repeated id; this states it.
        List<String> ids = Suite.vectors().stream().map(Vector::qualifiedId).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void expectedFailuresFollowTheirSchema() {
        assertThat(schema(Suite.ROOT.resolve("expected-failures.schema.json")).validate(ConformanceJson.read(Suite.EXPECTED_FAILURES)))
                .isEmpty();
    }

    static List<Path> vectorFiles() throws IOException {
        try (Stream<Path> all = Files.walk(Suite.VECTORS, 3)) {
            return all.filter(Files::isRegularFile).filter(file -> Suite.VECTORS.relativize(file).getNameCount() == 3).sorted().toList();
        }
    }

    static Schema schema(Path file) {
        JsonNode schema = ConformanceJson.read(file);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config))
                .getSchema(schema);
    }
}
