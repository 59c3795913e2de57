package org.opensrdi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opensrdi validate FILE...}: the five-layer validation of submissions (JSON documents,
 * NDJSON, CSV) with a report per file, or one report for all files with {@code --dataset}. Exit code
 * 0 if every input is accepted, 1 if any is not, 2 for a usage mistake or a file that cannot be read.
 */
@Command(name = "validate",
        description = {
            "Validates submissions: syntax and encoding, JSON Schema, Bean Validation, record rules, dataset rules.",
            "FILE is a Submission (.json), NDJSON (.ndjson, .jsonl) or CSV (.csv), or a directory of them.",
            "Exit code: 0 all accepted, 1 some not accepted, 2 usage or I/O error."},
        sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    /** How reports are printed; lower case, as typed on the command line. */
    enum Format { text, json }

    /** The language of messages. */
    enum Language { zh, en }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files, or directories to search for them.")
    private List<Path> arguments;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Message language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The as-of date rules are evaluated at (default: today in Asia/Shanghai).")
    private LocalDate asOf;

    @Option(names = "--max-issues", paramLabel = "N", defaultValue = "20",
            description = "Issues listed per code; the rest are counted (default: ${DEFAULT-VALUE}).")
    private int maxIssues;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that check records (default: the number of processors).")
    private Integer threads;

    @Option(names = "--dataset",
            description = "Validate all files as one dataset (dataset rules look across them).")
    private boolean dataset;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        boolean inputError = false;
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> found = Files.walk(argument)) {
                    found.filter(Files::isRegularFile).filter(ValidateCommand::isInput).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("opensrdi: " + argument + ": cannot list the directory (" + e.getMessage() + ")");
                    inputError = true;
                }
            } else if (!Files.exists(argument)) {
                err.println("opensrdi: " + argument + ": no such file");
                inputError = true;
            } else if (!Files.isReadable(argument)) {
                err.println("opensrdi: " + argument + ": cannot read the file");
                inputError = true;
            } else {
                files.add(argument);
            }
        }
        if (inputError) {
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        Validator.Builder builder = Validator.builder().maxIssuesPerCode(maxIssues)
                .threads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .progress((source, read) -> err.printf("opensrdi: %s: %,d records read…%n", source, read));
        if (asOf != null) {
            builder.asOf(asOf);
        }
        Validator validator = builder.build();
        List<ValidationReport> reports = new ArrayList<>();
        try {
            if (dataset) {
                reports.add(validator.validate(files));
            } else {
                for (Path file : files) {
                    reports.add(validator.validate(file));
                }
            }
        } catch (OpenSrdiException e) {
            err.println("opensrdi: " + e.getMessage());
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        if (format == Format.json) {
            printJson(reports);
        } else {
            printText(reports);
        }
        spec.commandLine().getOut().flush();
        return reports.stream().allMatch(ValidationReport::getAccepted) ? 0 : 1;
    }

    private static boolean isInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl") || name.endsWith(".csv");
    }

    private void printText(List<ValidationReport> reports) {
        PrintWriter out = spec.commandLine().getOut();
        boolean zh = language == Language.zh;
        int accepted = 0;
        for (ValidationReport report : reports) {
            var counts = report.getCounts();
            out.println(String.join(", ", report.getInputs()) + " — "
                    + (report.getAccepted() ? (zh ? "通过" : "ACCEPTED") : (zh ? "未通过" : "NOT ACCEPTED")));
            out.println(zh
                    ? String.format("  记录：读入 %,d，接收 %,d，拒收 %,d（基准日 %s）", counts.getRecordsRead(),
                            counts.getRecordsAccepted(), counts.getRecordsRejected(), report.getAsOfDate())
                    : String.format("  records: read %,d, accepted %,d, rejected %,d (as of %s)", counts.getRecordsRead(),
                            counts.getRecordsAccepted(), counts.getRecordsRejected(), report.getAsOfDate()));
            for (IssueGroup group : report.getIssueGroups()) {
                out.println(String.format("  %-7s %s %s ×%,d", group.getSeverity(), group.getCode(),
                        zh ? group.getTitle().getZh() : group.getTitle().getEn(), group.getCount()));
                for (ValidationIssue issue : group.getIssues()) {
                    out.println("    " + where(issue, zh) + (zh ? issue.getMessage().getZh() : issue.getMessage().getEn()));
                }
                if (group.getOmitted() > 0) {
                    out.println(zh ? String.format("    ……另有 %,d 条未列出", group.getOmitted())
                            : String.format("    … and %,d more", group.getOmitted()));
                }
            }
            if (report.getAccepted()) {
                accepted++;
            }
        }
        if (reports.size() > 1) {
            out.println(zh ? String.format("合计：%d 个输入，%d 个通过，%d 个未通过。", reports.size(), accepted,
                    reports.size() - accepted)
                    : String.format("Total: %d inputs, %d accepted, %d not accepted.", reports.size(), accepted,
                            reports.size() - accepted));
        }
    }

    private static String where(ValidationIssue issue, boolean zh) {
        var at = issue.getLocation();
        StringBuilder text = new StringBuilder();
        if (at.getRecordIndex() != null) {
            text.append(zh ? "记录 #" : "record #").append(at.getRecordIndex()).append(' ');
        }
        if (at.getLine() != null) {
            text.append(zh ? "第 " + at.getLine() + " 行" : "line " + at.getLine());
            if (at.getColumn() != null) {
                text.append(zh ? "第 " + at.getColumn() + " 列" : ":" + at.getColumn());
            }
            text.append(' ');
        }
        if (at.getHeader() != null) {
            text.append('[').append(at.getHeader()).append("] ");
        }
        if (at.getPointer() != null && !at.getPointer().isEmpty()) {
            text.append(at.getPointer()).append(' ');
        }
        return text.length() == 0 ? "" : text.append("— ").toString();
    }

    private void printJson(List<ValidationReport> reports) {
        try {
            Object value = reports.size() == 1 ? reports.get(0) : reports;
            spec.commandLine().getOut().println(
                    OpenSrdi.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }
}
