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
import org.opensrdi.sdk.SpecResources;
import picocli.CommandLine;

/** {@code opensrdi awards}: the table per enterprise, JSON output, pack choice, refusals and exit codes. */
class AwardsCommandTests extends CommandLineTestSupport {



    @Test
    void theJingheSampleShowsTheStackedLinesWithPayerRuleAndClause() throws IOException {
        Path file = copy("examples/submissions/jinghe-2024.json");
        assertThat(run("awards", "--as-of", "2024-12-31", "--lang", "en", file.toString())).isZero();
        // 二.(三).1: re-recognition 100000 (650000) + 50000 (652700) + 50000 (652722); 二.(二).2: 0.5 × 200000 = 100000.00
        assertThat(out.toString())
                .contains("packs 652700-2023-srdi-doubling, 652722-2022-hte-doubling")
                .containsPattern("100000\\.00 +650000 +JINGHE-AWARD-HTE-RENEWAL-REGION +二\\.\\(三\\)\\.1 +designation\\[JH24-D-002\\]")
                .containsPattern("100000\\.00 +652722 +JINGHE-MATCHING-INNOVATION-PLATFORM +二\\.\\(二\\)\\.2")
                .contains("total: 300000.00 (by payer: 650000 100000.00; 652700 50000.00; 652722 150000.00)")
                .contains("Total: 400000.00");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theHubeiSampleShowsRangesAndWhyALineIsNotPaidInChinese() throws IOException {
        Path file = copy("examples/submissions/hubei-2024.json");
        assertThat(run("awards", "--as-of", "2024-12-31", file.toString())).isZero();
        // 九: little giant 500000; 二: national enterprise technology centre 5000000; 九: 9800000 × 0.08 = 784000.00
        assertThat(out.toString()).contains("500000.00").contains("5000000.00").contains("784000.00")
                .contains("提示 REQUIRED_TIER_NOT_HELD");
    }

    @Test
    void jsonOutputHasLinesWithExplanationsAndTotals() throws IOException {
        Path file = copy("examples/submissions/jinghe-2024.json");
        assertThat(run("awards", "--format", "json", "--as-of", "2024-12-31", file.toString())).isZero();
        JsonNode result = OpenSrdi.jsonMapper().readTree(out.toString());
        assertThat(result.at("/lines")).hasSize(5);
        assertThat(result.at("/lines/0/explanation/calculator").asText()).isEqualTo("award");
        assertThat(result.at("/totals/all/exact").decimalValue()).isEqualByComparingTo("400000");
        assertThat(result.at("/totals/byPayer/652722/exact").decimalValue()).isEqualByComparingTo("250000");
    }

    @Test
    void packsCanBeChosenByCodeOrFile() throws IOException {
        Path file = copy("examples/submissions/jinghe-2024.json");
        assertThat(run("awards", "--pack", "652700", "--as-of", "2024-12-31", "--lang", "en", file.toString())).isZero();
        // The Bortala pack has no high-tech enterprise or matching rules.
        assertThat(out.toString()).contains("Total: 0.00");
        Path pack = directory.resolve("jinghe-pack.json");
        try (InputStream in = SpecResources.open("policies/652722-2022-hte-doubling.json")) {
            Files.copy(in, pack);
        }
        out.getBuffer().setLength(0);
        assertThat(run("awards", "--pack", pack.toString(), "--as-of", "2024-12-31", "--lang", "en", file.toString())).isZero();
        assertThat(out.toString()).contains("Total: 400000.00");
    }

    @Test
    void aSubmissionThatIsNotAcceptedIsRefusedWithExitTwo() throws IOException {
        Path file = copy("examples/submissions/broken.invalid.json");
        assertThat(run("awards", "--as-of", "2025-01-31", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the submission is not accepted").contains("opensrdi validate");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownPackCodeAndAMissingFileAreUsageErrors() throws IOException {
        Path file = copy("examples/submissions/jinghe-2024.json");
        assertThat(run("awards", "--pack", "110000", "--as-of", "2024-12-31", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--pack 110000");
        Path missing = directory.resolve("none.json");
        assertThat(run("awards", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(missing + ": no such file");
    }


}
