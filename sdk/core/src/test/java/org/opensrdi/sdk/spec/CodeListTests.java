package org.opensrdi.sdk.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opensrdi.sdk.SpecResources;

/** Schema enums and the code lists they name ({@code "x-codelist": "tier.csv"}) hold the same codes. */
class CodeListTests {

    @TestFactory
    Stream<DynamicTest> everyEnumWithACodeListHasExactlyTheCodesOfThatList() {
        return SpecResources.schemaFileNames().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            List<String> problems = new ArrayList<>();
            SchemaTree.visit(SpecResources.schema(file), (pointer, schema) -> {
                JsonNode codeList = schema.get("x-codelist");
                if (codeList == null) {
                    return;
                }
                String where = file + "#" + pointer;
                String path = "codelists/" + codeList.asText();
                if (!SpecResources.paths().contains(path)) {
                    problems.add(where + ": names " + path + ", which the spec does not ship");
                } else if (schema.has("enum")) {
                    Set<String> enumCodes = new TreeSet<>();
                    schema.get("enum").forEach(code -> enumCodes.add(code.asText()));
                    Set<String> listCodes = SpecResources.codeListRows(codeList.asText()).stream()
                            .map(row -> row.get("code"))
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (!enumCodes.equals(listCodes)) {
                        problems.add(where + ": enum " + enumCodes + " but " + path + " has " + listCodes);
                    }
                }
            });
            assertThat(problems).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCodeListStartsWithACodeColumn() {
        return SpecResources.paths().stream()
                .filter(path -> path.startsWith("codelists/") && path.endsWith(".csv"))
                .map(path -> DynamicTest.dynamicTest(path, () -> {
                    List<Map<String, String>> rows = SpecResources.codeListRows(path.substring("codelists/".length()));
                    assertThat(rows).as("%s has rows", path).isNotEmpty();
                    assertThat(rows.get(0).keySet()).as("%s header", path).first().isEqualTo("code");
                    // Not necessarily unique: GB/T 2260 reused some codes before withdrawing them again.
                    assertThat(rows).extracting(row -> row.get("code")).as("%s codes", path)
                            .allSatisfy(code -> assertThat(code).isNotBlank());
                }));
    }
}
