package org.opensrdi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opensrdi.cli.conformance.Protocol;
import org.opensrdi.cli.conformance.Vector;
import org.opensrdi.sdk.SpecResources;

/**
 * {@code COVERAGE.md} is generated from the vectors, the issue catalogue and the schemas, and must be
 * current: every issue code of {@code spec/codelists/validation-issue.csv} with the vectors that
 * expect it (failing cases) and those that cite it without expecting it (passing cases), and every
 * schema of {@code spec/schema/} with its vectors; the codes and schemas without any are named.
 */
class CoverageTests {

    static final String REGENERATE = "./mvnw -B -ntp -q install -DskipTests && "
            + "./mvnw -B -ntp -q -pl conformance-tests test -Dtest=CoverageTests -Dopensrdi.regenerate=true";

    @Test
    void coverageListIsCurrent() throws IOException {
        Path file = Suite.ROOT.resolve("COVERAGE.md");
        String generated = generate();
        if (Boolean.getBoolean("opensrdi.regenerate")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(committed).as("conformance-tests/COVERAGE.md is stale; regenerate it with: %s", REGENERATE)
                .isEqualTo(generated);
    }

    static String generate() throws IOException {
        List<Vector> vectors = Suite.vectors();
        StringBuilder out = new StringBuilder();
        out.append("# Conformance coverage\n\n");
        out.append("Generated from `vectors/`, `spec/codelists/validation-issue.csv` and `spec/schema/` by ")
                .append("`src/test/java/org/opensrdi/conformance/CoverageTests.java`; do not edit. A test fails when it is ")
                .append("stale. Regenerate with:\n\n```sh\n").append(REGENERATE).append("\n```\n\n");
        Map<String, Integer> byCapability = new TreeMap<>();
        vectors.forEach(v -> byCapability.merge(v.capability() + " " + v.specVersion(), 1, Integer::sum));
        out.append(vectors.size()).append(" vectors: ");
        List<String> parts = new ArrayList<>();
        byCapability.forEach((k, n) -> parts.add("`" + k.replace(' ', '/') + "` " + n));
        out.append(String.join(", ", parts)).append(".\n\n");

        List<Map<String, String>> catalogue = SpecResources.codeListRows("validation-issue.csv");
        List<String> uncoveredCodes = new ArrayList<>();
        StringBuilder table = new StringBuilder("| Code | Severity | Layer | Title | Failing | Passing |\n|---|---|---|---|---:|---:|\n");
        for (Map<String, String> row : catalogue) {
            String code = row.get("code");
            String shortCode = code.substring("SRDI-".length());
            int failing = 0;
            int passing = 0;
            for (Vector vector : vectors) {
                if (!Protocol.VALIDATION_CAPABILITIES.contains(vector.capability())) {
                    continue;
                }
                if (expects(vector, code)) {
                    failing++;
                } else if (vector.specReference().matches(".*\\b(SRDI-)?" + shortCode + "\\b.*")) {
                    passing++;
                }
            }
            if (failing == 0) {
                uncoveredCodes.add("`" + code + "` " + row.get("title_en"));
            }
            table.append("| `").append(code).append("` | ").append(row.get("severity")).append(" | ").append(row.get("layer"))
                    .append(" | ").append(row.get("title_en")).append(" | ").append(failing).append(" | ").append(passing).append(" |\n");
        }
        out.append("## Issue codes without a vector\n\n");
        out.append(uncoveredCodes.isEmpty() ? "None.\n" : "- " + String.join("\n- ", uncoveredCodes) + "\n");

        Map<String, int[]> bySchema = new TreeMap<>();
        for (String name : schemaFileNames()) {
            bySchema.put(name, new int[2]);
        }
        for (Vector vector : vectors) {
            if (Protocol.SCHEMA.equals(vector.capability())) {
                int[] counts = bySchema.computeIfAbsent(vector.input().path("schema").asText(), k -> new int[2]);
                counts[vector.expected().path("valid").asBoolean() ? 0 : 1]++;
            }
        }
        List<String> uncoveredSchemas = new ArrayList<>();
        StringBuilder schemas = new StringBuilder("| Schema | Valid instances | Invalid instances |\n|---|---:|---:|\n");
        bySchema.forEach((name, counts) -> {
            if (counts[0] + counts[1] == 0) {
                uncoveredSchemas.add("`" + name + "`");
            }
            schemas.append("| `").append(name).append("` | ").append(counts[0]).append(" | ").append(counts[1]).append(" |\n");
        });
        out.append("\n## Schemas without a vector\n\n");
        out.append(uncoveredSchemas.isEmpty() ? "None.\n" : "- " + String.join("\n- ", uncoveredSchemas) + "\n");
        out.append("\n## Issue codes\n\nFailing: vectors whose expected output has the code. Passing: vectors that cite the code in ")
                .append("their `specReference` and do not expect it (the rule holds).\n\n").append(table);
        out.append("\n## Schemas\n\n").append(schemas);
        return out.toString();
    }

    private static boolean expects(Vector vector, String code) {
        for (JsonNode issue : vector.expected().path("issues")) {
            if (code.equals(issue.path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> schemaFileNames() throws IOException {
        try (Stream<Path> files = Files.list(Suite.ROOT.resolveSibling("spec").resolve("schema"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json")).sorted().toList();
        }
    }
}
