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

class SchemaCommandTests extends CommandLineTestSupport {

    private static final String SUBMISSION = "examples/submissions/jinghe-2024.json";
    private static final String INVALID_SUBMISSION = "examples/submissions/broken.invalid.json";
    private static final String ENTERPRISE = "examples/enterprises/minimal.json";



    @Test
    void schemaRecognisesASubmissionPrintsOkAndExitsZero() throws IOException {
        Path file = copy(SUBMISSION);

        assertThat(run("schema", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo(file + ": OK (submission.schema.json)\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void schemaPrintsEachViolationWithItsPointerAndExitsOne() throws IOException {
        Path file = copy(INVALID_SUBMISSION);

        assertThat(run("schema", file.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith(file + ": INVALID (submission.schema.json)\n  /");
    }

    @Test
    void schemaSearchesADirectoryForJsonFilesInNameOrder() throws IOException {
        Path valid = copy(SUBMISSION);
        Path invalid = copy(INVALID_SUBMISSION);

        assertThat(run("schema", directory.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith(invalid + ": INVALID").contains("\n" + valid + ": OK");
    }

    @Test
    void schemaWithSchemaChecksAnyKindOfDocument() throws IOException {
        Path file = copy(ENTERPRISE);

        assertThat(run("schema", "--schema", "enterprise.schema.json", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo(file + ": OK (enterprise.schema.json)\n");
    }

    @Test
    void schemaWithoutSchemaRefusesADocumentOfUnknownKind() throws IOException {
        Path file = copy(ENTERPRISE);

        assertThat(run("schema", file.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("opensrdi: " + file
                + ": cannot tell which schema this document follows; use --schema NAME\n");
    }

    @Test
    void schemaReportsAMissingFileInOneLineWithoutAStackTrace() {
        Path missing = directory.resolve("missing.json");

        assertThat(run("schema", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("opensrdi: " + missing + ": no such file\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void schemaReportsMalformedJsonAsInvalidWithItsLine() throws IOException {
        Path file = Files.writeString(directory.resolve("truncated.json"), "{\n  \"specVersion\": ");

        assertThat(run("schema", file.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith(file + ": INVALID\n  malformed JSON at line 2");
    }

    @Test
    void schemaRejectsAnUnknownSchemaAsAUsageError() throws IOException {
        Path file = copy(SUBMISSION);

        assertThat(run("schema", "--schema", "nope.schema.json", file.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown schema nope.schema.json");
    }

    @Test
    void schemaWithJsonFormatPrintsOneJsonReport() throws IOException {
        Path valid = copy(SUBMISSION);
        Path invalid = copy(INVALID_SUBMISSION);

        assertThat(run("schema", "--format", "json", valid.toString(), invalid.toString())).isEqualTo(1);
        JsonNode report = OpenSrdi.jsonMapper().readTree(out.toString());
        assertThat(report.at("/files/0/status").asText()).isEqualTo("OK");
        assertThat(report.at("/files/1/status").asText()).isEqualTo("INVALID");
        assertThat(report.at("/files/1/violations/0/pointer").asText()).startsWith("/");
        assertThat(report.at("/files/1/violations/0/keyword").asText()).isNotEmpty();
    }

    @Test
    void versionPrintsTheToolAndSpecificationVersions() {
        assertThat(run("version")).isZero();
        assertThat(out.toString()).matches("opensrdi \\S+\nOpenSRDI specification 0\\.1\\.0\n");
    }


    /** Copies an example of the spec into the temporary directory. */
}
