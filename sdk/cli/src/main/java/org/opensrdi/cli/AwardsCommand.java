package org.opensrdi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.Submission;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.awards.Amount;
import org.opensrdi.sdk.awards.AwardCalculator;
import org.opensrdi.sdk.awards.AwardLine;
import org.opensrdi.sdk.awards.AwardResult;
import org.opensrdi.sdk.awards.AwardTotal;
import org.opensrdi.sdk.awards.AwardWarning;
import org.opensrdi.sdk.awards.PolicyPacks;
import org.opensrdi.sdk.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opensrdi awards FILE}: the awards a submission's designations and events trigger under the
 * policy packs, with the payer, rule and clause of each line and totals per enterprise and payer.
 * The submission is validated first and refused unless accepted. Exit code 0, or 2 for a usage
 * mistake, a file that cannot be read, or a submission that is not accepted.
 */
@Command(name = "awards",
        description = {
            "Computes the awards of a submission under the policy packs: amount, payer, rule and clause per line, totals.",
            "FILE is a Submission (.json); it is validated first and refused unless accepted.",
            "Without --pack, every bundled pack whose jurisdiction contains the enterprise applies.",
            "Exit code: 0 done, 2 usage or I/O error or submission not accepted."},
        sortOptions = false)
final class AwardsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1", description = "The submission (.json).")
    private Path file;

    @Option(names = "--pack", paramLabel = "CODE|FILE",
            description = "A jurisdiction code (its bundled packs) or a policy pack file; repeatable.")
    private List<String> packs = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The as-of date (default: the submission's asOfDate, else today in Asia/Shanghai).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ValidateCommand.Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ValidateCommand.Language language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("opensrdi: " + file + ": no such file");
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        Submission submission;
        List<PolicyPack> chosen;
        try {
            Validator.Builder validator = Validator.builder();
            if (asOf != null) {
                validator.asOf(asOf);
            }
            ValidationReport report = validator.build().validate(file);
            if (!report.getAccepted()) {
                err.println("opensrdi: " + file + ": the submission is not accepted (" + report.getCounts().getRecordsRejected()
                        + " of " + report.getCounts().getRecordsRead() + " records rejected); awards are computed only for an"
                        + " accepted submission — see: opensrdi validate " + file);
                return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
            }
            submission = OpenSrdi.jsonMapper().readValue(file.toFile(), Submission.class);
            chosen = packs.isEmpty() ? applicable(submission) : chosen();
        } catch (OpenSrdiException e) {
            err.println("opensrdi: " + e.getMessage());
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        } catch (IOException e) {
            err.println("opensrdi: " + file + ": cannot read: " + e.getMessage());
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        LocalDate date = asOf != null ? asOf
                : submission.getAsOfDate() != null ? submission.getAsOfDate() : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        AwardCalculator calculator;
        try {
            calculator = AwardCalculator.builder().packs(chosen).asOf(date).build();
        } catch (OpenSrdiException e) {
            err.println("opensrdi: " + e.getMessage());
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        AwardResult result = calculator.calculate(submission);
        if (format == ValidateCommand.Format.json) {
            printJson(calculator, result);
        } else {
            printText(calculator, result, enterprises(submission));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The packs named on the command line, in order: a six-digit code is a jurisdiction, anything else a file. */
    private List<PolicyPack> chosen() {
        List<PolicyPack> chosen = new ArrayList<>();
        for (String pack : packs) {
            if (pack.matches("[0-9]{6}")) {
                List<PolicyPack> bundled = PolicyPacks.bundled(pack);
                if (bundled.isEmpty()) {
                    throw new OpenSrdiException("--pack " + pack + ": the specification has no policy pack of this jurisdiction");
                }
                chosen.addAll(bundled);
            } else {
                chosen.add(PolicyPacks.read(Path.of(pack)));
            }
        }
        return chosen;
    }

    /** Every bundled pack whose jurisdiction contains one of the enterprises, highest jurisdictions first. */
    private static List<PolicyPack> applicable(Submission submission) {
        Map<String, PolicyPack> packs = new LinkedHashMap<>();
        Set<String> divisions = new LinkedHashSet<>();
        enterprises(submission).values().forEach(enterprise -> divisions.add(enterprise.getDivisionCode()));
        for (String division : divisions) {
            for (PolicyPack pack : PolicyPacks.bundledApplicableTo(division)) {
                packs.putIfAbsent(pack.getPackId(), pack);
            }
        }
        return new ArrayList<>(packs.values());
    }

    private static Map<String, Enterprise> enterprises(Submission submission) {
        Map<String, Enterprise> enterprises = new LinkedHashMap<>();
        for (SubmissionRecord record : submission.getRecords()) {
            if (record.getEnterprise() != null) {
                enterprises.putIfAbsent(record.getEnterprise().getUscc(), record.getEnterprise());
            }
        }
        return enterprises;
    }

    private void printText(AwardCalculator calculator, AwardResult result, Map<String, Enterprise> enterprises) {
        PrintWriter out = spec.commandLine().getOut();
        boolean zh = language == ValidateCommand.Language.zh;
        String lang = language.name();
        out.println(zh ? "奖励计算（基准日 " + result.asOf() + "；政策包 " + String.join("、", calculator.packIds()) + "）"
                : "Awards (as of " + result.asOf() + "; packs " + String.join(", ", calculator.packIds()) + ")");
        for (String uscc : result.enterprises()) {
            Enterprise enterprise = enterprises.get(uscc);
            out.println();
            out.println(uscc + (enterprise != null ? " " + enterprise.getName() + " (" + enterprise.getDivisionCode() + ")" : ""));
            List<AwardLine> lines = result.lines(uscc);
            if (lines.isEmpty()) {
                out.println(zh ? "  （无奖励）" : "  (no awards)");
            } else {
                out.println(String.format("  %-28s %-7s %-40s %-12s %s", zh ? "金额（元）" : "amount (CNY)", zh ? "出资方" : "payer",
                        zh ? "规则" : "rule", zh ? "条款" : "clause", zh ? "触发记录" : "record"));
            }
            for (AwardLine line : lines) {
                out.println(String.format("  %-28s %-7s %-40s %-12s %s", amount(line.amount(), zh), line.payer().orElse("—"),
                        line.ruleId(), line.citation().getClause(), line.record() + " " + line.date()));
                out.println("  " + " ".repeat(37) + line.title(lang) + " — " + line.packId());
            }
            for (AwardWarning warning : result.warnings(uscc)) {
                out.println((zh ? "  提示 " : "  warning ") + warning.code() + ": " + warning.message(lang));
            }
            if (!lines.isEmpty()) {
                out.println((zh ? "  合计：" : "  total: ") + total(result.total(uscc), zh) + byPayer(result.totalsByPayer(uscc), zh));
            }
        }
        out.println();
        out.println((zh ? "总计：" : "Total: ") + total(result.total(), zh) + byPayer(result.totalsByPayer(), zh)
                + (zh ? "；奖励行 " + result.lines().size() + "，提示 " + result.warnings().size()
                        : "; " + count(result.lines().size(), "line") + ", " + count(result.warnings().size(), "warning")));
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String byPayer(Map<String, AwardTotal> totals, boolean zh) {
        if (totals.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        totals.forEach((payer, total) -> parts.add(payer + " " + total(total, zh)));
        return zh ? "（出资方 " + String.join("；", parts) + "）" : " (by payer: " + String.join("; ", parts) + ")";
    }

    private static String amount(Amount amount, boolean zh) {
        return switch (amount.kind()) {
            case EXACT -> amount.exactValue().orElseThrow().toPlainString();
            case RANGE -> amount.maximum().isEmpty() ? (zh ? "不低于 " : "at least ") + amount.minimum().orElseThrow().toPlainString()
                    : amount.minimum().orElseThrow().toPlainString() + "–" + amount.maximum().get().toPlainString();
            case UNQUANTIFIED -> zh ? "未量化" : "unquantified";
        };
    }

    private static String total(AwardTotal total, boolean zh) {
        String text = total.rangeLines() == 0 ? total.exact().toPlainString()
                : total.minimum().toPlainString() + "–" + total.maximum().map(BigDecimal::toPlainString).orElse(zh ? "不设上限" : "open");
        if (total.unquantifiedLines() > 0) {
            text += zh ? " + 未量化 " + total.unquantifiedLines() + " 项" : " + " + total.unquantifiedLines() + " unquantified";
        }
        return text;
    }

    private void printJson(AwardCalculator calculator, AwardResult result) {
        ObjectNode root = OpenSrdi.jsonMapper().createObjectNode();
        root.put("asOfDate", result.asOf().toString());
        ArrayNode packIds = root.putArray("packs");
        calculator.packIds().forEach(packIds::add);
        ArrayNode lines = root.putArray("lines");
        for (AwardLine line : result.lines()) {
            ObjectNode node = lines.addObject();
            node.put("enterpriseUscc", line.enterpriseUscc());
            node.put("packId", line.packId());
            node.put("packVersion", line.packVersion());
            node.put("ruleId", line.ruleId());
            node.put("title", line.title(language.name()));
            line.payer().ifPresent(payer -> node.put("payer", payer));
            node.set("amount", amountJson(line.amount()));
            node.put("record", line.record());
            node.put("date", line.date().toString());
            node.set("citation", OpenSrdi.jsonMapper().valueToTree(line.citation()));
            node.set("explanation", OpenSrdi.jsonMapper().valueToTree(line.explanation()));
        }
        ArrayNode warnings = root.putArray("warnings");
        for (AwardWarning warning : result.warnings()) {
            ObjectNode node = warnings.addObject();
            node.put("code", warning.code().name());
            node.put("enterpriseUscc", warning.enterpriseUscc());
            warning.packId().ifPresent(packId -> node.put("packId", packId));
            warning.ruleId().ifPresent(ruleId -> node.put("ruleId", ruleId));
            node.put("record", warning.record());
            node.put("message", warning.message(language.name()));
        }
        ObjectNode totals = root.putObject("totals");
        totals.set("all", totalJson(result.total()));
        ObjectNode byEnterprise = totals.putObject("byEnterprise");
        result.totalsByEnterprise().forEach((uscc, total) -> byEnterprise.set(uscc, totalJson(total)));
        ObjectNode byPayer = totals.putObject("byPayer");
        result.totalsByPayer().forEach((payer, total) -> byPayer.set(payer, totalJson(total)));
        try {
            spec.commandLine().getOut().println(OpenSrdi.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON result", e);
        }
    }

    private static ObjectNode amountJson(Amount amount) {
        ObjectNode node = OpenSrdi.jsonMapper().createObjectNode();
        node.put("kind", amount.kind().name());
        amount.exactValue().ifPresentOrElse(value -> node.put("value", value), () -> {
            amount.minimum().ifPresent(minimum -> node.put("minimum", minimum));
            amount.maximum().ifPresent(maximum -> node.put("maximum", maximum));
        });
        return node;
    }

    private static ObjectNode totalJson(AwardTotal total) {
        ObjectNode node = OpenSrdi.jsonMapper().createObjectNode();
        node.put("exact", total.exact());
        node.put("rangeMinimum", total.rangeMinimum());
        total.rangeMaximum().ifPresent(maximum -> node.put("rangeMaximum", maximum));
        node.put("minimum", total.minimum());
        total.maximum().ifPresent(maximum -> node.put("maximum", maximum));
        node.put("unquantifiedLines", total.unquantifiedLines());
        return node;
    }
}
