package org.opensrdi.sdk.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opensrdi.sdk.SpecResources;

/** The schema files themselves: well-formed 2020-12 schemas that describe themselves in zh and en (style habit 7). */
class SchemaFilesTests {

    private static final String ID_PREFIX = "https://opensrdi.org/schema/0.1/";
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /** The meta-schema ships inside json-schema-validator; nothing is fetched. */
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    @Test
    void theSpecShipsTheSchemasOfVersion01() {
        assertThat(SpecResources.schemaFileNames()).contains("common.schema.json", "enterprise.schema.json",
                "designation.schema.json", "event.schema.json", "jurisdiction.schema.json", "submission.schema.json");
    }

    @TestFactory
    Stream<DynamicTest> everySchemaIsValidAgainstTheDraft202012MetaSchema() {
        return perSchemaFile(file -> assertThat(META_SCHEMA.validate(SpecResources.schema(file)))
                .as("%s against the 2020-12 meta-schema", file)
                .isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everySchemaHasItsIdTitleAndDescription() {
        return perSchemaFile(file -> {
            JsonNode schema = SpecResources.schema(file);
            assertThat(schema.path("$id").asText()).as("%s#/$id", file).isEqualTo(ID_PREFIX + file);
            assertThat(schema.path("$schema").asText()).as("%s#/$schema", file)
                    .isEqualTo(SpecificationVersion.DRAFT_2020_12.getDialectId());
            assertThat(problems(file + "#", schema)).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> everyPropertyAndDefinitionHasABilingualTitleAndDescription() {
        return perSchemaFile(file -> {
            List<String> problems = new ArrayList<>();
            SchemaTree.visit(SpecResources.schema(file), (pointer, schema) -> {
                for (String keyword : List.of("properties", "$defs")) {
                    schema.path(keyword).properties().forEach(named -> problems.addAll(problems(
                            file + "#" + pointer + "/" + keyword + "/" + SchemaTree.escape(named.getKey()),
                            named.getValue())));
                }
            });
            assertThat(problems).as("properties and $defs without a bilingual title and description").isEmpty();
        });
    }

    /** What is missing from a schema's title and description; each entry names the file and pointer. */
    private static List<String> problems(String location, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        for (String keyword : List.of("title", "description")) {
            String text = schema.path(keyword).asText("");
            if (text.isBlank()) {
                problems.add(location + ": no " + keyword);
            } else if (!CJK.matcher(text).find() || !LATIN.matcher(text).find()) {
                problems.add(location + ": " + keyword + " is not in both Chinese and English: " + text);
            }
        }
        return problems;
    }

    private static Stream<DynamicTest> perSchemaFile(ThrowingConsumer<String> test) {
        return SpecResources.schemaFileNames().stream()
                .map(file -> DynamicTest.dynamicTest(file, () -> test.accept(file)));
    }
}
