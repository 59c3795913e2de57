package org.opensrdi.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.Severity;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.awards.PolicyPacks;
import org.opensrdi.sdk.progress.ProgressCalculator;
import org.opensrdi.sdk.progress.ProgressChart;
import org.opensrdi.sdk.progress.ProgressData;
import org.opensrdi.sdk.progress.ProgressText;
import org.opensrdi.sdk.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opensrdi progress FILE}: progress against the targets of the bundled policy packs, for a
 * jurisdiction and each one above it up to its province (spec/docs/progress.md). FILE is a
 * Submission; it is validated first and rejected records are left out, with a note on stderr.
 * Exit code 0, or 2 for a usage mistake or a file that cannot be read.
 */
@Command(name = "progress",
        description = {
            "Progress against the targets of the bundled policy packs: actual, gap, expected-by-now, status, "
                    + "needed per remaining year, for the jurisdiction and each level above it up to its province.",
            "FILE is a Submission (.json); it is validated first and rejected records are skipped (noted on stderr).",
            "Exit code: 0 done, 2 usage or I/O error."},
        sortOptions = false)
final class ProgressCommand implements Callable<Integer> {

    /** How the report is written; lower case, as typed on the command line. */
    enum Format { text, json, svg }

    /** The language written first. */
    enum Language { zh, en }

    /** How many rejected records the note on stderr names. */
    private static final int LISTED_REJECTIONS = 10;

    @Parameters(paramLabel = "FILE", arity = "1", description = "A Submission document (.json).")
    private Path file;

