package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.designation;
import static org.opensrdi.sdk.criteria.Fixtures.enterprise;
import static org.opensrdi.sdk.criteria.Fixtures.facts;
import static org.opensrdi.sdk.criteria.Fixtures.withDesignations;
import static org.opensrdi.sdk.criteria.Fixtures.year;
import static org.opensrdi.sdk.criteria.Fixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.CriteriaFacts;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Level;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * 创新型中小企业评价标准 (工信部企业〔2022〕63号 附件1) and, from 2026-04-01, the 科技和创新型中小企业 tier that
 * reuses it under article 30 of 工信部企业〔2026〕2号 (spec/docs/rules/innovative-sme.md). Band boundaries
 * follow BAND_BOUNDARY_HIGHER: a value exactly on a boundary scores the higher band.
 */
class InnovativeSmeCriteriaTests {

    /**
     * The worked example of innovative-sme.md with “last year” = {@code lastYear}: 3841, 120 staff and
     * revenue 30,000,000 (SMALL); main-business revenue 20,000,000 → 21,000,000; R&D 900,000;
     * assets 20,000,000, liabilities 11,000,000; class I 0, class II 3; not strategic emerging.
     */
    static Enterprise workedExample(int lastYear) {
        Enterprise enterprise = enterprise("3841");
        year(enterprise, lastYear - 1).mainBusinessRevenue(yuan("20000000"));
        year(enterprise, lastYear).employees(120).operatingRevenue(yuan("30000000")).mainBusinessRevenue(yuan("21000000"))
                .rdExpense(yuan("900000")).totalAssets(yuan("20000000")).totalLiabilities(yuan("11000000"))
                .classOneIpCount(0).classOneSelfDevelopedIpCount(0).classOneHighValueIpCount(0).classTwoIpCount(3);
        facts(enterprise).mainProductStrategicEmerging(false);
        return enterprise;
    }

