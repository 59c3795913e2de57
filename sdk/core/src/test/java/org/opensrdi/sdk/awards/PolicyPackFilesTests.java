package org.opensrdi.sdk.awards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SpecResources;

/**
 * The policy packs under spec/policies/ as files: valid, cited, complete against every row of
 * spec/docs/plan-mapping.md, and documented in spec/docs/policies/. A failure names the pack and the
 * row or element.
 */
class PolicyPackFilesTests {

    /** The source plan numbers of plan-mapping.md and the pack of each. */
    private static final Map<String, String> PACKS = new LinkedHashMap<>();

    static {
        PACKS.put("000", "652700-2023-srdi-doubling");
        PACKS.put("001", "321202-2023-srdi-three-year");
        PACKS.put("002", "500116-2022-srdi-special-action");
        PACKS.put("003", "420000-2023-srdi-measures");
        PACKS.put("004", "652722-2022-hte-doubling");
    }

    private static final List<String> ELEMENT_ARRAYS = List.of("awardRules", "targets", "quantitativeMeasures", "qualitativeMeasures");

    @Test
    void theSpecShipsOnePackPerSourcePlanNamedAfterItsPackId() {
        List<String> files = SpecResources.paths().stream().filter(path -> path.startsWith("policies/")).toList();
        assertThat(files).containsExactlyInAnyOrderElementsOf(PACKS.values().stream().map(id -> "policies/" + id + ".json").toList());
        for (String packId : PACKS.values()) {
            JsonNode pack = pack(packId);
            assertThat(pack.path("packId").asText()).isEqualTo(packId);
            assertThat(packId).startsWith(pack.at("/document/jurisdiction").asText() + "-");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPackIsValidAgainstThePolicyPackSchema() {
        SchemaValidator validator = SchemaValidator.create();
        return PACKS.values().stream().map(packId -> DynamicTest.dynamicTest(packId,
                () -> assertThat(validator.validate(pack(packId), "policy-pack.schema.json")).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyElementHasAUniqueIdAndACitationWithClauseQuoteAndAKnownDocument() {
        return PACKS.values().stream().map(packId -> DynamicTest.dynamicTest(packId, () -> {
            JsonNode pack = pack(packId);
            Set<String> documents = new HashSet<>();
            documents.add(pack.at("/document/id").asText());
            pack.path("documents").forEach(document -> documents.add(document.path("id").asText()));
            Set<String> ids = new HashSet<>();
            List<String> problems = new ArrayList<>();
            for (String array : ELEMENT_ARRAYS) {
                for (JsonNode element : pack.path(array)) {
                    String id = element.path("id").asText();
                    if (!ids.add(id)) {
                        problems.add(id + ": id used twice");
                    }
                    JsonNode citation = element.path("citation");
                    if (citation.path("clause").asText().isBlank() || citation.path("quote").asText().isBlank()) {
                        problems.add(id + ": citation without clause or quote");
                    }
                    if (!documents.contains(citation.path("source").asText())) {
                        problems.add(id + ": citation source " + citation.path("source") + " names no document of the pack");
                    }
                }
            }
            assertThat(problems).isEmpty();
        }));
    }

    /**
     * Every row of plan-mapping.md (e.g. {@code | 000-11 |}) is listed in the pack's page of
     * spec/docs/policies/ with the id of the element that carries it, and that element exists.
     */
    @TestFactory
    Stream<DynamicTest> everyRowOfThePlanMappingIsCarriedByAnElementOfItsPack() {
        Map<String, Set<String>> rows = mappingRows();
        return PACKS.entrySet().stream().map(plan -> DynamicTest.dynamicTest(plan.getValue(), () -> {
            JsonNode pack = pack(plan.getValue());
            Set<String> ids = new HashSet<>();
            for (String array : ELEMENT_ARRAYS) {
                pack.path(array).forEach(element -> ids.add(element.path("id").asText()));
            }
            Map<String, String> documented = new TreeMap<>();
            Matcher row = Pattern.compile("(?m)^\\| (\\d{3}-\\d{2}) \\| `([A-Z0-9._-]+)`").matcher(text("docs/policies/" + plan.getValue() + ".md"));
            while (row.find()) {
                documented.put(row.group(1), row.group(2));
            }
            assertThat(documented.keySet()).as("rows of plan %s in docs/policies/%s.md", plan.getKey(), plan.getValue())
                    .containsExactlyElementsOf(rows.get(plan.getKey()));
            assertThat(documented).allSatisfy((mappingRow, element) -> assertThat(ids).as(mappingRow).contains(element));
        }));
    }

    /** The counts of plan-mapping.md §10 (targets, quotas, award lines) are the pack's counts. */
    @TestFactory
    Stream<DynamicTest> everyPackHasTheTargetsQuotasAndAwardLinesTheMappingCounts() {
        Pattern coverage = Pattern.compile("(?m)^\\| (\\d{3}) [^|]+\\| \\d+ \\| (\\d+) \\| (\\d+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|");
        Matcher row = coverage.matcher(text("docs/plan-mapping.md"));
        List<DynamicTest> tests = new ArrayList<>();
        while (row.find()) {
            String plan = row.group(1);
            int targets = Integer.parseInt(row.group(2));
            int quotas = Integer.parseInt(row.group(3));
            int awardLines = lastNumber(row.group(4));
            int quantitative = lastNumber(row.group(5));
            int qualitative = lastNumber(row.group(6));
            tests.add(DynamicTest.dynamicTest(PACKS.get(plan), () -> {
                JsonNode pack = pack(PACKS.get(plan));
                assertThat(pack.path("targets").size()).as("targets").isEqualTo(targets);
                int packQuotas = 0;
                for (JsonNode target : pack.path("targets")) {
                    packQuotas += target.path("quotas").size();
                }
                assertThat(packQuotas).as("quotas").isEqualTo(quotas);
                assertThat(pack.path("awardRules").size()).as("award lines").isEqualTo(awardLines);
                // Measures may be more than the mapping counts: the packs also keep the plans'
                // measures without numbers, and 000-05 became a cultivation-pool measure.
                assertThat(pack.path("quantitativeMeasures").size() + pack.path("qualitativeMeasures").size())
                        .as("measures").isGreaterThanOrEqualTo(quantitative + qualitative);
            }));
        }
        assertThat(tests).as("coverage rows of plan-mapping.md §10").hasSize(PACKS.size());
        return tests.stream();
    }

    @Test
    void theExampleExcerptsElementsLiveInTheBortalaPackUnderTheSameIds() {
        JsonNode excerpt = SpecResources.json("examples/policy-packs/bortala-excerpt.json");
        JsonNode pack = pack("652700-2023-srdi-doubling");
        assertThat(excerpt.path("packId").asText()).isEqualTo(pack.path("packId").asText());
        Set<String> ids = new HashSet<>();
        for (String array : ELEMENT_ARRAYS) {
            pack.path(array).forEach(element -> ids.add(element.path("id").asText()));
        }
        for (String array : ELEMENT_ARRAYS) {
            excerpt.path(array).forEach(element -> assertThat(ids).contains(element.path("id").asText()));
        }
    }

    private static Map<String, Set<String>> mappingRows() {
        Map<String, Set<String>> rows = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| ((\\d{3})-\\d{2}) \\|").matcher(text("docs/plan-mapping.md"));
        while (row.find()) {
            rows.computeIfAbsent(row.group(2), key -> new TreeSet<>()).add(row.group(1));
        }
        return rows;
    }

    private static int lastNumber(String cell) {
        Matcher number = Pattern.compile("(\\d+)").matcher(cell);
        int last = 0;
        while (number.find()) {
            last = Integer.parseInt(number.group(1));
        }
        return last;
    }

    private static JsonNode pack(String packId) {
        return SpecResources.json("policies/" + packId + ".json");
    }

    private static String text(String path) {
        try (InputStream in = SpecResources.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
    }
}
