package org.opensrdi.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.awards.AwardCalculator;
import org.opensrdi.sdk.awards.AwardLine;
import org.opensrdi.sdk.awards.AwardResult;
import org.opensrdi.sdk.awards.PolicyPacks;
import org.opensrdi.sdk.criteria.CriteriaEvaluator;
import org.opensrdi.sdk.criteria.EvaluationOptions;
import org.opensrdi.sdk.criteria.EvaluationResult;
import org.opensrdi.sdk.criteria.Verdict;

/**
 * The calculators over the records of the same NDJSON file, in their own JVM, printed as JSON lines
 * for run.sh (like {@link ThroughputRun}). Records that do not bind to the model (broken lines, bad
 * amounts) are left out, as a caller would after validation; the time counted is the calculators'
 * only (reading and binding are measured by the other modes). {@code --records N} takes the
 * first N lines only: the criteria take far longer per enterprise than validation per record.
 *
 * <ul>
 * <li>{@code criteria FILE}: {@link CriteriaEvaluator#bundled()} for every enterprise and every
 *     tier with a rule set in force at the as-of date, with the enterprise's designations; the
 *     rate is enterprises per second;</li>
 * <li>{@code awards FILE}: {@link AwardCalculator} with every bundled policy pack over all
 *     enterprises, designations and events at once; the rate is records per second. Few generated
 *     enterprises lie in a pack's jurisdiction, so {@code --division CODE} moves every enterprise
 *     into one division first (e.g. {@code 420106}, in Hubei, whose pack has the most lines): the
 *     engine then works through every line for every enterprise.</li>
 * </ul>
 */
public final class CalculationRun {

    private CalculationRun() {
    }

    /** The bound records of a file. */
    private record Records(List<Enterprise> enterprises, List<Designation> designations, List<Event> events,
            long[] lines) {
    }

    /**
     * Runs one measurement.
     *
     * @param args {@code criteria|awards FILE [--records N] [--warmup ENTERPRISES] [--passes N] [--as-of YYYY-MM-DD]
     *     [--division CODE]}
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path file = Path.of(args[1]);
        int warmup = 20_000;
        int passes = 1;
        long limit = Long.MAX_VALUE;
        LocalDate asOf = SubmissionGenerator.Settings.DEFAULT_AS_OF;
        String division = null;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--passes" -> passes = Integer.parseInt(args[i + 1]);
                case "--records" -> limit = Long.parseLong(args[i + 1]);
                case "--as-of" -> asOf = LocalDate.parse(args[i + 1]);
                case "--division" -> division = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ThroughputRun.quietLogging();
        ThroughputRun.watchLiveHeap();
        Records records = read(file, limit);
        switch (mode) {
            case "criteria" -> criteria(records, asOf, warmup, passes);
            case "awards" -> awards(records, asOf, warmup, passes, division);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static void criteria(Records records, LocalDate asOf, int warmup, int passes) {
        CriteriaEvaluator evaluator = CriteriaEvaluator.bundled();
        Map<String, List<Designation>> designations = new HashMap<>();
        for (Designation designation : records.designations()) {
            designations.computeIfAbsent(designation.getEnterpriseUscc(), k -> new ArrayList<>()).add(designation);
        }
        List<Tier> tiers = new ArrayList<>();
        for (Tier tier : evaluator.tiers(asOf)) {
            try {
                evaluator.evaluate(records.enterprises().get(0), tier, asOf);
                tiers.add(tier);
            } catch (OpenSrdiException e) {
                // A near-miss tier needs its N; it is not a question every enterprise asks.
            }
        }
        evaluate(evaluator, records.enterprises().subList(0, Math.min(warmup, records.enterprises().size())),
                designations, tiers, asOf);
        Best best = new Best();
        Map<Verdict, Long> verdicts = null;
        for (int p = 0; p < passes; p++) {
            long cpuBefore = ThroughputRun.processCpuNanos();
            long started = System.nanoTime();
            verdicts = evaluate(evaluator, records.enterprises(), designations, tiers, asOf);
            best.pass((System.nanoTime() - started) / 1e9, (ThroughputRun.processCpuNanos() - cpuBefore) / 1e9);
        }
        long failed = verdicts.getOrDefault(null, 0L);
        ThroughputRun.print("criteria", 1, records.enterprises().size(), failed, best.seconds, best.cpuSeconds,
                String.format(Locale.ROOT, "\"lines\":%d,\"tiers\":\"%s\",\"evaluations\":%d,\"qualified\":%d,"
                        + "\"passSeconds\":%s", records.lines()[0], tiers, (long) records.enterprises().size() * tiers.size(),
                        verdicts.getOrDefault(Verdict.QUALIFIED, 0L), best.all));
    }

    /** Verdicts by kind; {@code null} counts evaluations that threw. */
    private static Map<Verdict, Long> evaluate(CriteriaEvaluator evaluator, List<Enterprise> enterprises,
            Map<String, List<Designation>> designations, List<Tier> tiers, LocalDate asOf) {
        Map<Verdict, Long> verdicts = new HashMap<>();
        for (Enterprise enterprise : enterprises) {
            EvaluationOptions options = EvaluationOptions.builder()
                    .designations(designations.getOrDefault(enterprise.getUscc(), List.of())).build();
            try {
                for (EvaluationResult result : evaluator.evaluate(enterprise, tiers, asOf, options)) {
                    verdicts.merge(result.verdict(), 1L, Long::sum);
                }
            } catch (OpenSrdiException e) {
                verdicts.merge(null, (long) tiers.size(), Long::sum);
            }
        }
        return verdicts;
    }

