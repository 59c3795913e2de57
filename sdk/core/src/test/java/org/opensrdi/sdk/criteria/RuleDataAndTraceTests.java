package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Explanation;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SpecResources;

/**
 * The rule data loads and is checked on load (README §10), every metric of metric.csv is
 * implemented, and every result carries an explanation that conforms to explanation.schema.json
 * (README §9).
 */
class RuleDataAndTraceTests {

    @Test
    void theBundledRuleSetsCoverTheTiersInForceIn2024() {
        assertThat(CRITERIA.tiers(AS_OF_2024)).containsExactly(Tier.TECH_SME, Tier.INNOVATIVE_SME, Tier.SRDI_SME,
                Tier.LITTLE_GIANT, Tier.HIGH_TECH_ENTERPRISE, Tier.CULTIVATION_POOL);
    }

    @Test
    void everyExplanationConformsToTheExplanationSchema() {
        SchemaValidator schemas = SchemaValidator.create();
        Enterprise enterprise = SrdiSmeCriteriaTests.example2022();
        List<JsonNode> explanations = new ArrayList<>();
        for (Tier tier : CRITERIA.tiers(AS_OF_2024)) {
            EvaluationOptions options = EvaluationOptions.builder().maxMissingElements(3).designations(List.of()).build();
            explanations.add(CRITERIA.evaluate(enterprise, tier, AS_OF_2024, options).explanationJson());
        }
        explanations.add(CRITERIA.classifySize(enterprise, AS_OF_2024).explanationJson());
        for (JsonNode explanation : explanations) {
            assertThat(schemas.validate(explanation, "explanation.schema.json")).as(explanation.path("ruleSet").asText())
                    .isEmpty();
        }
    }

    @Test
    void theTraceCarriesInputsParametersStepsAndAssumptions() {
        // srdi-sme.md §3.1 again: the R&D gate reads FY2023 figures and compares with the 2022 parameters.
        EvaluationResult result = CRITERIA.evaluate(SrdiSmeCriteriaTests.example2022(), Tier.SRDI_SME, AS_OF_2024);
        Explanation explanation = result.explanation();
        assertThat(explanation.getCalculator()).isEqualTo("srdi-sme-2022");
        assertThat(explanation.getRuleSet()).isEqualTo("srdi-sme-2022@0.1.0");
        assertThat(explanation.getSubject()).isEqualTo("91652701MA77UQ3T7C");
        assertThat(explanation.getAsOfDate()).isEqualTo(AS_OF_2024);
        assertThat(explanation.getInputs()).anySatisfy(input -> {
            assertThat(input.getName()).isEqualTo("rdExpense[2023]");
            assertThat(input.getPointer()).isEqualTo("/yearlyFigures/2/rdExpense");
            assertThat(input.getMissing()).isNull();
        });
        assertThat(explanation.getParameters()).anySatisfy(parameter -> {
            assertThat(parameter.getId()).isEqualTo("RD_INTENSITY_MIN");
            assertThat(parameter.getValue()).hasToString("0.03");
            assertThat(parameter.getUnit()).isEqualTo("FRACTION");
            assertThat(parameter.getEffectiveFrom()).hasToString("2022-08-01");
            assertThat(parameter.getEffectiveTo()).hasToString("2026-03-31");
            assertThat(parameter.getCitation().getDocumentNumber()).isEqualTo("工信部企业〔2022〕63号");
            assertThat(parameter.getCitation().getClause()).isEqualTo("附件2 一.2");
        });
        assertThat(explanation.getParameters()).anySatisfy(parameter -> {
            assertThat(parameter.getId()).isEqualTo("OPERATING_REVENUE_MIN");
            assertThat(parameter.getAssumption().getId()).isEqualTo("BAND_BOUNDARY_HIGHER");
            assertThat(parameter.getAssumption().getConfidence()).hasToString("MEDIUM");
        });
        assertThat(explanation.getSteps()).anySatisfy(step -> {
            assertThat(step.getId()).isEqualTo("condition/RD_INPUT");
            assertThat(step.getResult()).isEqualTo("TRUE");
            assertThat(step.getCitation().getClause()).isEqualTo("附件2 一.2");
        });
        assertThat(explanation.getSteps()).anySatisfy(step -> {
            assertThat(step.getId()).isEqualTo("indicator/RD_STAFF_SHARE");
            assertThat(step.getResult()).isEqualTo(Map.of("label", "B", "points", List.of(3, 3)));
        });
        assertThat(explanation.getSteps()).extracting(step -> step.getId()).contains("group/SPECIALISATION", "total",
                "score/passMark", "SCORE", "directPath/DIRECT_RD_EXPENSE", "verdict");
        assertThat(explanation.getOutcome()).isInstanceOf(Map.class);
        assertThat(result.assumptions()).contains("BAND_BOUNDARY_HIGHER", "AVERAGE_GROWTH_DEFINITION",
                "DISTINCTIVE_PROVINCIAL", "NO_NATIONAL_NUMBERS");
        assertThat(explanation.getInputs()).noneMatch(input -> Boolean.TRUE.equals(input.getMissing()));
    }

