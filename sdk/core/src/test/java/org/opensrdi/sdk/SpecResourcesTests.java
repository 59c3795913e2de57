package org.opensrdi.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecResourcesTests {

    @Test
    void pathsListTheShippedFilesIncludingTheBundledOpenApiDocument() {
        assertThat(SpecResources.paths())
                .contains("schema/enterprise.schema.json", "openapi/opensrdi-api.yaml",
                        "openapi/opensrdi-api.bundled.json", "codelists/level.csv")
                .isSorted();
    }

    @Test
    void schemaFileNamesAreTheFileNamesOfTheSchemaDirectory() {
        assertThat(SpecResources.schemaFileNames())
                .contains("common.schema.json", "enterprise.schema.json", "submission.schema.json")
                .allSatisfy(name -> assertThat(name).endsWith(".schema.json").doesNotContain("/"));
    }

    @Test
    void schemaReadsASchemaByFileName() {
        assertThat(SpecResources.schema("jurisdiction.schema.json").get("$id").asText())
                .isEqualTo("https://opensrdi.org/schema/0.1/jurisdiction.schema.json");
    }

    @Test
    void schemaOfAnUnknownFileSaysWhichResourceIsMissing() {
        assertThatThrownBy(() -> SpecResources.schema("nonexistent.schema.json"))
                .isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining("org/opensrdi/spec/schema/nonexistent.schema.json");
    }

    @Test
    void codeListRowsMapColumnsToValuesInFileOrder() {
        List<Map<String, String>> rows = SpecResources.codeListRows("level.csv");

        // The four levels of the glossary (domain/glossary.md, "Levels and jurisdictions").
        assertThat(rows).extracting(row -> row.get("code"))
                .containsExactly("NATIONAL", "PROVINCIAL", "PREFECTURAL", "COUNTY");
        assertThat(rows.get(0).keySet()).first().isEqualTo("code");
        assertThat(rows.get(0).get("title_zh")).isEqualTo("国家级");
    }

    @Test
    void codeListRowsAreUnmodifiable() {
        List<Map<String, String>> rows = SpecResources.codeListRows("level.csv");

        assertThatThrownBy(() -> rows.get(0).put("code", "X")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(rows::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
