package org.opensrdi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.opensrdi.cli.conformance.ConformanceJson;
import org.opensrdi.cli.conformance.SdkAdapter;
import org.opensrdi.cli.conformance.ServeCommand;
import picocli.CommandLine;

/**
 * {@code opensrdi conformance}: the adapter's side of the protocol in-process, and the runner end to
 * end against real subprocesses — the Java SDK's adapter, and fake implementations that crash, hang
 * or print garbage — to show that the runner reports them and never hangs itself.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the implementation command lines below are quoted for sh")
class ConformanceCommandTests {

    /** 华为技术有限公司: check characters 6 and 1 (national-rules §5.3). */
    private static final String HUAWEI = "914403001922038216";

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void serveAnswersStartRunAndStopOneLineEach() throws IOException {
        String requests = """
                {"cmd":"start","protocol":1}
                {"cmd":"run","id":"identifiers/0.1/huawei","capability":"identifiers","specVersion":"0.1","input":{"scheme":"USCC","value":"%s"}}
                {"cmd":"run","id":"identifiers/0.1/nothing","capability":"identifiers","specVersion":"0.1","input":{"scheme":"LEI","value":"x"}}
                {"cmd":"stop"}
                {"cmd":"run","id":"after-stop","capability":"identifiers","specVersion":"0.1","input":{}}
                """.formatted(HUAWEI);
        ByteArrayOutputStream responses = new ByteArrayOutputStream();

        new ServeCommand().serve(new ByteArrayInputStream(requests.getBytes(StandardCharsets.UTF_8)), responses);

        List<JsonNode> lines = responses.toString(StandardCharsets.UTF_8).lines().map(ConformanceCommandTests::json).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("protocol").asInt()).isEqualTo(1);
        assertThat(lines.get(0).path("implementation").path("name").asText()).isEqualTo("opensrdi-java");
        assertThat(lines.get(0).path("capabilities").path("identifiers").get(0).asText()).isEqualTo("0.1");
        assertThat(lines.get(1).path("id").asText()).isEqualTo("identifiers/0.1/huawei");
        assertThat(lines.get(1).path("output").path("checkCharacter").asText()).isEqualTo("6");
        assertThat(lines.get(1).path("output").path("organisationCodeCheckCharacter").asText()).isEqualTo("1");
        assertThat(lines.get(1).path("output").path("valid").asBoolean()).isTrue();
        // An input the adapter cannot answer is an error, never a made-up output.
        assertThat(lines.get(2).path("id").asText()).isEqualTo("identifiers/0.1/nothing");
        assertThat(lines.get(2).has("output")).isFalse();
        assertThat(lines.get(2).path("error").path("message").asText()).contains("LEI");
    }

    @Test
    void serveRefusesAnotherProtocolVersion() throws IOException {
        ByteArrayOutputStream responses = new ByteArrayOutputStream();

        new ServeCommand().serve(new ByteArrayInputStream("{\"cmd\":\"start\",\"protocol\":2}\n".getBytes(StandardCharsets.UTF_8)),
                responses);

        assertThat(json(responses.toString(StandardCharsets.UTF_8).strip()).path("error").path("message").asText())
                .contains("protocol 1");
    }

    @Test
    void runPassesTheJavaSdkOnRealVectorsAndWritesTheReport() throws IOException {
        Path vectors = suite("""
                {"description": "USCCs", "capability": "identifiers", "specVersion": "0.1", "tests": [
                  {"id": "huawei", "description": "accepts the USCC of 华为技术有限公司", "specReference": "national-rules §5.3",
                   "input": {"scheme": "USCC", "value": "%s"},
                   "expected": {"wellFormed": true, "checkCharacter": "6", "organisationCodeCheckCharacter": "1", "valid": true}},
                  {"id": "huawei-altered", "description": "rejects the USCC of 华为技术有限公司 with its last character changed",
                   "specReference": "national-rules §5.3",
                   "input": {"scheme": "USCC", "value": "914403001922038217"},
                   "expected": {"wellFormed": true, "checkCharacter": "6", "organisationCodeCheckCharacter": "1", "valid": false}}]}
                """.formatted(HUAWEI));
        Files.copy(Path.of("../../conformance-tests/vectors/identifiers/0.1/organisation-code.json"),
                vectors.resolve("identifiers/0.1/organisation-code.json"));
        Path report = directory.resolve("reports/java.json");

        int exit = run("--impl", serve(), "--vectors", vectors.toString(), "--report", report.toString());

        assertThat(exit).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("opensrdi-java").containsPattern("identifiers\\s+0\\.1\\s+30\\s+30\\s+0\\s+0")
                .endsWith("PASSED\n");
        JsonNode written = ConformanceJson.read(report);
        assertThat(written.path("passed").asBoolean()).isTrue();
        assertThat(written.path("summary").path("passed").asInt()).isEqualTo(30);
        assertThat(written.path("results").findValuesAsText("id")).contains("identifiers/0.1/huawei",
                "identifiers/0.1/organisation-code-gb11714-annex");
        assertThat(written.path("results").findValuesAsText("status")).containsOnly("passed");
    }

    @Test
    void runReportsADifferenceAndHonoursTheExpectedFailures() throws IOException {
        Path vectors = suite("""
                {"description": "USCCs", "capability": "identifiers", "specVersion": "0.1", "tests": [
                  {"id": "wrong-on-purpose", "description": "accepts a USCC, says this deliberately wrong vector", "specReference": "test",
                   "input": {"scheme": "USCC", "value": "914403001922038217"},
                   "expected": {"wellFormed": true, "checkCharacter": "7", "organisationCodeCheckCharacter": "1", "valid": true}}]}
                """);
        Path list = directory.resolve("expected-failures.json");
        Files.writeString(list, """
                {"implementation": "opensrdi-java", "expectedFailures": [
                  {"id": "identifiers/0.1/wrong-on-purpose", "reason": "the vector is wrong on purpose"}]}
                """);

        assertThat(run("--impl", serve(), "--vectors", vectors.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED           identifiers/0.1/wrong-on-purpose — checkCharacter: expected \"7\", got \"6\"; "
                + "valid: expected true, got false");

        out.getBuffer().setLength(0);
        assertThat(run("--impl", serve(), "--vectors", vectors.toString(), "--expected-failures", list.toString())).isZero();
        assertThat(out.toString()).contains("EXPECTED-FAILURE identifiers/0.1/wrong-on-purpose").endsWith("PASSED\n");
    }

    @Test
    void runRestartsAnImplementationThatCrashesAndReportsTheCrash() throws IOException {
        Path vectors = suite(threeVectors());

        int exit = run("--impl", fake(Crashing.class), "--vectors", vectors.toString(), "--report", directory.resolve("r.json").toString());

        assertThat(exit).isEqualTo(1);
        JsonNode results = ConformanceJson.read(directory.resolve("r.json")).path("results");
        assertThat(results.get(0).path("status").asText()).isEqualTo("passed");
        assertThat(results.get(1).path("status").asText()).isEqualTo("errored");
        assertThat(results.get(1).path("detail").asText()).contains("exited with status 3").contains("crashing on purpose");
        assertThat(results.get(2).path("status").asText()).isEqualTo("passed");
        assertThat(out.toString()).contains("restarted 1 time(s)").endsWith("FAILED\n");
    }

    @Test
    void runKillsAnImplementationThatHangsAndGoesOn() throws IOException {
        Path vectors = suite(threeVectors());
        long started = System.nanoTime();

        int exit = run("--impl", fake(Hanging.class), "--vectors", vectors.toString(), "--timeout", "2",
                "--report", directory.resolve("r.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds").isLessThan(30);
        JsonNode report = ConformanceJson.read(directory.resolve("r.json"));
        assertThat(report.path("results").get(1).path("status").asText()).isEqualTo("errored");
        assertThat(report.path("results").get(1).path("detail").asText()).isEqualTo("no response within 2 s");
        assertThat(report.path("results").get(2).path("status").asText()).isEqualTo("passed");
        assertThat(report.path("restarts").asInt()).isEqualTo(1);
    }

    @Test
    void runRestartsAfterGarbageOnStdout() throws IOException {
        Path vectors = suite(threeVectors());

        assertThat(run("--impl", fake(Garbage.class), "--vectors", vectors.toString(), "--report", directory.resolve("r.json").toString()))
                .isEqualTo(1);

        JsonNode results = ConformanceJson.read(directory.resolve("r.json")).path("results");
        assertThat(results.get(1).path("detail").asText()).startsWith("the response is not JSON: Starting the engine");
        assertThat(results.get(2).path("status").asText()).isEqualTo("passed");
    }

    @Test
    void runMarksEveryVectorErroredWhenTheImplementationCannotStart() throws IOException {
        Path vectors = suite(threeVectors());

        int exit = run("--impl", "exit 7", "--vectors", vectors.toString(), "--report", directory.resolve("r.json").toString());

        assertThat(exit).isEqualTo(1);
        JsonNode report = ConformanceJson.read(directory.resolve("r.json"));
        assertThat(report.has("implementation")).isFalse();
        assertThat(report.path("summary").path("errored").asInt()).isEqualTo(3);
        assertThat(report.path("results").get(0).path("detail").asText())
                .startsWith("implementation unavailable: start: ").contains("exited with status 7");
    }

    @Test
    void runSkipsCapabilitiesTheImplementationDoesNotDeclare() throws IOException {
        Path vectors = suite(threeVectors());
        // The Java adapter declares targets for spec version 0.1 only: a 0.2 vector is skipped.
        Files.createDirectories(vectors.resolve("targets/0.2"));
        Files.writeString(vectors.resolve("targets/0.2/jinghe.json"), """
                {"description": "targets", "capability": "targets", "specVersion": "0.2", "asOf": "2024-12-31", "tests": [
                  {"id": "tech-smes", "description": "reports the technology-based SME target", "specReference": "progress.md §3",
                   "input": {}, "expected": {"targets": []}}]}
                """);

        assertThat(run("--impl", serve(), "--vectors", vectors.toString())).isZero();

        assertThat(out.toString()).containsPattern("targets\\s+0\\.2\\s+1\\s+0\\s+0\\s+0\\s+0\\s+0\\s+1");
    }

    @Test
    void runRefusesAVectorFileOutOfPlaceWithExitCodeTwo() throws IOException {
        Path vectors = suite(threeVectors());
        Files.move(vectors.resolve("identifiers/0.1/t.json"), vectors.resolve("identifiers/0.1/u.json"));
        Files.createDirectories(vectors.resolve("schema/0.1"));
        Files.copy(vectors.resolve("identifiers/0.1/u.json"), vectors.resolve("schema/0.1/u.json"));

        assertThat(run("--impl", serve(), "--vectors", vectors.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("schema/0.1/u.json: \"capability\" must be schema, the name of its directory");
    }

    private int run(String... arguments) {
        CommandLine commandLine = OpenSrdiCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[arguments.length + 2];
        all[0] = "conformance";
        all[1] = "run";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return commandLine.execute(all);
    }

    private Path suite(String identifierVectors) throws IOException {
        Path vectors = directory.resolve("vectors");
        Files.createDirectories(vectors.resolve("identifiers/0.1"));
        Files.writeString(vectors.resolve("identifiers/0.1/t.json"), identifierVectors);
        return vectors;
    }

    /** Three vectors; the fakes misbehave on the second ("trouble"). */
    private static String threeVectors() {
        StringBuilder tests = new StringBuilder();
        for (String id : List.of("before", "trouble", "after")) {
            tests.append(tests.length() == 0 ? "" : ",").append("""
                    {"id": "%s", "description": "accepts the USCC of 华为技术有限公司", "specReference": "national-rules §5.3",
                     "input": {"scheme": "USCC", "value": "%s"},
                     "expected": {"wellFormed": true, "checkCharacter": "6", "organisationCodeCheckCharacter": "1", "valid": true}}
                    """.formatted(id, HUAWEI));
        }
        return "{\"description\": \"three\", \"capability\": \"identifiers\", \"specVersion\": \"0.1\", \"tests\": [" + tests + "]}";
    }

    private static String serve() {
        return java() + " org.opensrdi.cli.OpenSrdiCommand conformance serve";
    }

    private static String fake(Class<?> main) {
        // Quoted: a nested class's name contains a $.
        return java() + " " + quote(main.getName());
    }

    private static String java() {
        return quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -cp "
                + quote(System.getProperty("java.class.path"));
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static JsonNode json(String line) {
        try {
            return ConformanceJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(line, e);
        }
    }

    /**
     * A fake implementation: the real adapter, except on the vector "trouble", where {@code onTrouble}
     * misbehaves.
     */
    private abstract static class Fake {

        void serve() throws IOException {
            PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            SdkAdapter adapter = new SdkAdapter();
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode request = json(line);
                switch (request.path("cmd").asText()) {
                    case "start" -> protocol.println("{\"protocol\":1,\"implementation\":{\"name\":\"fake\",\"version\":\"0\","
                            + "\"language\":\"java\"},\"capabilities\":{\"identifiers\":[\"0.1\"]}}");
                    case "run" -> {
                        if (request.path("id").asText().endsWith("/trouble")) {
                            onTrouble(protocol);
                        }
                        ObjectNode response = ConformanceJson.mapper().createObjectNode();
                        response.set("id", request.get("id"));
                        response.set("output", adapter.run(request.path("capability").asText(), request.get("input"), null));
                        protocol.println(ConformanceJson.line(response));
                    }
                    default -> {
                        return;
                    }
                }
            }
        }

        abstract void onTrouble(PrintStream protocol);
    }

    /** Exits with status 3 on "trouble", after a word on stderr. */
    static final class Crashing extends Fake {
        public static void main(String[] args) throws IOException {
            new Crashing().serve();
        }

        @Override
        void onTrouble(PrintStream protocol) {
            System.err.println("crashing on purpose");
            System.exit(3);
        }
    }

    /** Never answers "trouble". */
    static final class Hanging extends Fake {
        public static void main(String[] args) throws IOException {
            new Hanging().serve();
        }

        @Override
        void onTrouble(PrintStream protocol) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Prints a log line on stdout before answering "trouble". */
    static final class Garbage extends Fake {
        public static void main(String[] args) throws IOException {
            new Garbage().serve();
        }

        @Override
        void onTrouble(PrintStream protocol) {
            protocol.println("Starting the engine…");
        }
    }
}