    @Test
    void anAbsentInputIsListedAsMissingWithWhereItWouldBe() {
        // README §4.1: without FY2023 R&D staff indicator 12 is [0, 5] and the input is missing: true.
        Enterprise enterprise = SrdiSmeCriteriaTests.example2022();
        Fixtures.year(enterprise, 2023).rdStaff(null);
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2024);
        assertThat(result.missingInputs()).containsExactly("rdStaff[2023]");
        assertThat(result.indicator("RD_STAFF_SHARE").orElseThrow().points()).isEqualTo(new PointsInterval(0, 5));
        assertThat(result.explanation().getInputs()).filteredOn(input -> Boolean.TRUE.equals(input.getMissing()))
                .singleElement().satisfies(input -> {
                    assertThat(input.getName()).isEqualTo("rdStaff[2023]");
                    assertThat(input.getPointer()).isEqualTo("/yearlyFigures/2/rdStaff");
                });
    }

    @Test
    void everyMetricOfTheCodeListIsImplemented(@TempDir Path rules) throws IOException {
        // A rule set with one condition per metric of spec/codelists/metric.csv loads (unknown metrics
        // are rejected on load) and evaluates on a record without figures: every condition unknown.
        List<String> metrics = new ArrayList<>();
        for (Map<String, String> row : SpecResources.codeListRows("metric.csv")) {
            metrics.add(row.get("code"));
        }
        write(rules, ruleSet("every-metric", metrics));
        EvaluationResult result = CriteriaEvaluator.fromDirectory(rules)
                .evaluate(Fixtures.enterprise("3841"), Tier.SINGLE_CHAMPION, AS_OF_2024);
        // Only REGISTERED_YEARS has its input (registrationDate 2015-03-01 → 9 ≥ 0); the rest are unknown.
        List<String> unknown = new ArrayList<>(metrics);
        unknown.remove("REGISTERED_YEARS");
        assertThat(result.undecidedConditions()).containsExactlyElementsOf(unknown);
        assertThat(result.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void ruleDataWithAnUnknownMetricIsRejectedNamingTheFile(@TempDir Path rules) throws IOException {
        write(rules, ruleSet("unknown-metric", List.of("NO_SUCH_METRIC")));
        assertThatThrownBy(() -> CriteriaEvaluator.fromDirectory(rules)).isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining("unknown-metric.json").hasMessageContaining("NO_SUCH_METRIC");
    }

    @Test
    void aRuleSetFileMustBeNamedAfterItsId(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("named-wrong.json"),
                ruleSet("named-right", List.of("OPERATING_REVENUE_LAST_YEAR")).toString());
        assertThatThrownBy(() -> CriteriaEvaluator.fromDirectory(rules)).isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining("named-wrong.json").hasMessageContaining("named-right.json");
    }

    @Test
    void ruleDataThatBreaksTheSchemaIsRejectedWithItsPointer(@TempDir Path rules) throws IOException {
        ObjectNode broken = ruleSet("broken", List.of("OPERATING_REVENUE_LAST_YEAR"));
        ((ObjectNode) broken.get("conditions").get(0)).put("kind", "SOMETIMES");
        write(rules, broken);
        assertThatThrownBy(() -> CriteriaEvaluator.fromDirectory(rules)).isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("/conditions/0/kind");
    }

    @Test
    void anEvaluatorIsSharedSafelyBetweenThreads() throws Exception {
        Enterprise enterprise = SrdiSmeCriteriaTests.example2022();
        String expected = CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2024).toString();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(threads.submit(() -> CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2024).toString()));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(expected).isEqualTo("SRDI_SME 2024-06-30 srdi-sme-2022@0.1.0: UNDETERMINED [56, 71]");
    }

    /**
     * A tier rule set of the otherwise unused tier SINGLE_CHAMPION, in force from 2022-08-01, with one
     * condition “metric ≥ 0” per metric, all required.
     */
    private static ObjectNode ruleSet(String id, List<String> metrics) {
        ObjectNode ruleSet = OpenSrdi.jsonMapper().createObjectNode();
        ruleSet.put("specVersion", "0.1.0").put("ruleSetId", id).put("ruleSetVersion", "0.1.0");
        ruleSet.putObject("title").put("zh", "测试").put("en", "Test");
        ruleSet.put("tier", "SINGLE_CHAMPION").put("regime", "NOT_APPLICABLE");
        ruleSet.putObject("effectivePeriod").put("start", "2022-08-01");
        ruleSet.putArray("documents").addObject().put("id", "test").put("title", "测试文件").put("confidence", "HIGH");
        ruleSet.putArray("parameters");
        ArrayNode conditions = ruleSet.putArray("conditions");
        ObjectNode qualification = ruleSet.putObject("qualification");
        qualification.putObject("summary").put("zh", "全部满足");
        ArrayNode refs = qualification.putObject("expression").putArray("allOf");
        qualification.putObject("citation").put("source", "test").put("clause", "一");
        for (String metric : metrics) {
            ObjectNode condition = conditions.addObject();
            condition.put("id", metric).putObject("title").put("zh", metric);
            condition.put("kind", "CRITERION").putObject("citation").put("source", "test").put("clause", "一");
            ObjectNode test = condition.putObject("test").put("metric", metric).put("op", ">=").put("value", 0);
            if (metric.equals("PROVINCIAL_INDICATOR_LAST_YEAR")) {
                test.put("key", "X");
            }
            refs.addObject().put("ref", metric);
        }
        ruleSet.putArray("assumptions");
        return ruleSet;
    }

    private static void write(Path directory, ObjectNode ruleSet) throws IOException {
        Files.writeString(directory.resolve(ruleSet.get("ruleSetId").asText() + ".json"), ruleSet.toString());
    }
}
