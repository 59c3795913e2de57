package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The runner algorithm of {@code conformance-tests/README.md}: starts the implementation, checks
 * the start exchange, sends every vector of a supported capability and spec version, compares each
 * output, and survives an implementation that crashes or hangs (it is killed and started again; after
 * too many restarts, or a failed restart, the remaining vectors are errored).
 */
public final class Runner {

    /** How many times an implementation is started again after a crash, a hang or garbage. */
    public static final int MAX_RESTARTS = 5;
    /** The least time the start exchange gets, since starting a runtime can be slow. */
    public static final Duration MIN_START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String command;
    private final Path directory;
    private final Duration timeout;
    private final Duration startTimeout;

    private ImplementationProcess process;
    private JsonNode start;
    private String unavailable;
    private int restarts;
    private final List<String> warnings = new ArrayList<>();

    /**
     * A runner.
     *
     * @param command the implementation's command line, run through the shell
     * @param directory the working directory of the implementation
     * @param timeout how long one request may take
     */
    public Runner(String command, Path directory, Duration timeout) {
        this.command = Objects.requireNonNull(command, "command");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.startTimeout = timeout.compareTo(MIN_START_TIMEOUT) > 0 ? timeout : MIN_START_TIMEOUT;
    }

    /**
     * Runs vectors against the implementation.
     *
     * @param vectors the vectors, in order
     * @param expectedFailures the implementation's known failures
     * @return the run's results
     */
    public RunResult run(List<Vector> vectors, ExpectedFailures expectedFailures) {
        Instant started = Instant.now();
        List<VectorResult> results = new ArrayList<>();
        launch();
        try {
            for (Vector vector : vectors) {
                results.add(expect(vector, expectedFailures.reason(vector.qualifiedId())));
            }
        } finally {
            if (process != null) {
                process.stop(STOP_GRACE);
                process = null;
            }
        }
        for (String id : expectedFailures.reasons().keySet()) {
            if (vectors.stream().noneMatch(v -> v.qualifiedId().equals(id))) {
                warnings.add("the expected failure " + id + " is not a vector of this suite");
            }
        }
        return new RunResult(command, start, results, restarts, warnings, started, Instant.now());
    }

    private VectorResult expect(Vector vector, String reason) {
        VectorResult result = runOne(vector);
        if (reason == null) {
            return result;
        }
        Status status = switch (result.status()) {
            case FAILED, ERRORED -> Status.EXPECTED_FAILURE;
            case PASSED -> Status.UNEXPECTED_PASS;
            default -> result.status();
        };
        String detail = status == Status.UNEXPECTED_PASS
                ? "passed, but it is listed as an expected failure (" + reason + "); remove it from the list"
                : result.detail();
        return new VectorResult(vector, status, detail, result.actual(), reason, result.durationMillis());
    }

    private VectorResult runOne(Vector vector) {
        if (start != null && !supports(start, vector)) {
            return new VectorResult(vector, Status.SKIPPED, null, null, null, 0);
        }
        if (unavailable != null) {
            return new VectorResult(vector, Status.ERRORED, "implementation unavailable: " + unavailable, null, null, 0);
        }
        ObjectNode request = NODES.objectNode().put("cmd", "run").put("id", vector.qualifiedId())
                .put("capability", vector.capability()).put("specVersion", vector.specVersion());
        if (vector.asOf() != null) {
            request.put("asOf", vector.asOf());
        }
        request.set("input", vector.input());
        long began = System.nanoTime();
        JsonNode response;
        try {
            response = process.exchange(request, timeout);
        } catch (ImplementationProcess.Failure failure) {
            long millis = (System.nanoTime() - began) / 1_000_000;
            restart(failure.getMessage());
            return new VectorResult(vector, Status.ERRORED, failure.getMessage(), null, null, millis);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (!vector.qualifiedId().equals(response.path("id").asText(null))) {
            String message = "the response is for id " + response.get("id") + ", not " + vector.qualifiedId();
            restart(message);
            return new VectorResult(vector, Status.ERRORED, message, null, null, millis);
        }
        if (response.has("error")) {
            return new VectorResult(vector, Status.ERRORED,
                    "error: " + response.get("error").path("message").asText(response.get("error").toString()),
                    null, null, millis);
        }
        JsonNode output = response.get("output");
        Optional<String> difference = Comparison.difference(vector.capability(), vector.expected(), output);
        return difference.map(d -> new VectorResult(vector, Status.FAILED, d, output, null, millis))
                .orElseGet(() -> new VectorResult(vector, Status.PASSED, null, output, null, millis));
    }

    private static boolean supports(JsonNode start, Vector vector) {
        for (JsonNode version : start.path("capabilities").path(vector.capability())) {
            if (vector.specVersion().equals(version.asText())) {
                return true;
            }
        }
        return false;
    }

    /** Starts the implementation and does the start exchange; on failure it is unavailable. */
    private void launch() {
        try {
            process = ImplementationProcess.launch(command, directory);
        } catch (IOException e) {
            unavailable = "cannot start " + command + ": " + e.getMessage();
            return;
        }
        JsonNode response;
        try {
            response = process.exchange(NODES.objectNode().put("cmd", "start").put("protocol", Protocol.VERSION),
                    startTimeout);
        } catch (ImplementationProcess.Failure failure) {
            unavailable = "start: " + failure.getMessage();
            process.kill();
            process = null;
            return;
        }
        String problem = response.has("error") ? "start refused: " + response.get("error").path("message").asText()
                : response.path("protocol").asInt() != Protocol.VERSION ? "start: protocol " + response.get("protocol")
                        + " is not " + Protocol.VERSION
                : !response.path("implementation").path("name").isTextual() ? "start: no implementation name"
                : !response.path("capabilities").isObject() ? "start: no capabilities object"
                : null;
        if (problem != null) {
            unavailable = problem;
            process.kill();
            process = null;
            return;
        }
        start = response;
    }

    private void restart(String why) {
        process.kill();
        process = null;
        if (restarts >= MAX_RESTARTS) {
            unavailable = "gave up after " + MAX_RESTARTS + " restarts; last failure: " + why;
            return;
        }
        restarts++;
        launch();
    }

    /**
     * The results of a run.
     *
     * @param command the implementation's command
     * @param start the response to the start exchange, or {@code null} if the implementation never started
     * @param results one per vector, in order
     * @param restarts how many times the implementation was started again
     * @param warnings problems of the run that are no vector's (e.g. a stale expected failure)
     * @param startedAt when the run began
     * @param finishedAt when it ended
     */
    public record RunResult(String command, JsonNode start, List<VectorResult> results, int restarts,
            List<String> warnings, Instant startedAt, Instant finishedAt) {

        /**
         * Whether the run passed: no vector failed, errored or passed unexpectedly.
         *
         * @return {@code true} when the run passed
         */
        public boolean passed() {
            return results.stream().noneMatch(result -> result.status().failsRun());
        }
    }
}
