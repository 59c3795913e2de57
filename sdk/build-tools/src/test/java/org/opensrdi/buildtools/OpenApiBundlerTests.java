package org.opensrdi.buildtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiBundlerTests {

    private static final String OPENAPI = """
            openapi: 3.1.0
            info: {title: Test, version: 0.1.0}
            paths:
              /things:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '../schema/thing.schema.json'}
            components:
              schemas:
                Thing: {$ref: '../schema/thing.schema.json'}
                Code: {$ref: '../schema/common.schema.json#/$defs/Code'}
                Page:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: '#/components/schemas/Thing'}}
            """;

    private static final String THING = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://example.org/schema/0.1/thing.schema.json",
              "$comment": "dropped",
              "title": "Thing",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "code": {"$ref": "common.schema.json#/$defs/Code"},
                "price": {"$ref": "https://example.org/schema/0.1/common.schema.json#/$defs/Money"},
                "part": {"$ref": "#/$defs/Part"},
                "$comment": {"type": "string", "description": "a property with a keyword's name"},
                "parent": {"$ref": "#"}
              },
              "$defs": {
                "Part": {"type": "object", "$comment": "dropped", "properties": {"weight": {"type": "number", "minimum": 0.10}}}
              }
            }
            """;

    private static final String COMMON = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://example.org/schema/0.1/common.schema.json",
              "$defs": {
                "Code": {"type": "string", "enum": ["A", "B"], "x-codelist": "code.csv"},
                "Money": {"type": "number", "examples": [{"$ref": "data, not a reference"}]}
              }
            }
            """;

    @TempDir
    Path directory;

    private Path openApi;

    @BeforeEach
    void writeSpec() throws IOException {
        openApi = write("openapi/api.yaml", OPENAPI);
        write("schema/thing.schema.json", THING);
        write("schema/common.schema.json", COMMON);
    }

    @Test
    void bundleInlinesEachListedFileUnderItsComponentName() throws IOException {
        ObjectNode bundled = OpenApiBundler.bundle(openApi);

        JsonNode thing = bundled.at("/components/schemas/Thing");
        assertThat(thing.path("title").asText()).isEqualTo("Thing");
        assertThat(thing.has("$defs")).as("$defs are lifted out").isFalse();
        assertThat(bundled.at("/components/schemas/Code/enum").toString()).isEqualTo("[\"A\",\"B\"]");
    }

    @Test
    void bundleLiftsEveryDefsEntryIntoComponentsSortedByName() throws IOException {
        ObjectNode bundled = OpenApiBundler.bundle(openApi);

        List<String> names = new ArrayList<>();
        bundled.at("/components/schemas").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("Code", "Money", "Page", "Part", "Thing");
    }

    @Test
    void bundleRewritesFileDefsAndLocalReferencesToComponents() throws IOException {
        ObjectNode bundled = OpenApiBundler.bundle(openApi);

        JsonNode properties = bundled.at("/components/schemas/Thing/properties");
        assertThat(properties.at("/code/$ref").asText()).isEqualTo("#/components/schemas/Code");
        assertThat(properties.at("/price/$ref").asText()).isEqualTo("#/components/schemas/Money");
        assertThat(properties.at("/part/$ref").asText()).isEqualTo("#/components/schemas/Part");
        assertThat(properties.at("/parent/$ref").asText()).isEqualTo("#/components/schemas/Thing");
        assertThat(bundled.at("/paths/~1things/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Thing");
        assertThat(bundled.at("/components/schemas/Page/properties/items/items/$ref").asText())
                .isEqualTo("#/components/schemas/Thing");
    }

    @Test
    void bundleLeavesNoExternalReference() throws IOException {
        String json = OpenApiBundler.toJson(OpenApiBundler.bundle(openApi));

        assertThat(json).doesNotContain(".schema.json").doesNotContain("$defs");
    }

    @Test
    void bundleDropsIdSchemaAndCommentKeywordsButKeepsPropertiesOfThatName() throws IOException {
        ObjectNode bundled = OpenApiBundler.bundle(openApi);

        JsonNode thing = bundled.at("/components/schemas/Thing");
        assertThat(thing.has("$id")).isFalse();
        assertThat(thing.has("$schema")).isFalse();
        assertThat(thing.has("$comment")).isFalse();
        assertThat(bundled.at("/components/schemas/Part").has("$comment")).isFalse();
        assertThat(thing.at("/properties/$comment/type").asText()).isEqualTo("string");
    }

    @Test
    void bundleCopiesDataAndExtensionKeywordsUntouched() throws IOException {
        ObjectNode bundled = OpenApiBundler.bundle(openApi);

        assertThat(bundled.at("/components/schemas/Money/examples/0/$ref").asText())
                .isEqualTo("data, not a reference");
        assertThat(bundled.at("/components/schemas/Code/x-codelist").asText()).isEqualTo("code.csv");
    }

    @Test
    void bundleKeepsClosedObjectsButTheGeneratorInputDropsTheMarker() throws IOException {
        assertThat(OpenApiBundler.bundle(openApi).at("/components/schemas/Thing/additionalProperties").isBoolean())
                .isTrue();
        assertThat(OpenApiBundler.bundleForOpenApiGenerator(openApi).at("/components/schemas/Thing")
                .has("additionalProperties")).isFalse();
    }

    @Test
    void toJsonKeepsNumbersAsWrittenAndIsByteForByteRepeatable() throws IOException {
        String first = OpenApiBundler.toJson(OpenApiBundler.bundle(openApi));
        String second = OpenApiBundler.toJson(OpenApiBundler.bundle(openApi));

        assertThat(first).contains("\"minimum\" : 0.10").doesNotContain("\r").endsWith("}\n");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void mainWritesTheBundleCreatingDirectories() throws IOException {
        Path output = directory.resolve("target/out/api.bundled.json");

        OpenApiBundler.main(new String[] {openApi.toString(), output.toString()});

        assertThat(Files.readString(output)).isEqualTo(OpenApiBundler.toJson(OpenApiBundler.bundle(openApi)));
    }

    @Test
    void bundleFailsOnTwoDifferentDefsOfTheSameName() throws IOException {
        write("schema/thing.schema.json", THING.replace("\"Part\": {", "\"Money\": {\"type\": \"integer\"}, \"Part\": {"));

        assertThatThrownBy(() -> OpenApiBundler.bundle(openApi))
                .isInstanceOf(OpenApiBundler.BundlingException.class)
                .hasMessageContaining("$defs/Money")
                .hasMessageContaining("clashes");
    }

    @Test
    void bundleFailsOnAWholeFileReferenceToAFileNotListedInComponents() throws IOException {
        write("schema/other.schema.json", "{\"type\": \"object\"}");
        write("schema/thing.schema.json", THING.replace("{\"$ref\": \"#\"}", "{\"$ref\": \"other.schema.json\"}"));

        assertThatThrownBy(() -> OpenApiBundler.bundle(openApi))
                .isInstanceOf(OpenApiBundler.BundlingException.class)
                .hasMessageContaining("thing.schema.json")
                .hasMessageContaining("other.schema.json, which is not listed in components.schemas");
    }

    @Test
    void bundleFailsOnAMissingDefinition() throws IOException {
        write("schema/thing.schema.json", THING.replace("#/$defs/Part", "#/$defs/Missing"));

        assertThatThrownBy(() -> OpenApiBundler.bundle(openApi))
                .isInstanceOf(OpenApiBundler.BundlingException.class)
                .hasMessageContaining("has no $defs/Missing");
    }

    @Test
    void bundleFailsOnAReferenceOutsideTheSchemaDirectory() throws IOException {
        write("schema/thing.schema.json",
                THING.replace("\"#/$defs/Part\"", "\"https://elsewhere.example/x.json#/$defs/Part\""));

        assertThatThrownBy(() -> OpenApiBundler.bundle(openApi))
                .isInstanceOf(OpenApiBundler.BundlingException.class)
                .hasMessageContaining("cannot bundle $ref to https://elsewhere.example/x.json");
    }

    private Path write(String relativePath, String content) throws IOException {
        Path file = directory.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
