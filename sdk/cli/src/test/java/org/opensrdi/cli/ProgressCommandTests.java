package org.opensrdi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * {@code opensrdi progress}: the report of a sample submission as text, JSON and SVG, the roll-up to
 * the province, rejected records skipped with a note, and exit code 2 for usage and I/O mistakes.
 */
class ProgressCommandTests extends CommandLineTestSupport {



    @Test
    void theTextReportOfASampleCoversTheCountyAndEveryLevelAboveIt() throws IOException {
        Path file = copy("examples/submissions/progress-jinghe-2024.json");

        assertThat(run("progress", file.toString())).isZero();

        // The submission's own jurisdiction and as-of date; Chinese by default.
        assertThat(out.toString()).startsWith("精河县 652722（县级）· 基准日 2024-12-31\n")
                .contains("\n博尔塔拉蒙古自治州 652700（地级）· 基准日 2024-12-31\n")
                .contains("\n新疆维吾尔自治区 650000（省级）· 基准日 2024-12-31\n")
                .contains("▲ 存在风险", "“十四五”末科技型中小企业20家 〔力争〕");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonOutputIsTheProgressReportForTheRequestedJurisdictionAndDate() throws IOException {
        Path file = copy("examples/submissions/progress-bortala-2025h1.json");

        assertThat(run("progress", "--format", "json", "--as-of", "2025-06-30", "--jurisdiction", "652700",
                file.toString())).isZero();

        JsonNode report = OpenSrdi.jsonMapper().readTree(out.toString());
        assertThat(report.at("/asOfDate").asText()).isEqualTo("2025-06-30");
        assertThat(report.at("/jurisdictions/0/jurisdiction").asText()).isEqualTo("652700");
        assertThat(report.at("/jurisdictions/1/jurisdiction").asText()).isEqualTo("650000");
        // 37 + 33 × 591 ÷ 775 = 62.17 expected; 60 actual → AT_RISK (spec/docs/progress.md §11).
        assertThat(report.at("/jurisdictions/0/targets/0/targetId").asText()).isEqualTo("BORTALA-TARGET-INNOVATIVE-SME-2025");
        assertThat(report.at("/jurisdictions/0/targets/0/status").asText()).isEqualTo("AT_RISK");
        assertThat(report.at("/jurisdictions/0/targets/0/expectedByNow").decimalValue()).isEqualByComparingTo("62.17");
    }

    @Test
    void svgOutputWritesOneChartPerJurisdiction() throws IOException {
        Path file = copy("examples/submissions/progress-jinghe-bole-rollup-2024.json");
        Path charts = directory.resolve("charts");

        assertThat(run("progress", "--format", "svg", "--out", charts.toString(), "--jurisdiction", "652722",
                "--lang", "en", file.toString())).isZero();

        assertThat(out.toString().lines()).containsExactly(
                charts.resolve("progress-652722-2024-12-31.svg").toString(),
                charts.resolve("progress-652700-2024-12-31.svg").toString(),
                charts.resolve("progress-650000-2024-12-31.svg").toString());
        assertThat(Files.readString(charts.resolve("progress-652700-2024-12-31.svg")))
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("target progress");
    }

    @Test
    void rejectedRecordsAreSkippedWithANote() throws IOException {
        // Record #7 is J1's little-giant designation; make its term end before it starts.
        ObjectNode submission = (ObjectNode) SpecResources.json("examples/submissions/progress-jinghe-bole-rollup-2024.json");
        ArrayNode records = (ArrayNode) submission.get("records");
        ObjectNode littleGiant = (ObjectNode) records.get(7).get("designation");
        assertThat(littleGiant.get("tier").asText()).isEqualTo("LITTLE_GIANT");
        littleGiant.put("termEnd", "2024-01-01");
        Path file = directory.resolve("broken.json");
        Files.writeString(file, OpenSrdi.jsonMapper().writeValueAsString(submission));

        assertThat(run("progress", "--format", "json", "--jurisdiction", "652722", "--lang", "en", file.toString()))
                .isZero();

        // The term ends before it starts (SRDI-E4501): the designation is left out, so no little giant is counted.
        assertThat(err.toString()).isEqualTo("opensrdi: " + file
                + ": skipped 1 records rejected by validation (#7 SRDI-E4501); see opensrdi validate\n");
        JsonNode report = OpenSrdi.jsonMapper().readTree(out.toString());
        assertThat(report.at("/jurisdictions/1/targets/2/targetId").asText()).isEqualTo("BORTALA-TARGET-LITTLE-GIANT-2025");
        assertThat(report.at("/jurisdictions/1/targets/2/actual").asInt()).isZero();
    }

    @Test
    void aMissingFileOrAnUnknownJurisdictionIsExitTwo() throws IOException {
        Path missing = directory.resolve("nope.json");
        assertThat(run("progress", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("opensrdi: " + missing + ": no such file\n");

        Path file = copy("examples/submissions/progress-hubei-2024.json");
        StringWriter unknown = new StringWriter();
        CommandLine commandLine = OpenSrdiCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(unknown, true));
        assertThat(commandLine.execute("progress", "--jurisdiction", "429999", file.toString())).isEqualTo(2);
        assertThat(unknown.toString()).contains("429999");
    }

    @Test
    void aBadOptionIsAUsageError() throws IOException {
        Path file = copy("examples/submissions/progress-hubei-2024.json");
        assertThat(run("progress", "--format", "pdf", file.toString())).isEqualTo(2);
    }


}
