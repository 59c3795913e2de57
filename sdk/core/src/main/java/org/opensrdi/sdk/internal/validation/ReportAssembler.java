package org.opensrdi.sdk.internal.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.ReportCounts;
import org.opensrdi.model.Severity;
import org.opensrdi.model.ValidationIssue;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Collects issues as they come and builds the ValidationReport: counts every issue, keeps at most
 * {@code maxIssuesPerCode} per code, and tracks which records are rejected. Not thread-safe.
 * Internal, not API.
 */
public final class ReportAssembler {

    private final IssueCatalogue catalogue;
    private final int maxIssuesPerCode;
    private final Map<String, List<Issue>> listed = new TreeMap<>();
    private final Map<String, Integer> countsByCode = new TreeMap<>();
    private final Map<Severity, Integer> countsBySeverity = new EnumMap<>(Severity.class);
    private final BitSet rejected = new BitSet();
    private long recordsRead;

    /**
     * An empty assembler.
     *
     * @param catalogue the issue catalogue
     * @param maxIssuesPerCode how many issues of one code to list
     */
    public ReportAssembler(IssueCatalogue catalogue, int maxIssuesPerCode) {
        this.catalogue = catalogue;
        this.maxIssuesPerCode = maxIssuesPerCode;
    }

    /**
     * Counts a record as read.
     *
     * @return the record's index in the run
     */
    public long recordRead() {
        return recordsRead++;
    }

    /**
     * Adds an issue of a record.
     *
     * @param recordIndex the record's index in the run
     * @param issue the issue
     */
    public void add(long recordIndex, Issue issue) {
        if (issue.rejects()) {
            rejected.set(Math.toIntExact(recordIndex));
        }
        add(issue);
    }

    /**
     * Adds an issue of the input as a whole.
     *
     * @param issue the issue
     */
    public void add(Issue issue) {
        countsByCode.merge(issue.code(), 1, Integer::sum);
        countsBySeverity.merge(issue.severity(), 1, Integer::sum);
        List<Issue> list = listed.computeIfAbsent(issue.code(), c -> new ArrayList<>());
        if (list.size() < maxIssuesPerCode) {
            list.add(issue);
        }
    }

    /**
     * Records read so far.
     *
     * @return the count
     */
    public long recordsRead() {
        return recordsRead;
    }

    /**
     * The report.
     *
     * @param specVersion the spec version
     * @param engine the engine name and version
     * @param asOf the as-of date
     * @param inputs the input names
     * @return the report
     */
    public ValidationReport build(String specVersion, String engine, LocalDate asOf, List<String> inputs) {
        long rejectedCount = rejected.cardinality();
        ReportCounts counts = new ReportCounts()
                .recordsRead(Math.toIntExact(recordsRead))
                .recordsAccepted(Math.toIntExact(recordsRead - rejectedCount))
                .recordsRejected(Math.toIntExact(rejectedCount));
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.toString(), countsBySeverity.getOrDefault(severity, 0));
        }
        counts.setIssuesBySeverity(bySeverity);
        counts.setIssuesByCode(new LinkedHashMap<>(countsByCode));
        List<IssueGroup> groups = new ArrayList<>();
        listed.keySet().stream()
                .sorted(Comparator.comparing((String code) -> catalogue.severity(code).ordinal()).thenComparing(c -> c))
                .forEach(code -> {
                    List<ValidationIssue> issues = listed.get(code).stream().map(ReportAssembler::toModel).toList();
                    int count = countsByCode.get(code);
                    groups.add(new IssueGroup().code(code).severity(catalogue.severity(code))
                            .title(new LocalizedText().zh(catalogue.titleZh(code)).en(catalogue.titleEn(code)))
                            .count(count).omitted(count - issues.size()).issues(new ArrayList<>(issues)));
                });
        boolean accepted = countsBySeverity.getOrDefault(Severity.ERROR, 0) == 0
                && countsBySeverity.getOrDefault(Severity.FATAL, 0) == 0;
        return new ValidationReport().specVersion(specVersion).engine(engine).asOfDate(asOf)
                .generatedAt(OffsetDateTime.now()).inputs(new ArrayList<>(inputs)).accepted(accepted)
                .counts(counts).issueGroups(groups).ruleDataVersion(specVersion);
    }

    private static ValidationIssue toModel(Issue issue) {
        IssueLocation at = issue.location();
        org.opensrdi.model.IssueLocation location = new org.opensrdi.model.IssueLocation()
                .source(at.source()).pointer(at.pointer()).line(at.line()).column(at.column()).header(at.header());
        if (at.recordIndex() != null) {
            location.setRecordIndex(Math.toIntExact(at.recordIndex()));
        }
        return new ValidationIssue().code(issue.code()).severity(issue.severity()).location(location)
                .message(new LocalizedText().zh(issue.messageZh()).en(issue.messageEn()))
                .documentation("https://opensrdi.org/spec/0.1/docs/validation.md#" + issue.code().toLowerCase(java.util.Locale.ROOT));
    }
}