    private static void awards(Records records, LocalDate asOf, int warmup, int passes, String division) {
        if (division != null) {
            records.enterprises().forEach(enterprise -> enterprise.setDivisionCode(division));
        }
        AwardCalculator calculator = AwardCalculator.builder().packs(PolicyPacks.bundled()).asOf(asOf).build();
        int sample = Math.min(warmup, records.enterprises().size());
        calculator.calculate(records.enterprises().subList(0, sample), records.designations(), records.events());
        Best best = new Best();
        AwardResult result = null;
        for (int p = 0; p < passes; p++) {
            long cpuBefore = ThroughputRun.processCpuNanos();
            long started = System.nanoTime();
            result = calculator.calculate(records.enterprises(), records.designations(), records.events());
            best.pass((System.nanoTime() - started) / 1e9, (ThroughputRun.processCpuNanos() - cpuBefore) / 1e9);
        }
        long count = records.enterprises().size() + records.designations().size() + records.events().size();
        ThroughputRun.print(division == null ? "awards" : "awards-in-pack", 1, count, 0, best.seconds, best.cpuSeconds,
                String.format(Locale.ROOT, "\"lines\":%d,\"division\":%s,\"packs\":%d,\"awardLines\":%d,"
                        + "\"enterprisesWithAwards\":%d,\"passSeconds\":%s", records.lines()[0],
                        division == null ? "null" : "\"" + division + "\"", calculator.packIds().size(), result.lines().size(),
                        result.lines().stream().map(AwardLine::enterpriseUscc).distinct().count(), best.all));
    }

    /** The fastest of the measured passes, as {@link ThroughputRun} counts them. */
    private static final class Best {
        private double seconds = Double.MAX_VALUE;
        private double cpuSeconds;
        private final List<String> all = new ArrayList<>();

        void pass(double passSeconds, double passCpuSeconds) {
            all.add(String.format(Locale.ROOT, "%.3f", passSeconds));
            if (passSeconds < seconds) {
                seconds = passSeconds;
                cpuSeconds = passCpuSeconds;
            }
        }
    }

    /** The records bound from the first {@code limit} lines. */
    private static Records read(Path file, long limit) throws IOException {
        ObjectMapper mapper = OpenSrdi.jsonMapper();
        Records records = new Records(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new long[1]);
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (long read = 0; read < limit && (line = lines.readLine()) != null; read++) {
                records.lines()[0]++;
                SubmissionRecord record;
                try {
                    record = mapper.readValue(line, SubmissionRecord.class);
                } catch (IOException e) {
                    continue; // broken or invalid: not for the calculators
                }
                if (record.getEnterprise() != null) {
                    records.enterprises().add(record.getEnterprise());
                } else if (record.getDesignation() != null) {
                    records.designations().add(record.getDesignation());
                } else if (record.getEvent() != null) {
                    records.events().add(record.getEvent());
                }
            }
        }
        return records;
    }
}
