package org.opensrdi.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON lines that run.sh collected (one per measurement, from {@link ThroughputRun},
 * {@link CalculationRun}, ajv-validate.mjs and run.sh itself) into the Markdown of README.md: the
 * rates, the ratios between them, memory, and which goals of the benchmark issue are met.
 *
 * <pre>
 * java -cp target/benchmarks.jar org.opensrdi.benchmarks.ResultsTable results.jsonl machine.txt command
 * </pre>
 */
public final class ResultsTable {

    private final Map<String, JsonNode> results = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private ResultsTable() {
    }

    /**
     * Prints the Markdown.
     *
     * @param args the results file (JSON lines), a file of machine facts (one per line), the command
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        ResultsTable table = new ResultsTable();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.startsWith("{")) {
                JsonNode result = mapper.readTree(line);
                String key = result.path("mode").asText() + (result.path("mode").asText().equals("validate")
                        ? "-" + result.path("threads").asInt() : "");
                table.results.put(key, result);
            }
        }
        System.out.print(table.render(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8), args[2]));
    }

    private String render(Iterable<String> machine, String command) {
        JsonNode readTree = results.get("read-tree");
        JsonNode networknt = results.get("networknt");
        JsonNode one = results.get("validate-1");
        JsonNode two = results.get("validate-2");
        JsonNode ajv = results.get("ajv");
        line("Command: `" + command + "`");
        line("");
        for (String fact : machine) {
            if (!fact.isBlank()) {
                line("- " + fact);
            }
        }
        line("");
        line("| Run | Records | Rejected | Seconds | Records/s | CPU s | Peak RSS MiB | Heap after GC, max MiB |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        row("(a) Jackson `readTree` only", readTree);
        row("(b) networknt schema only", networknt);
        row("(c) OpenSRDI full validation, 1 thread", one);
        row("(c) OpenSRDI full validation, 2 threads", two);
        row("(d) ajv schema only (Node)", ajv);
        JsonNode criteria = results.get("criteria");
        JsonNode awards = results.get("awards");
        if (criteria != null) {
            row("(e) eligibility, every tier in force (enterprises/s)", criteria);
        } else {
            line("| (e) eligibility | not yet available | | | | | | |");
        }
        if (awards != null) {
            row("(e) award calculation, bundled packs", awards);
        } else {
            line("| (e) award calculation | not yet available | | | | | | |");
        }
        JsonNode inPack = results.get("awards-in-pack");
        if (inPack != null) {
            row("(e) award calculation, every enterprise moved to " + inPack.path("division").asText(), inPack);
        }
        line("");
        if (criteria != null && awards != null) {
            line(String.format(Locale.ROOT, "(e) ran over the first %,d lines of the same file: %,d evaluations of %s"
                    + " (%,d qualified); %d bundled policy packs gave %,d award lines to %,d enterprises (the others lie"
                    + " outside every pack's jurisdiction).", criteria.path("lines").asLong(),
                    criteria.path("evaluations").asLong(), criteria.path("tiers").asText(), criteria.path("qualified").asLong(),
                    awards.path("packs").asInt(), awards.path("awardLines").asLong(), awards.path("enterprisesWithAwards").asLong()));
            if (inPack != null) {
                line(String.format(Locale.ROOT, "Moved into %s (Hubei), the same enterprises got %,d award lines (%,d"
                        + " enterprises).", inPack.path("division").asText(), inPack.path("awardLines").asLong(),
                        inPack.path("enterprisesWithAwards").asLong()));
            }
            line("");
        }
        line("| Goal | Measured | Met |");
        line("|---|---:|:---:|");
        goal("full validation, 1 thread ≥ 1.0 × networknt schema only", rate(one) / rate(networknt), 1.0);
        goal("full validation, 1 thread ≥ 0.4 × Jackson readTree", rate(one) / rate(readTree), 0.4);
        goal("full validation, 2 threads ≥ 1.7 × 1 thread", rate(two) / rate(one), 1.7);
        goal("full validation, 2 threads ≥ 1.0 × ajv schema only", rate(two) / rate(ajv), 1.0);
        goal("full validation, 1 thread ≥ 1.0 × ajv schema only", rate(one) / rate(ajv), 1.0);
        if (criteria != null && awards != null) {
            // Lines of the file per second through both calculators, against lines per second validated.
            JsonNode paid = inPack != null ? inPack : awards;
            double seconds = criteria.path("seconds").asDouble() + paid.path("seconds").asDouble();
            goal("eligibility + awards" + (inPack != null ? " (every enterprise in a pack)" : "")
                    + " ≥ 10 × full validation, 1 thread, per line of the file",
                    criteria.path("lines").asDouble() / seconds / rate(one), 10.0);
        }
        JsonNode large = results.get("large");
        if (large != null) {
            boolean ok = large.path("exit").asInt(2) <= 1;
            line(String.format(Locale.ROOT, "| %,d records with -Xmx256m (2 threads) | %s, %,.0f records/s, heap after GC ≤ %.0f MiB, RSS %.0f MiB | %s |",
                    large.path("records").asLong(), ok ? "completed" : "failed (exit " + large.path("exit").asInt() + ")",
                    large.path("recordsPerSecond").asDouble(), large.path("peakHeapMiB").asDouble(),
                    large.path("peakRssMiB").asDouble(), ok ? "yes" : "**no**"));
        }
        JsonNode pairA = results.get("pair-a");
        JsonNode pairB = results.get("pair-b");
        if (pairA != null && pairB != null && readTree != null) {
            double headroom = (rate(pairA) + rate(pairB)) / rate(readTree);
            line(String.format(Locale.ROOT, "| (machine) two independent readTree JVMs at once, both rates / one alone"
                    + " — what the second vCPU gave two programs that share nothing, during this run | %.2f × | — |",
                    headroom));
            line(String.format(Locale.ROOT, "| full validation, 2 threads / 1 thread, against that | %.0f %% | — |",
                    100 * rate(two) / rate(one) / headroom));
        }
        JsonNode cli = results.get("cli");
        if (cli != null) {
            double seconds = cli.path("seconds").asDouble();
            line(String.format(Locale.ROOT, "| CLI end to end, 10-record file < 1.5 s wall (median of %d) | %.2f s | %s |",
                    cli.path("runs").asInt(), seconds, seconds < 1.5 ? "yes" : "**no**"));
        }
        return out.toString();
    }

    private void row(String label, JsonNode r) {
        if (r == null) {
            line("| " + label + " | not measured | | | | | | |");
            return;
        }
        line(String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %,.0f | %.2f | %.0f | %.0f |", label,
                r.path("records").asLong(), r.path("rejected").asLong(), r.path("seconds").asDouble(), rate(r),
                r.path("cpuSeconds").asDouble(), r.path("peakRssMiB").asDouble(), r.path("peakHeapMiB").asDouble()));
    }

    private void goal(String label, double measured, double wanted) {
        line(String.format(Locale.ROOT, "| %s | %.2f × | %s |", label, measured,
                Double.isNaN(measured) ? "?" : measured >= wanted ? "yes" : "**no**"));
    }

    private static double rate(JsonNode result) {
        return result == null ? Double.NaN : result.path("recordsPerSecond").asDouble();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
