package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.Target;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.awards.PolicyPacks;

/**
 * Every target of the five bundled packs is evaluated on its plan's sample submission, and every
 * report is a valid progress-report document. The kinds the five plans use: stocks and flows of
 * designations (with levels, required tiers, above-size only), events, counted items (including a
 * BETWEEN range), a one-off ratio, a yearly ratio with sub-jurisdiction quotas, a yearly count and a
 * yearly rate.
 */
class EveryTargetKindTests {

    private static final String[][] SAMPLES = {
        {"hailing-2024", "321202"}, {"jiangjin-2025h1", "500116"}, {"hubei-2024", "420000"},
        {"bortala-2025h1", "652700"}, {"jinghe-2024", "652722"}};

    private static final SchemaValidator SCHEMAS = SchemaValidator.create();

    private static List<ProgressReport> reports() {
        List<ProgressReport> reports = new ArrayList<>();
        for (String[] sample : SAMPLES) {
            reports.add(ProgressFixtures.report(sample[0], sample[1]));
        }
        return reports;
    }

    @Test
    void everyTargetOfTheFivePacksIsEvaluatedWithAnExplanation() {
        Set<String> expected = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        for (PolicyPack pack : PolicyPacks.bundled()) {
            for (Target target : pack.getTargets()) {
                expected.add(pack.getPackId() + " " + target.getId());
                kinds.add(kind(target));
            }
        }
        Set<String> evaluated = new TreeSet<>();
        for (ProgressReport report : reports()) {
            report.getJurisdictions().forEach(level -> level.getTargets().forEach(target -> {
                evaluated.add(target.getPackId() + " " + target.getTargetId());
                assertThat(target.getStatus()).as(target.getTargetId()).isNotNull();
                assertThat(target.getEvaluationDate()).as(target.getTargetId()).isNotNull();
                assertThat(target.getExplanation().getSteps()).as(target.getTargetId()).isNotEmpty();
                assertThat(target.getExplanation().getCitations()).as(target.getTargetId()).hasSize(1);
            }));
        }

        assertThat(evaluated).isEqualTo(expected);
        assertThat(kinds).contains("COUNT DESIGNATION_STOCK ONCE", "COUNT DESIGNATION_FLOW ONCE", "COUNT EVENT_FLOW ONCE",
                "COUNT COUNTED_ITEMS ONCE", "COUNT DESIGNATION_FLOW YEARLY", "RATIO DESIGNATION_STOCK ONCE",
                "RATIO DESIGNATION_FLOW YEARLY quotas", "RATE DESIGNATION_RENEWED YEARLY");
    }

    @Test
    void everyStatusOccursInTheSamples() {
        Set<TargetProgress.StatusEnum> statuses = new TreeSet<>();
        reports().forEach(report -> report.getJurisdictions()
                .forEach(level -> level.getTargets().forEach(target -> statuses.add(target.getStatus()))));

        assertThat(statuses).containsExactlyInAnyOrder(TargetProgress.StatusEnum.values());
    }

    @TestFactory
    Stream<DynamicTest> everyReportFollowsTheProgressReportSchema() {
        return Stream.of(SAMPLES).map(sample -> DynamicTest.dynamicTest(sample[0], () -> {
            JsonNode json = OpenSrdi.jsonMapper().valueToTree(ProgressFixtures.report(sample[0], sample[1]));
            assertThat(SCHEMAS.validate(json, "progress-report.schema.json")).isEmpty();
        }));
    }

    private static String kind(Target target) {
        String metric = target.getMetricKind() == Target.MetricKindEnum.COUNT ? target.getCount().getKind().toString()
                : target.getNumerator().getKind().toString();
        return target.getMetricKind() + " " + metric + " " + target.getRecurrence()
                + (target.getQuotas() != null && !target.getQuotas().isEmpty() ? " quotas" : "");
    }
}
