package org.opensrdi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SpecResources;
import picocli.CommandLine;

/** {@code opensrdi validate}: exit codes, the readable report, JSON output, CSV with Chinese headers. */
class ValidateCommandTests extends CommandLineTestSupport {



    @Test
    void aValidSampleSubmissionIsAcceptedWithExitZero() throws IOException {
        Path file = copy("examples/submissions/jinghe-2024.json");
        assertThat(run("validate", "--as-of", "2025-01-31", "--lang", "en", file.toString())).isZero();
        assertThat(out.toString()).startsWith(file + " — ACCEPTED\n").contains("records: read 8, accepted 8, rejected 0");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theBrokenSampleIsNotAcceptedAndEachIssueSaysWhereInChinese() throws IOException {
        Path file = copy("examples/submissions/broken.invalid.json");
        assertThat(run("validate", "--as-of", "2025-01-31", file.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith(file + " — 未通过\n")
                .contains("SRDI-E2006 小数位数过多")
                .contains("SRDI-E2003 代码不在代码表中")
                .contains("SRDI-E2001 缺少必填项");
    }

    @Test
    void jsonOutputIsTheValidationReport() throws IOException {
        Path file = copy("examples/submissions/broken.invalid.json");
        assertThat(run("validate", "--format", "json", "--as-of", "2025-01-31", file.toString())).isEqualTo(1);
        JsonNode report = OpenSrdi.jsonMapper().readTree(out.toString());
        assertThat(report.at("/accepted").asBoolean()).isFalse();
        assertThat(report.at("/asOfDate").asText()).isEqualTo("2025-01-31");
        assertThat(report.at("/counts/recordsRead").asInt()).isEqualTo(report.at("/counts/recordsAccepted").asInt()
                + report.at("/counts/recordsRejected").asInt());
    }

    @Test
    void csvWithChineseHeadersIsReadAndIssuesNameTheColumn() throws IOException {
        Path file = directory.resolve("jinghe.csv");
        // 91652722MA7A000178 is valid (GB 32100 check '8'); 91652722MA7A000179 is not.
        Files.writeString(file, "统一社会信用代码,企业名称,行政区划代码,行业代码,成立日期,会计年度,从业人员,营业收入（元）,研发费用（元）\n"
                + "91652722MA7A000178,精河县示例机械有限公司,652722,3484,2015-05-20,2024,120,56000000,2300000\n"
                + "91652722MA7A000179,精河县示例光伏有限公司,652722,3825,2019-07-08,2024,80,abc,100\n", StandardCharsets.UTF_8);
        assertThat(run("validate", "--lang", "en", "--as-of", "2025-01-31", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("records: read 2, accepted 1, rejected 1")
                .contains("SRDI-E1304").contains("[营业收入（元）]");
    }

    @Test
    void aMissingFileIsOneLineOnStderrWithExitTwo() {
        Path missing = directory.resolve("nope.ndjson");
        assertThat(run("validate", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("opensrdi: " + missing + ": no such file\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDirectoryIsSearchedAndSummarised() throws IOException {
        copy("examples/submissions/jinghe-2024.json");
        copy("examples/submissions/broken.invalid.json");
        assertThat(run("validate", "--lang", "en", "--as-of", "2025-01-31", directory.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Total: 2 inputs, 1 accepted, 1 not accepted.");
    }


}
