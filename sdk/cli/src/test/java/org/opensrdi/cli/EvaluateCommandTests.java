package org.opensrdi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SpecResources;
import picocli.CommandLine;

/**
 * {@code opensrdi evaluate}: the readable results in Chinese and English, JSON with explanations,
 * rejected records skipped with a note, the near-miss pool, and exit codes. The verdicts of the
 * sample enterprises are worked out by hand in {@code SampleEnterpriseTests} of the SDK.
 */
class EvaluateCommandTests extends CommandLineTestSupport {



    @Test
    void theBortalaSubmissionIsEvaluatedPerEnterpriseInChinese() throws IOException {
        // As of the submission's asOfDate 2024-12-31: the carbon-materials sample scores 95 for the
        // innovative SME (2022 standard); the copper sample qualifies as an SRDI SME with [70, 85].
        Path file = copy("examples/submissions/bortala-2024.json");
        assertThat(run("evaluate", file.toString())).isZero();
        String text = out.toString();
        assertThat(text).startsWith("91652701MA77UQ3T7C 博乐市示例碳材料科技有限公司（基准日 2024-12-31）\n")
                .contains("  企业规模：小型企业（INDUSTRY；size-class-2011@0.1.0）\n")
                .contains("  创新型中小企业：符合\n    得分：95\n")
                .contains("    规则集：innovative-sme-2022@0.1.0\n")
                .contains("  专精特新中小企业：符合\n    得分：[70, 85]（区间）\n")
                .contains("  专精特新“小巨人”企业：")
                .doesNotContain("专精特新培育库");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void oneTierInEnglish() throws IOException {
        Path file = copy("examples/submissions/bortala-2024.json");
        assertThat(run("evaluate", "--lang", "en", "--tier", "SRDI_SME", file.toString())).isZero();
        assertThat(out.toString())
                .contains("91652702096481258T Alashankou Example Copper Materials Technology Co., Ltd. (as of 2024-12-31)\n")
                .contains("  SRDI SME (specialised, refined, distinctive and innovative SME): QUALIFIED\n"
                        + "    Points: [70, 85] (range)\n")
                .contains("    Note: SLOT_NOT_DEFINED DISTINCTIVE")
                .contains("    Rule set: srdi-sme-2022@0.1.0\n")
                .doesNotContain("Innovative SME:");
    }

    @Test
    void jsonGivesTheResultsWithExplanationsThatConformToTheSchema() throws IOException {
        Path file = copy("examples/submissions/bortala-2024.json");
        assertThat(run("evaluate", "--format", "json", file.toString())).isZero();
        JsonNode document = OpenSrdi.jsonMapper().readTree(out.toString());
        assertThat(document.at("/asOfDate").asText()).isEqualTo("2024-12-31");
        JsonNode first = document.at("/enterprises/0");
        assertThat(first.at("/uscc").asText()).isEqualTo("91652701MA77UQ3T7C");
        assertThat(first.at("/sizeClass/outcome").asText()).isEqualTo("SMALL");
        JsonNode innovative = null;
        for (JsonNode result : first.at("/results")) {
            if (result.at("/tier").asText().equals("INNOVATIVE_SME")) {
                innovative = result;
            }
        }
        assertThat(innovative).isNotNull();
        assertThat(innovative.at("/verdict").asText()).isEqualTo("QUALIFIED");
        assertThat(innovative.at("/points/0").asInt()).isEqualTo(95);
        assertThat(innovative.at("/ruleSet").asText()).isEqualTo("innovative-sme-2022@0.1.0");
        assertThat(innovative.at("/explanation/ruleSet").asText()).isEqualTo("innovative-sme-2022@0.1.0");
        SchemaValidator schemas = SchemaValidator.create();
        assertThat(schemas.validate(innovative.at("/explanation"), "explanation.schema.json")).isEmpty();
        assertThat(schemas.validate(first.at("/sizeClass/explanation"), "explanation.schema.json")).isEmpty();
    }

    @Test
    void rejectedRecordsAreSkippedWithANoteAndTheRestEvaluated() throws IOException {
        // broken.invalid.json: every record has an ERROR (SRDI-E2006, SRDI-E2003, SRDI-E2001).
        Path file = copy("examples/submissions/broken.invalid.json");
        assertThat(run("evaluate", "--lang", "en", file.toString())).isZero();
        assertThat(err.toString()).contains(file + ": record #0 failed validation and is skipped (SRDI-E2006)")
                .contains("record #1 failed validation and is skipped (SRDI-E2003)");
        assertThat(out.toString()).isEqualTo("No enterprise records to evaluate.\n");
    }

    @Test
    void theNearMissOptionAddsTheCultivationPool() throws IOException {
        // The carbon-materials sample misses no element of srdi-sme-2022 and leaves one undecided (the
        // score, [44, 79]): 0 + 1 ≤ 3 → admitted.
        Path file = copy("examples/submissions/bortala-2024.json");
        assertThat(run("evaluate", "--tier", "CULTIVATION_POOL", "--near-miss", "3", file.toString())).isZero();
        assertThat(out.toString()).contains("  专精特新培育库（后备库）：符合\n")
                .contains("    缺项：0；未定 1（SCORE|DIRECT_SCIENCE_AWARD|DIRECT_RD_EXPENSE|DIRECT_EQUITY_FINANCING|"
                        + "DIRECT_MAKER_CHINA）；上限 N = 3；目标规则集 srdi-sme-2022@0.1.0\n")
                .contains("    规则集：cultivation-pool@0.1.0\n");
    }

    @Test
    void theAsOfDateChoosesThe2026Regime() throws IOException {
        Path file = copy("examples/submissions/bortala-2024.json");
        assertThat(run("evaluate", "--as-of", "2026-05-01", "--tier", "TECH_INNOVATIVE_SME", file.toString())).isZero();
        assertThat(out.toString()).contains("规则集：tech-innovative-sme-2026@0.1.0");
    }

    @Test
    void usageMistakesAndMissingFilesExitWithTwo() throws IOException {
        Path file = copy("examples/submissions/bortala-2024.json");
        assertThat(run("evaluate", "--tier", "CULTIVATION_POOL", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--near-miss");
        assertThat(run("evaluate", "--tier", "INNOVATIVE_SME", "--as-of", "2026-05-01", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no rules of tier INNOVATIVE_SME are in force on 2026-05-01");
        Path missing = directory.resolve("nope.json");
        assertThat(run("evaluate", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).endsWith("opensrdi: " + missing + ": no such file\n");
        assertThat(run("evaluate", "--tier", "NO_SUCH_TIER", file.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }


}