    /** The indicator's band and exact points in the innovative-SME evaluation of 2024-06-30. */
    private static void assertIndicator(Enterprise enterprise, String id, String label, int points) {
        IndicatorPoints indicator = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024).indicator(id)
                .orElseThrow();
        assertThat(indicator.label()).isEqualTo(label);
        assertThat(indicator.points()).isEqualTo(PointsInterval.exactly(points));
    }

    private static int points(EvaluationResult result, String indicator) {
        PointsInterval points = result.indicator(indicator).orElseThrow().points();
        assertThat(points.isExact()).as("%s is decided", indicator).isTrue();
        return points.low();
    }

    @Test
    void theWorkedExampleScores65AndQualifies() {
        // 1 IP: class I 0, class II 3 ≥ 1 → D 5          2 R&D 900,000 / 30,000,000 = 0.03 → B 15
        // 3 growth (21,000,000 − 20,000,000) / 20,000,000 = 0.05 → C 10
        // 4 debt 11,000,000 / 20,000,000 = 0.55 → A 10    5 not strategic emerging → B 5
        // 6 share 21,000,000 / 30,000,000 = 0.70 → A 20
        // innovation 20 (≥ 20), growth 20 (≥ 15), specialisation 25 (≥ 15), total 65 ≥ 60 → QUALIFIED
        EvaluationResult result = CRITERIA.evaluate(workedExample(2023), Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(result.ruleSet()).isEqualTo("innovative-sme-2022@0.1.0");
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(result.indicators()).extracting(i -> i.id() + " " + i.label() + " " + i.points()).containsExactly(
                "IP D 5", "RD_INTENSITY B 15", "MAIN_BUSINESS_GROWTH C 10", "DEBT_RATIO A 10", "MAIN_PRODUCT_FIELD B 5",
                "MAIN_BUSINESS_SHARE A 20");
        assertThat(result.groups()).extracting(g -> g.id() + " " + g.points())
                .containsExactly("INNOVATION_CAPABILITY 20", "GROWTH 20", "SPECIALISATION 25");
        assertThat(result.total()).contains(PointsInterval.exactly(65));
        assertThat(result.failedConditions()).isEmpty();
        assertThat(result.directPath()).isEmpty();
        assertThat(result.assumptions()).contains("BAND_BOUNDARY_HIGHER");
    }

    @Test
    void rdIntensityExactlyThreePercentScoresBandBAndOneFenLessScoresBandC() {
        // 附件1 评价指标 2 “3%-5%” B 15 / “2%-3%” C 10; exactly 3 % → B (BAND_BOUNDARY_HIGHER).
        EvaluationResult atThree = CRITERIA.evaluate(workedExample(2023), Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(atThree.indicator("RD_INTENSITY").orElseThrow())
                .extracting(IndicatorPoints::label, IndicatorPoints::points).containsExactly("B", PointsInterval.exactly(15));
        // 899,999.99 / 30,000,000 = 0.0299999997 → C 10: total 60 reaches the pass mark, but innovation
        // 5 + 10 = 15 < 20 fails the minimum → SCORE false, no direct path → NOT_QUALIFIED.
        Enterprise below = workedExample(2023);
        year(below, 2023).rdExpense(yuan("899999.99"));
        EvaluationResult result = CRITERIA.evaluate(below, Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(points(result, "RD_INTENSITY")).isEqualTo(10);
        assertThat(result.total()).contains(PointsInterval.exactly(60));
        assertThat(result.group("INNOVATION_CAPABILITY").orElseThrow().points()).isEqualTo(PointsInterval.exactly(15));
        assertThat(result.failedConditions()).containsExactly("SCORE");
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @ParameterizedTest(name = "R&D {0} of 100,000,000 → {1} {2}")
    @CsvSource({
        // 附件1 评价指标 2: A 5%以上 20 / B 3%-5% 15 / C 2%-3% 10 / D 1%-2% 5 / E 1%以下 0
        "5000000,    A, 20", "4999999.99, B, 15", "3000000,    B, 15", "2999999.99, C, 10",
        "2000000,    C, 10", "1999999.99, D, 5", "1000000,    D, 5", "999999.99,  E, 0"})
    void rdIntensityBands(String rdExpense, String label, int points) {
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).operatingRevenue(yuan("100000000")).rdExpense(yuan(rdExpense));
        assertIndicator(enterprise, "RD_INTENSITY", label, points);
    }

    @ParameterizedTest(name = "main business 20,000,000 → {0}: {1} {2}")
    @CsvSource({
        // 附件1 评价指标 3: A 15%以上 20 / B 10%-15% 15 / C 5%-10% 10 / D 0%-5% 5 / E 0%以下 0; g = (m − 20,000,000) / 20,000,000
        "23000000,    A, 20", "22999999.99, B, 15", "22000000,    B, 15", "21000000,    C, 10",
        "20000000,    D, 5", "19999999.99, E, 0"})
    void mainBusinessGrowthBands(String mainBusinessRevenue, String label, int points) {
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).mainBusinessRevenue(yuan(mainBusinessRevenue));
        assertIndicator(enterprise, "MAIN_BUSINESS_GROWTH", label, points);
    }

    @ParameterizedTest(name = "liabilities {0} of 20,000,000 → {1} {2}")
    @CsvSource({
        // 附件1 评价指标 4: A 55%以下 10 / B 55%-75% 5 / C 75%以上 0; the lower ratio is the higher band,
        // so 55 % exactly is A and 75 % exactly is B.
        "11000000,    A, 10", "11000000.01, B, 5", "15000000,    B, 5", "15000000.01, C, 0"})
    void debtRatioBands(String liabilities, String label, int points) {
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).totalLiabilities(yuan(liabilities));
        assertIndicator(enterprise, "DEBT_RATIO", label, points);
    }

    @ParameterizedTest(name = "main business {0} of 30,000,000 → {1} {2}")
    @CsvSource({
        // 附件1 评价指标 6: A 70%以上 20 / B 60%-70% 15 / C 55%-60% 10 / D 50%-55% 5 / E 50%以下 0
        "21000000,    A, 20", "20999999.99, B, 15", "18000000,    B, 15", "16500000,    C, 10",
        "15000000,    D, 5", "14999999.99, E, 0"})
    void mainBusinessShareBands(String mainBusinessRevenue, String label, int points) {
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).mainBusinessRevenue(yuan(mainBusinessRevenue));
        assertIndicator(enterprise, "MAIN_BUSINESS_SHARE", label, points);
    }

    @ParameterizedTest(name = "high value {0}, self-developed {1}, class I {2}, class II {3} → {4} {5}")
    @CsvSource({
        // 附件1 评价指标 1: A Ⅰ类高价值 1项以上 20 / B 自主研发Ⅰ类 15 / C Ⅰ类 10 / D Ⅱ类 5 / E 无 0; the first case that holds.
        "1, 1, 1, 0, A, 20", "0, 1, 1, 0, B, 15", "0, 0, 1, 9, C, 10", "0, 0, 0, 1, D, 5", "0, 0, 0, 0, E, 0"})
    void intellectualPropertyCases(int highValue, int selfDeveloped, int classOne, int classTwo, String label, int points) {
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).classOneHighValueIpCount(highValue).classOneSelfDevelopedIpCount(selfDeveloped)
                .classOneIpCount(classOne).classTwoIpCount(classTwo);
        assertIndicator(enterprise, "IP", label, points);
    }

    @Test
    void strategicEmergingMainProductScoresTenAndEveryOtherFive() {
        // 附件1 评价指标 5: A 属于《战略性新兴产业分类》10 / B 属于其他领域 5 (no 0 band); unknown → [5, 10].
        Enterprise emerging = workedExample(2023);
        facts(emerging).mainProductStrategicEmerging(true);
        assertThat(points(CRITERIA.evaluate(emerging, Tier.INNOVATIVE_SME, AS_OF_2024), "MAIN_PRODUCT_FIELD")).isEqualTo(10);
        Enterprise unknown = workedExample(2023);
        facts(unknown).mainProductStrategicEmerging(null);
        assertThat(CRITERIA.evaluate(unknown, Tier.INNOVATIVE_SME, AS_OF_2024).indicator("MAIN_PRODUCT_FIELD").orElseThrow()
                .points()).isEqualTo(new PointsInterval(5, 10));
    }

    @Test
    void aMissingFigureMakesTheScoreAnIntervalAndTheVerdictUndetermined() {
        // Without FY2023 R&D indicator 2 is [0, 20] (any band): innovation [5, 25], total [50, 70].
        // The lowest fails the pass mark and the innovation minimum, the highest passes both → UNDETERMINED.
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).rdExpense(null);
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(result.indicator("RD_INTENSITY").orElseThrow().points()).isEqualTo(new PointsInterval(0, 20));
        assertThat(result.total()).contains(new PointsInterval(50, 70));
        assertThat(result.undecidedConditions()).containsExactly("SCORE");
        assertThat(result.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(result.missingInputs()).contains("rdExpense[2023]");
    }

    @Test
    void aDirectPathWithMissingDataIsFalseNotUnknown() {
        // README §7.2: with the score failing (R&D 899,999.99, see above), the honours path has no
        // designations supplied and the award path no award list: both are “not established” (false),
        // so the verdict is NOT_QUALIFIED, not UNDETERMINED.
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).rdExpense(yuan("899999.99"));
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
        assertThat(result.missingInputs()).contains("designations", "criteriaFacts.scienceAwards");
        assertThat(result.explanation().getSteps()).filteredOn(step -> step.getId().equals("directPath/DIRECT_HONOURS"))
                .singleElement().satisfies(step -> assertThat(step.getResult()).isEqualTo("FALSE"));
        assertThat(result.directPathsHeld()).isEmpty();
        assertThat(result.undecidedConditions()).isEmpty();
    }

    @Test
    void aProvincialRdInstitutionStandsInForAFailingScore() {
        // 附件1 公告条件（二）3 拥有经认定的省部级以上研发机构.
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).rdExpense(yuan("899999.99"));
        facts(enterprise).rdInstitutionLevel(CriteriaFacts.RdInstitutionLevelEnum.PROVINCIAL);
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(result.failedConditions()).containsExactly("SCORE");
        assertThat(result.directPath()).contains("DIRECT_RD_INSTITUTION");
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void equityFinancingOfExactlyFiveMillionOverThreeYearsIsADirectPath() {
        // 附件1 公告条件（二）4 近三年新增股权融资总额500万元以上: FY2021 + FY2022 + FY2023 ≥ 5,000,000.
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).rdExpense(yuan("899999.99"));
        year(enterprise, 2021).newEquityFinancing(yuan("2000000"));
        year(enterprise, 2022).newEquityFinancing(yuan("2000000"));
        year(enterprise, 2023).newEquityFinancing(yuan("1000000"));
        assertThat(CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024).directPath())
                .contains("DIRECT_EQUITY_FINANCING");
        year(enterprise, 2023).newEquityFinancing(yuan("999999.99"));
        EvaluationResult below = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(below.directPathsHeld()).isEmpty();
        assertThat(below.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void aValidHighTechCertificateIsADirectPathOnlyWhileItsTermRuns() {
        // 附件1 公告条件（二）2 获得高新技术企业……等荣誉（均为有效期内）.
        Enterprise enterprise = workedExample(2023);
        year(enterprise, 2023).rdExpense(yuan("899999.99"));
        EvaluationResult valid = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024,
                withDesignations(designation(Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, "2021-11-20", "2024-11-19")));
        assertThat(valid.directPath()).contains("DIRECT_HONOURS");
        EvaluationResult expired = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024,
                withDesignations(designation(Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, "2021-01-20", "2024-01-19")));
        assertThat(expired.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void theFirstTierChangesRuleSetOnTheFirstOfApril2026() {
        // README §7.5: as of 2026-03-31 the 2022 standard; from 2026-04-01 tech-innovative-sme-2026,
        // which reuses the 2022 table (第三十条), so the same data two years on score the same 65.
        Enterprise enterprise = workedExample(2025);
        EvaluationResult before = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, LocalDate.of(2026, 3, 31));
        assertThat(before.ruleSet()).isEqualTo("innovative-sme-2022@0.1.0");
        EvaluationResult after = CRITERIA.evaluate(enterprise, Tier.TECH_INNOVATIVE_SME, LocalDate.of(2026, 4, 1));
        assertThat(after.ruleSet()).isEqualTo("tech-innovative-sme-2026@0.1.0");
        assertThat(List.of(before, after)).allSatisfy(result -> {
            assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
            assertThat(result.total()).contains(PointsInterval.exactly(65));
        });
        assertThat(after.assumptions()).contains("ARTICLE_30_REUSE");
        // The reused parameters are looked up at the reused rule set's rule date and keep their 2022 dates.
        assertThat(after.explanation().getParameters()).anySatisfy(parameter -> {
            assertThat(parameter.getId()).isEqualTo("PASS_MARK");
            assertThat(parameter.getValue()).isEqualTo(60);
            assertThat(parameter.getEffectiveTo()).hasToString("2026-03-31");
            assertThat(parameter.getCitation().getDocumentNumber()).isEqualTo("工信部企业〔2022〕63号");
        });
        assertThatThrownBy(() -> CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, LocalDate.of(2026, 4, 1)))
                .isInstanceOf(OpenSrdiException.class).hasMessageContaining("INNOVATIVE_SME");
        assertThatThrownBy(() -> CRITERIA.evaluate(enterprise, Tier.TECH_INNOVATIVE_SME, LocalDate.of(2026, 3, 31)))
                .isInstanceOf(OpenSrdiException.class);
    }

    @Test
    void aTechnologyBasedSmeRegistrationIsADirectPathOfTheMergedTierOnly() {
        // tech-innovative-sme-2026 DIRECT_TECH_SME (TECH_SME_IN_MERGED_TIER); the 2022 standard has no such path.
        Enterprise enterprise = workedExample(2025);
        year(enterprise, 2025).rdExpense(yuan("899999.99"));
        EvaluationOptions options = withDesignations(designation(Tier.TECH_SME, Level.PROVINCIAL, "2025-06-01", "2026-05-31"));
        EvaluationResult merged = CRITERIA.evaluate(enterprise, Tier.TECH_INNOVATIVE_SME, LocalDate.of(2026, 4, 1), options);
        assertThat(merged.directPath()).contains("DIRECT_TECH_SME");
        assertThat(merged.verdict()).isEqualTo(Verdict.QUALIFIED);
        EvaluationResult before = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, LocalDate.of(2026, 3, 31), options);
        assertThat(before.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }
}
