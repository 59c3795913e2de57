package org.opensrdi.sdk.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.opensrdi.model.CountMetric;
import org.opensrdi.model.Citation;
import org.opensrdi.model.DateRange;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.Level;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.PolicyDocument;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Submission;
import org.opensrdi.model.Target;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SpecResources;
import org.opensrdi.sdk.awards.PolicyPacks;
import org.opensrdi.sdk.identifiers.Uscc;

/**
 * The bundled packs, the sample submissions {@code spec/examples/submissions/progress-*.json} and
 * small builders for records and packs, shared by the progress tests.
 */
final class ProgressFixtures {

    /** One calculator over the five bundled packs, shared: calculators are thread-safe. */
    static final ProgressCalculator BUNDLED = ProgressCalculator.builder().packs(PolicyPacks.bundled()).build();

    private ProgressFixtures() {
    }

    /** A sample submission, {@code examples/submissions/progress-<name>.json}. */
    static Submission sample(String name) {
        return OpenSrdi.jsonMapper().convertValue(SpecResources.json("examples/submissions/progress-" + name + ".json"),
                Submission.class);
    }

    /** The report of a sample at its own as-of date. */
    static ProgressReport report(String name, String jurisdiction) {
        Submission submission = sample(name);
        return BUNDLED.calculate(ProgressData.of(submission), jurisdiction, submission.getAsOfDate());
    }

    /** The report of a sample at another as-of date. */
    static ProgressReport report(String name, String jurisdiction, LocalDate asOf) {
        return BUNDLED.calculate(ProgressData.of(sample(name)), jurisdiction, asOf);
    }

    /** One level of a report. */
    static JurisdictionProgress level(ProgressReport report, String code) {
        return report.getJurisdictions().stream().filter(level -> code.equals(level.getJurisdiction())).findFirst()
                .orElseThrow(() -> new AssertionError("no level " + code + " in the report"));
    }

    /** A target of a report, at any level. */
    static TargetProgress target(ProgressReport report, String targetId) {
        return report.getJurisdictions().stream().flatMap(level -> level.getTargets().stream())
                .filter(target -> targetId.equals(target.getTargetId())).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + targetId + " in the report"));
    }

    /** A valid USCC registered in a division: organisation code MAD + five digits, both check characters computed. */
    static String uscc(String division, int serial) {
        String body = String.format("MAD%05d", serial);
        String first17 = "91" + division + body + Uscc.organisationCodeCheckCharacter(body).orElseThrow();
        return first17 + Uscc.checkCharacter(first17);
    }

    static Enterprise enterprise(String uscc, String division) {
        return new Enterprise().uscc(uscc).name("示例企业" + uscc.substring(12)).divisionCode(division)
                .industryCode("3484").registrationDate(LocalDate.of(2015, 5, 20)).aboveDesignatedSize(true);
    }

    /** A designation from a date, with a three-year term (termEnd null for none). */
    static Designation designation(String uscc, Tier tier, Level level, String granting, String date, String termEnd,
            RecognitionType type, Designation.StatusEnum status) {
        Designation designation = new Designation().enterpriseUscc(uscc).tier(tier).level(level)
                .grantingJurisdiction(granting).designationDate(LocalDate.parse(date)).recognitionType(type).status(status);
        if (termEnd != null) {
            designation.termStart(LocalDate.parse(date)).termEnd(LocalDate.parse(termEnd));
        }
        return designation;
    }

    /** A pack of one jurisdiction, plan period 2023–2025, with the given targets. */
    static PolicyPack pack(String jurisdiction, Target... targets) {
        return new PolicyPack().specVersion("0.1.0").packId(jurisdiction + "-2023-test").packVersion("0.1.0")
                .document(new PolicyDocument().title("测试计划").issuer("测试").jurisdiction(jurisdiction)
                        .effectivePeriod(new DateRange().start(LocalDate.of(2023, 1, 1)).end(LocalDate.of(2025, 12, 31))))
                .targets(List.of(targets));
    }

    /** A firm one-off AT_LEAST count target. */
    static Target countTarget(String id, String jurisdiction, CountMetric count, String value, String dueDate) {
        return new Target().id(id).title(new LocalizedText().zh(id).en(id)).jurisdiction(jurisdiction)
                .metricKind(Target.MetricKindEnum.COUNT).count(count).comparator(Target.ComparatorEnum.AT_LEAST)
                .value(new BigDecimal(value)).dueDate(LocalDate.parse(dueDate)).recurrence(Target.RecurrenceEnum.ONCE)
                .aspirational(false).citation(new Citation().documentTitle("测试计划").clause("一"));
    }

    static CountMetric stock(Tier tier) {
        return new CountMetric().kind(CountMetric.KindEnum.DESIGNATION_STOCK).tier(tier);
    }

    static CountMetric flow(Tier tier, String start, String end) {
        return new CountMetric().kind(CountMetric.KindEnum.DESIGNATION_FLOW).tier(tier)
                .period(new DateRange().start(LocalDate.parse(start)).end(LocalDate.parse(end)));
    }
}
