package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The two forms of a run's results: the JSON report ({@code conformance-tests/report.schema.json})
 * and the text matrix printed on the terminal, one row per capability and spec version.
 */
public final class RunReport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Status[] COLUMNS = {Status.PASSED, Status.FAILED, Status.ERRORED, Status.EXPECTED_FAILURE,
        Status.UNEXPECTED_PASS, Status.SKIPPED};

    private RunReport() {
    }

    /**
     * The JSON report.
     *
     * @param run the run
     * @param vectorsDirectory where the vectors were read from, as given
     * @return the report
     */
    public static ObjectNode json(Runner.RunResult run, String vectorsDirectory) {
        ObjectNode report = NODES.objectNode();
        report.put("protocol", Protocol.VERSION);
        report.putObject("runner").put("name", "opensrdi conformance run").put("version", ConformanceCommand.toolVersion());
        report.put("command", run.command());
        report.put("vectors", vectorsDirectory);
        if (run.start() != null) {
            report.set("implementation", run.start().get("implementation"));
            report.set("capabilities", run.start().get("capabilities"));
        }
        report.put("startedAt", run.startedAt().toString());
        report.put("finishedAt", run.finishedAt().toString());
        report.put("passed", run.passed());
        report.put("restarts", run.restarts());
        ArrayNode warnings = report.putArray("warnings");
        run.warnings().forEach(warnings::add);
        Map<Status, Integer> total = new EnumMap<>(Status.class);
        ArrayNode matrix = NODES.arrayNode();
        for (Map.Entry<String, Map<Status, Integer>> row : tally(run).entrySet()) {
            String[] key = row.getKey().split(" ");
            ObjectNode line = matrix.addObject().put("capability", key[0]).put("specVersion", key[1]);
            line.setAll(counts(row.getValue()));
            add(total, row.getValue());
        }
        report.set("summary", counts(total));
        report.set("matrix", matrix);
        ArrayNode results = report.putArray("results");
        for (VectorResult result : run.results()) {
            ObjectNode item = results.addObject()
                    .put("id", result.vector().qualifiedId())
                    .put("capability", result.vector().capability())
                    .put("specVersion", result.vector().specVersion())
                    .put("file", result.vector().file())
                    .put("description", result.vector().description())
                    .put("status", result.status().label())
                    .put("durationMillis", result.durationMillis());
            if (result.detail() != null) {
                item.put("detail", result.detail());
            }
            if (result.expectedFailureReason() != null) {
                item.put("expectedFailureReason", result.expectedFailureReason());
            }
            if (result.actual() != null && (result.status() == Status.FAILED || result.status() == Status.EXPECTED_FAILURE)) {
                item.set("expected", result.vector().expected());
                item.set("actual", result.actual());
            }
        }
        return report;
    }

    /**
     * Prints the matrix, then one line per vector that did not pass, then the verdict.
     *
     * @param run the run
     * @param vectorsDirectory where the vectors were read from
     * @param out where to print
     */
    public static void print(Runner.RunResult run, String vectorsDirectory, PrintWriter out) {
        JsonNode implementation = run.start() == null ? null : run.start().get("implementation");
        out.println("OpenSRDI conformance: " + (implementation == null ? run.command()
                : implementation.path("name").asText() + " " + implementation.path("version").asText()
                        + " (" + implementation.path("language").asText() + ")"));
        out.println("vectors: " + vectorsDirectory);
        out.println();
        String format = "%-16s %-5s %6s %6s %6s %6s %6s %6s %6s%n";
        out.printf(format, "capability", "spec", "total", "pass", "fail", "error", "xfail", "xpass", "skip");
        Map<Status, Integer> total = new EnumMap<>(Status.class);
        for (Map.Entry<String, Map<Status, Integer>> row : tally(run).entrySet()) {
            String[] key = row.getKey().split(" ");
            printRow(out, format, key[0], key[1], row.getValue());
            add(total, row.getValue());
        }
        printRow(out, format, "total", "", total);
        boolean header = false;
        for (VectorResult result : run.results()) {
            if (result.status() == Status.PASSED || result.status() == Status.SKIPPED) {
                continue;
            }
            if (!header) {
                out.println();
                header = true;
            }
            out.printf("%-16s %s — %s%n", result.status().label().toUpperCase(Locale.ROOT),
                    result.vector().qualifiedId(), result.detail());
        }
        for (String warning : run.warnings()) {
            out.println("WARNING: " + warning);
        }
        if (run.restarts() > 0) {
            out.println("The implementation was restarted " + run.restarts() + " time(s).");
        }
        out.println();
        out.println(run.passed() ? "PASSED" : "FAILED");
        out.flush();
    }

    private static void printRow(PrintWriter out, String format, String capability, String version,
            Map<Status, Integer> counts) {
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(format, capability, version, sum, counts.getOrDefault(Status.PASSED, 0),
                counts.getOrDefault(Status.FAILED, 0), counts.getOrDefault(Status.ERRORED, 0),
                counts.getOrDefault(Status.EXPECTED_FAILURE, 0), counts.getOrDefault(Status.UNEXPECTED_PASS, 0),
                counts.getOrDefault(Status.SKIPPED, 0));
    }

    /** Counts by "capability specVersion", in the order the vectors came. */
    private static Map<String, Map<Status, Integer>> tally(Runner.RunResult run) {
        Map<String, Map<Status, Integer>> rows = new LinkedHashMap<>();
        for (VectorResult result : run.results()) {
            rows.computeIfAbsent(result.vector().capability() + " " + result.vector().specVersion(),
                    k -> new EnumMap<>(Status.class)).merge(result.status(), 1, Integer::sum);
        }
        return rows;
    }

    private static void add(Map<Status, Integer> sum, Map<Status, Integer> counts) {
        counts.forEach((status, count) -> sum.merge(status, count, Integer::sum));
    }

    private static ObjectNode counts(Map<Status, Integer> counts) {
        ObjectNode node = NODES.objectNode();
        node.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        for (Status status : COLUMNS) {
            node.put(camel(status), counts.getOrDefault(status, 0));
        }
        return node;
    }

    private static String camel(Status status) {
        String[] words = status.label().split("-");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
