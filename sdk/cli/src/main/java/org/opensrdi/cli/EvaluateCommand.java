package org.opensrdi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.Severity;
import org.opensrdi.model.SubmissionRecord;
import org.opensrdi.model.Tier;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.SpecResources;
import org.opensrdi.sdk.criteria.CriteriaEvaluator;
import org.opensrdi.sdk.criteria.EvaluationOptions;
import org.opensrdi.sdk.criteria.EvaluationResult;
import org.opensrdi.sdk.criteria.Finding;
import org.opensrdi.sdk.criteria.IndicatorPoints;
import org.opensrdi.sdk.criteria.NearMissCount;
import org.opensrdi.sdk.criteria.SizeClassResult;
import org.opensrdi.sdk.criteria.SizeOutcome;
import org.opensrdi.sdk.criteria.Verdict;
import org.opensrdi.sdk.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opensrdi evaluate FILE}: the national criteria for every enterprise of a submission — size
 * class, and for each tier in force (or {@code --tier}) the verdict, points, failed conditions, missing
 * inputs, direct path and rule set — with the explanations in JSON. The submission is validated first;
 * rejected records are skipped with a note on stderr. Exit code 0, or 2 for a usage mistake or a file
 * that cannot be read.
 */
@Command(name = "evaluate",
        description = {
            "Evaluates the enterprises of a submission against the national criteria (spec/rules): size class and,",
            "for each tier in force on the as-of date, the verdict, points, failed conditions and missing inputs.",
            "Designation records of the file are the enterprises' designations; a file without any leaves them unknown.",
            "Exit code: 0 evaluated, 2 usage or I/O error."},
        sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A Submission (.json).")
    private Path file;

    @Option(names = "--tier", paramLabel = "TIER",
            description = "Only this tier, e.g. SRDI_SME (default: every tier with rules in force on the as-of date).")
    private Tier tier;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The as-of date: chooses the rules and the data year (default: the submission's asOfDate, "
                    + "else today in Asia/Shanghai).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ValidateCommand.Format format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language of the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ValidateCommand.Language language;

    @Option(names = "--near-miss", paramLabel = "N",
            description = "Also evaluate the cultivation pool, admitting enterprises that miss at most N elements.")
    private Integer nearMiss;

    @Spec
    private CommandSpec spec;

    /** An enterprise of the file with its designations (null when the file has none at all). */
    private record Subject(Enterprise enterprise, List<Designation> designations) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("opensrdi: " + file + ": no such file");
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        if (nearMiss != null && nearMiss < 0) {
            err.println("opensrdi: --near-miss must be 0 or more, not " + nearMiss);
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        if (tier == Tier.CULTIVATION_POOL && nearMiss == null) {
            err.println("opensrdi: --tier CULTIVATION_POOL needs --near-miss N (the most elements that may be missed)");
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        ObjectMapper mapper = OpenSrdi.jsonMapper();
        JsonNode submission;
        try {
            submission = mapper.readTree(file.toFile());
        } catch (IOException e) {
            err.println("opensrdi: " + file + ": cannot read the submission (" + e.getMessage() + ")");
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        if (!submission.path("records").isArray()) {
            err.println("opensrdi: " + file + ": not a Submission (no records)");
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }
        LocalDate date = asOf != null ? asOf
                : submission.hasNonNull("asOfDate") ? LocalDate.parse(submission.get("asOfDate").asText())
                        : LocalDate.now(ZoneId.of("Asia/Shanghai"));

        Map<Integer, TreeSet<String>> rejected = rejectedRecords(date);
        boolean zh = language == ValidateCommand.Language.zh;
        for (Map.Entry<Integer, TreeSet<String>> entry : rejected.entrySet()) {
            err.println("opensrdi: " + file + (zh ? ": 记录 #" + entry.getKey() + " 未通过校验，已跳过（"
                    : ": record #" + entry.getKey() + " failed validation and is skipped (")
                    + String.join(", ", entry.getValue()) + (zh ? "）；详见 opensrdi validate" : "); see opensrdi validate"));
        }
        List<Subject> subjects;
        try {
            subjects = subjects(submission.get("records"), rejected, mapper);
        } catch (JsonProcessingException e) {
            err.println("opensrdi: " + file + ": " + e.getOriginalMessage());
            return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
        }

        CriteriaEvaluator criteria = CriteriaEvaluator.bundled();
        List<Tier> tiers = new ArrayList<>();
        if (tier != null) {
            if (criteria.tiers(date).contains(tier)) {
                tiers.add(tier);
            } else {
                err.println("opensrdi: no rules of tier " + tier + " are in force on " + date + "; tiers then: "
                        + criteria.tiers(date));
                return OpenSrdiCommand.USAGE_OR_INPUT_ERROR;
            }
        } else {
            criteria.tiers(date).stream().filter(t -> t != Tier.CULTIVATION_POOL || nearMiss != null).forEach(tiers::add);
        }

        List<ObjectNode> enterprises = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        Labels labels = new Labels(zh);
        for (Subject subject : subjects) {
            SizeClassResult size = criteria.classifySize(subject.enterprise(), date);
            EvaluationOptions.Builder options = EvaluationOptions.builder().designations(subject.designations());
            if (nearMiss != null) {
                options.maxMissingElements(nearMiss);
            }
            List<EvaluationResult> results = criteria.evaluate(subject.enterprise(), tiers, date, options.build());
            if (format == ValidateCommand.Format.json) {
                enterprises.add(json(subject.enterprise(), size, results, mapper));
            } else {
                printText(out, subject.enterprise(), date, size, results, labels);
            }
        }
        if (format == ValidateCommand.Format.json) {
            ObjectNode document = mapper.createObjectNode();
            document.put("source", file.toString());
            document.put("asOfDate", date.toString());
            ArrayNode skipped = document.putArray("skippedRecords");
            rejected.forEach((index, codes) -> {
                ObjectNode record = skipped.addObject().put("recordIndex", index);
                codes.forEach(record.putArray("codes")::add);
            });
            document.putArray("enterprises").addAll(enterprises);
            try {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the JSON results", e);
            }
        } else if (subjects.isEmpty()) {
            out.println(zh ? "没有可评价的企业记录。" : "No enterprise records to evaluate.");
        }
        out.flush();
        return 0;
    }

    /** The records the validator rejects, by index, with their error codes. */
    private Map<Integer, TreeSet<String>> rejectedRecords(LocalDate date) {
        ValidationReport report = Validator.builder().asOf(date).maxIssuesPerCode(Integer.MAX_VALUE).build().validate(file);
        Map<Integer, TreeSet<String>> rejected = new TreeMap<>();
        for (IssueGroup group : report.getIssueGroups()) {
            if (group.getSeverity() != Severity.ERROR && group.getSeverity() != Severity.FATAL) {
                continue;
            }
            for (ValidationIssue issue : group.getIssues()) {
                Integer index = issue.getLocation().getRecordIndex();
                if (index != null) {
                    rejected.computeIfAbsent(index, i -> new TreeSet<>()).add(issue.getCode());
                } else if (group.getSeverity() == Severity.FATAL) {
                    throw new OpenSrdiException(file + ": the submission cannot be read: " + issue.getCode() + " "
                            + issue.getMessage().getEn());
                }
            }
        }
        return rejected;
    }

    /** The enterprises of the accepted records, with the designations of the accepted records. */
    private static List<Subject> subjects(JsonNode records, Map<Integer, TreeSet<String>> rejected, ObjectMapper mapper)
            throws JsonProcessingException {
        Map<String, Enterprise> enterprises = new LinkedHashMap<>();
        Map<String, List<Designation>> designations = new HashMap<>();
        boolean anyDesignation = false;
        for (int i = 0; i < records.size(); i++) {
            if (rejected.containsKey(i)) {
                continue;
            }
            SubmissionRecord record = mapper.treeToValue(records.get(i), SubmissionRecord.class);
            if (record.getEnterprise() != null) {
                enterprises.putIfAbsent(record.getEnterprise().getUscc(), record.getEnterprise());
            } else if (record.getDesignation() != null) {
                anyDesignation = true;
                designations.computeIfAbsent(record.getDesignation().getEnterpriseUscc(), u -> new ArrayList<>())
                        .add(record.getDesignation());
            }
        }
        List<Subject> subjects = new ArrayList<>();
        for (Enterprise enterprise : enterprises.values()) {
            subjects.add(new Subject(enterprise,
                    anyDesignation ? designations.getOrDefault(enterprise.getUscc(), List.of()) : null));
        }
        return subjects;
    }

    private static void printText(PrintWriter out, Enterprise enterprise, LocalDate date, SizeClassResult size,
            List<EvaluationResult> results, Labels labels) {
        out.println(enterprise.getUscc() + " " + (labels.zh || enterprise.getNameEn() == null ? enterprise.getName()
                : enterprise.getNameEn()) + (labels.zh ? "（基准日 " + date + "）" : " (as of " + date + ")"));
        out.println("  " + labels.text("企业规模", "Size class") + labels.colon() + labels.size(size));
        for (EvaluationResult result : results) {
            out.println("  " + labels.tier(result.tier()) + labels.colon() + labels.verdict(result.verdict()));
            if (result.total().isPresent()) {
                out.println("    " + labels.text("得分", "Points") + labels.colon() + result.total().get()
                        + (result.total().get().isExact() ? "" : labels.text("（区间）", " (range)")));
                List<String> open = new ArrayList<>();
                for (IndicatorPoints indicator : result.indicators()) {
                    if (!indicator.points().isExact()) {
                        open.add(indicator.id() + " " + indicator.points());
                    }
                }
                if (!open.isEmpty()) {
                    out.println("    " + labels.text("未定指标", "Open indicators") + labels.colon() + labels.join(open));
                }
            }
            result.nearMiss().ifPresent(count -> out.println("    " + labels.nearMiss(count)));
            out.println("    " + labels.text("未满足", "Not met") + labels.colon() + labels.join(result.failedConditions()));
            if (!result.undecidedConditions().isEmpty()) {
                out.println("    " + labels.text("无法判定", "Undecided") + labels.colon()
                        + labels.join(result.undecidedConditions()));
            }
            out.println("    " + labels.text("缺少数据", "Missing inputs") + labels.colon()
                    + labels.join(result.missingInputs()));
            out.println("    " + labels.text("直通条件", "Direct path") + labels.colon()
                    + result.directPath().orElse(labels.text("无", "none")));
            for (Finding finding : result.findings()) {
                out.println("    " + labels.text("提示", "Note") + labels.colon() + finding.code() + " " + finding.element()
                        + " — " + finding.detail());
            }
            out.println("    " + labels.text("规则集", "Rule set") + labels.colon() + result.ruleSet()
                    + (result.transitional() ? labels.text("（过渡适用）", " (transitional use)") : ""));
        }
    }

    private static ObjectNode json(Enterprise enterprise, SizeClassResult size, List<EvaluationResult> results,
            ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("uscc", enterprise.getUscc());
        node.put("name", enterprise.getName());
        ObjectNode sizeNode = node.putObject("sizeClass");
        sizeNode.put("outcome", size.outcome().name());
        ArrayNode possible = sizeNode.putArray("possible");
        size.possible().forEach(p -> possible.add(p.name()));
        size.industry().ifPresent(industry -> sizeNode.put("industry", industry));
        sizeNode.put("ruleSet", size.ruleSet());
        strings(sizeNode.putArray("missingInputs"), size.missingInputs());
        sizeNode.set("explanation", size.explanationJson());
        ArrayNode resultNodes = node.putArray("results");
        for (EvaluationResult result : results) {
            ObjectNode r = resultNodes.addObject();
            r.put("tier", result.tier().toString());
            r.put("verdict", result.verdict().name());
            r.put("ruleSet", result.ruleSet());
            r.put("transitional", result.transitional());
            result.total().ifPresent(total -> r.putArray("points").add(total.low()).add(total.high()));
            ArrayNode indicators = r.putArray("indicators");
            for (IndicatorPoints indicator : result.indicators()) {
                ObjectNode i = indicators.addObject().put("id", indicator.id()).put("group", indicator.group());
                if (indicator.number() != null) {
                    i.put("number", indicator.number());
                }
                if (indicator.label() != null) {
                    i.put("label", indicator.label());
                }
                i.putArray("points").add(indicator.points().low()).add(indicator.points().high());
            }
            strings(r.putArray("failedConditions"), result.failedConditions());
            strings(r.putArray("undecidedConditions"), result.undecidedConditions());
            strings(r.putArray("missingInputs"), result.missingInputs());
            result.directPath().ifPresent(path -> r.put("directPath", path));
            strings(r.putArray("directPathsHeld"), result.directPathsHeld());
            result.nearMiss().ifPresent(count -> {
                ObjectNode n = r.putObject("nearMiss").put("targetRuleSet", count.targetRuleSet())
                        .put("maxMissing", count.maxMissing());
                strings(n.putArray("missed"), count.missed());
                strings(n.putArray("undecided"), count.undecided());
                strings(n.putArray("met"), count.met());
                strings(n.putArray("eligibilityFailed"), count.eligibilityFailed());
                strings(n.putArray("eligibilityUnknown"), count.eligibilityUnknown());
            });
            ArrayNode findings = r.putArray("findings");
            result.findings().forEach(f -> findings.addObject().put("code", f.code()).put("element", f.element())
                    .put("detail", f.detail()));
            strings(r.putArray("assumptions"), result.assumptions());
            r.set("explanation", result.explanationJson());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Names and words of the text output in one language; tier and size names from the code lists. */
    private static final class Labels {

        private final boolean zh;
        private final Map<String, String> tiers = new HashMap<>();
        private final Map<String, String> sizes = new HashMap<>();

        Labels(boolean zh) {
            this.zh = zh;
            String column = zh ? "title_zh" : "title_en";
            SpecResources.codeListRows("tier.csv").forEach(row -> tiers.put(row.get("code"), row.get(column)));
            SpecResources.codeListRows("size-class.csv").forEach(row -> sizes.put(row.get("code"), row.get(column)));
        }

        String text(String chinese, String english) {
            return zh ? chinese : english;
        }

        String colon() {
            return zh ? "：" : ": ";
        }

        String join(List<String> values) {
            return values.isEmpty() ? text("无", "none") : String.join(zh ? "、" : ", ", values);
        }

        String tier(Tier tier) {
            return tiers.getOrDefault(tier.toString(), tier.toString());
        }

        String verdict(Verdict verdict) {
            return switch (verdict) {
                case QUALIFIED -> text("符合", "QUALIFIED");
                case NOT_QUALIFIED -> text("不符合", "NOT QUALIFIED");
                case UNDETERMINED -> text("待定（数据不足以判定）", "UNDETERMINED (the data do not decide)");
            };
        }

        String size(SizeClassResult size) {
            String name = switch (size.outcome()) {
                case NOT_COVERED -> text("不适用划型标准", "not covered by the standard");
                case UNDETERMINED -> text("待定，可能为 ", "undetermined, possibly ") + join(size.possible().stream()
                        .map(p -> sizes.getOrDefault(p.name(), p.name())).toList());
                default -> sizes.getOrDefault(size.outcome().name(), size.outcome().name());
            };
            String industry = size.industry().map(i -> i + zh(", ", "；")).orElse("");
            return name + (zh ? "（" : " (") + industry + size.ruleSet() + (zh ? "）" : ")")
                    + (size.outcome() == SizeOutcome.UNDETERMINED ? text("；缺少 ", "; missing ") + join(size.missingInputs())
                            : "");
        }

        private String zh(String english, String chinese) {
            return zh ? chinese : english;
        }

        String nearMiss(NearMissCount count) {
            return text("缺项", "Missed") + colon() + counted(count.missed()) + text("；未定 ", "; undecided ")
                    + counted(count.undecided()) + text("；上限 N = ", "; at most N = ") + count.maxMissing()
                    + text("；目标规则集 ", "; target rule set ") + count.targetRuleSet();
        }

        private String counted(List<String> elements) {
            return elements.size() + (elements.isEmpty() ? "" : (zh ? "（" : " (") + join(elements) + (zh ? "）" : ")"));
        }
    }
}