    @Option(names = "--jurisdiction", paramLabel = "CODE",
            description = "GB/T 2260 code (default: the submission's submittingJurisdiction).")
    private String jurisdiction;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The as-of date (default: the submission's asOfDate, else today in Asia/Shanghai).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); svg writes one chart per jurisdiction.")
    private Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write files into DIR (progress-CODE-DATE.txt/.json/.svg) instead of standard output; "
                    + "svg always writes files (default DIR: the current directory).")
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(file)) {
            return fail(err, file + ": no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return fail(err, file + ": cannot read the file");
        }
        Envelope envelope;
        try {
            envelope = Envelope.peek(file);
        } catch (IOException e) {
            return fail(err, file + ": cannot read the file (" + e.getMessage() + ")");
        }
        ValidationReport validation;
        try {
            validation = Validator.builder().asOf(envelope.asOf() != null ? envelope.asOf() : asOfOrToday())
                    .maxIssuesPerCode(Integer.MAX_VALUE).build().validate(file);
        } catch (OpenSrdiException e) {
            return fail(err, e.getMessage());
        }
        Map<Integer, String> rejected = new TreeMap<>();
        for (IssueGroup group : validation.getIssueGroups()) {
            for (ValidationIssue issue : group.getIssues()) {
                if (issue.getSeverity() == Severity.FATAL) {
                    return fail(err, file + ": not a readable submission: " + issue.getCode() + " "
                            + (language == Language.zh ? issue.getMessage().getZh() : issue.getMessage().getEn()));
                }
                if (issue.getSeverity() == Severity.ERROR && issue.getLocation().getRecordIndex() != null) {
                    rejected.putIfAbsent(issue.getLocation().getRecordIndex(), issue.getCode());
                }
            }
        }
        ProgressData data;
        try {
            data = data(envelope, rejected, err);
        } catch (IOException e) {
            return fail(err, file + ": cannot read the file (" + e.getMessage() + ")");
        }
        String where = jurisdiction != null ? jurisdiction : envelope.submittingJurisdiction();
        if (where == null) {
            return fail(err, file + ": no submittingJurisdiction; give --jurisdiction CODE");
        }
        LocalDate date = asOf != null ? asOf : envelope.asOf() != null ? envelope.asOf() : asOfOrToday();
        ProgressReport report;
        try {
            ProgressCalculator.jurisdictionChain(where);
            List<PolicyPack> packs = PolicyPacks.bundledApplicableTo(where);
            report = ProgressCalculator.builder().packs(packs).build().calculate(data, where, date);
        } catch (OpenSrdiException e) {
            return fail(err, e.getMessage());
        }
        try {
            write(report, where);
        } catch (IOException e) {
            return fail(err, e.getMessage());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private LocalDate asOfOrToday() {
        return asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The records the validator accepted; the rejected ones are named on stderr. */
    private ProgressData data(Envelope envelope, Map<Integer, String> rejected, PrintWriter err) throws IOException {
        ProgressData.Builder builder = ProgressData.builder();
        if (envelope.asOf() != null) {
            builder.dataAsOf(envelope.asOf());
        }
        if (envelope.submittingJurisdiction() != null) {
            builder.coverage(envelope.submittingJurisdiction());
        }
        JsonNode records = OpenSrdi.jsonMapper().readTree(file.toFile()).path("records");
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String code = rejected.get(i);
            if (code == null) {
                try {
                    builder.record(OpenSrdi.jsonMapper().treeToValue(records.get(i), SubmissionRecord.class));
                    continue;
                } catch (JsonProcessingException e) {
                    code = "unreadable";
                }
            }
            skipped.add("#" + i + " " + code);
        }
        if (!skipped.isEmpty()) {
            boolean zh = language == Language.zh;
            String listed = String.join(", ", skipped.subList(0, Math.min(LISTED_REJECTIONS, skipped.size())))
                    + (skipped.size() > LISTED_REJECTIONS ? (zh ? " 等" : ", …") : "");
            err.println("opensrdi: " + file + (zh
                    ? ": 已跳过校验未通过的 " + skipped.size() + " 条记录（" + listed + "），详见 opensrdi validate"
                    : ": skipped " + skipped.size() + " records rejected by validation (" + listed
                            + "); see opensrdi validate"));
        }
        return builder.build();
    }

    private void write(ProgressReport report, String where) throws IOException {
        Locale locale = language == Language.zh ? Locale.CHINESE : Locale.ENGLISH;
        PrintWriter stdout = spec.commandLine().getOut();
        String stem = "progress-" + where + "-" + report.getAsOfDate();
        switch (format) {
            case text -> emit(ProgressText.render(report, locale), stem + ".txt", stdout);
            case json -> emit(OpenSrdi.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
                    stem + ".json", stdout);
            case svg -> {
                Path directory = directory(out != null ? out : Path.of("."));
                for (JurisdictionProgress level : report.getJurisdictions()) {
                    Path target = directory.resolve("progress-" + level.getJurisdiction() + "-" + report.getAsOfDate() + ".svg");
                    writeFile(target, ProgressChart.svg(report, level, locale));
                    stdout.println(target);
                }
            }
        }
    }

    private void emit(String content, String name, PrintWriter stdout) throws IOException {
        if (out == null) {
            stdout.print(content);
            return;
        }
        Path target = directory(out).resolve(name);
        writeFile(target, content);
        stdout.println(target);
    }

    private static Path directory(Path directory) throws IOException {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IOException(directory + ": cannot create the directory (" + e.getMessage() + ")", e);
        }
    }

    private static void writeFile(Path target, String content) throws IOException {
        try {
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(target + ": cannot write the file (" + e.getMessage() + ")", e);
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("opensrdi: " + message);
        return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
    }

    /** The envelope values progress needs, read without reading the records. */
    private record Envelope(LocalDate asOf, String submittingJurisdiction) {

        static Envelope peek(Path file) throws IOException {
            LocalDate asOf = null;
            String submitting = null;
            try (InputStream in = Files.newInputStream(file);
                    JsonParser parser = OpenSrdi.jsonMapper().createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return new Envelope(null, null);
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("asOfDate".equals(name) && value == JsonToken.VALUE_STRING) {
                        try {
                            asOf = LocalDate.parse(parser.getText());
                        } catch (DateTimeParseException e) {
                            asOf = null;
                        }
                    } else if ("submittingJurisdiction".equals(name) && value == JsonToken.VALUE_STRING) {
                        submitting = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                // Not JSON: the validator reports it.
                return new Envelope(asOf, submitting);
            }
            return new Envelope(asOf, submitting);
        }
    }
}
