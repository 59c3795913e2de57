package org.opensrdi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.opensrdi.cli.conformance.RunReport;
import org.opensrdi.cli.conformance.Runner;
import org.opensrdi.cli.conformance.Status;
import org.opensrdi.cli.conformance.VectorResult;

/**
 * The whole suite through the real harness: the runner starts {@code opensrdi conformance serve} as
 * a separate Java process and speaks the protocol of README.md to it. The result must match the
 * in-process run: everything passes but the expected failures, and the report follows its schema.
 */
class HarnessTests {

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the command line below is quoted for sh")
    void theJavaSdkPassesTheSuiteThroughTheHarness() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
                + " org.opensrdi.cli.OpenSrdiCommand conformance serve";

        Runner.RunResult run = new Runner(command, Suite.ROOT, Duration.ofSeconds(60)).run(Suite.vectors(), Suite.expectedFailures());

        List<String> problems = run.results().stream().filter(result -> result.status().failsRun())
                .map(result -> result.vector().qualifiedId() + " " + result.status().label() + ": " + result.detail()).toList();
        assertThat(problems).isEmpty();
        assertThat(run.restarts()).isZero();
        assertThat(run.warnings()).isEmpty();
        assertThat(run.results()).extracting(VectorResult::status).doesNotContain(Status.SKIPPED);
        assertThat(run.results().stream().filter(result -> result.status() == Status.EXPECTED_FAILURE).count())
                .isEqualTo(Suite.expectedFailures().reasons().size());
        JsonNode report = RunReport.json(run, "vectors");
        assertThat(VectorFileTests.schema(Suite.ROOT.resolve("report.schema.json")).validate(report)).isEmpty();
        assertThat(report.path("implementation").path("name").asText()).isEqualTo("opensrdi-java");
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
