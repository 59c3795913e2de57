package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.enterprise;
import static org.opensrdi.sdk.criteria.Fixtures.facts;
import static org.opensrdi.sdk.criteria.Fixtures.year;
import static org.opensrdi.sdk.criteria.Fixtures.yuan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.HighTechAssessment;
import org.opensrdi.model.Tier;

/**
 * 高新技术企业认定管理办法 (国科发火〔2016〕32号) 第十一条 and the innovation-capability score of its guidelines
 * (国科发火〔2016〕195号): pass mark “70分以上（不含70分）” (spec/docs/rules/high-tech-enterprise.md).
 */
class HighTechEnterpriseCriteriaTests {

    /**
     * The worked example of high-tech-enterprise.md (as of 2024-06-30): registered 2015-03-01; expert
     * points advancement 6, core support 6, acquisition 5, standards 0, R&D management 14; sales
     * 40,000,000 / 45,000,000 / 50,000,000; R&D (all domestic) 2,000,000 / 2,250,000 / 2,500,000;
     * net assets 20,000,000 / 26,000,000 / 36,400,000; transfers 3 / 4 / 5; FY2023 120 staff on
     * average, 12 technical; high-tech revenue 30,000,000 of 50,000,000; one class I right.
     */
    static Enterprise workedExample() {
        Enterprise enterprise = enterprise("3484");
        facts(enterprise).highTechAssessment(new HighTechAssessment().coreIpOwned(true).coreTechnologyInSupportedField(true)
                .technologyAdvancementPoints(6).coreSupportPoints(6).ipAcquisitionPoints(5).standardsParticipationPoints(0)
                .rdManagementPoints(14));
        String[][] figures = {
            {"2021", "40000000", "2000000", "30000000", "3"},
            {"2022", "45000000", "2250000", "36000000", "4"},
            {"2023", "50000000", "2500000", "46400000", "5"}};
        for (String[] row : figures) {
            year(enterprise, Integer.parseInt(row[0])).operatingRevenue(yuan(row[1])).rdExpense(yuan(row[2]))
                    .rdExpenseDomestic(yuan(row[2])).totalAssets(yuan(row[3])).totalLiabilities(yuan("10000000"))
                    .technologyTransferCount(Integer.parseInt(row[4]));
        }
        year(enterprise, 2023).employeesAnnualAverage(120).technicalStaff(12).totalIncome(yuan("50000000"))
                .highTechProductRevenue(yuan("30000000")).classOneIpCount(1);
        return enterprise;
    }

    private static HighTechAssessment experts(Enterprise enterprise) {
        return facts(enterprise).getHighTechAssessment();
    }

    private static EvaluationResult evaluate(Enterprise enterprise) {
        return CRITERIA.evaluate(enterprise, Tier.HIGH_TECH_ENTERPRISE, AS_OF_2024);
    }

    @Test
    void theWorkedExampleIsARangeAcrossThePassMark() {
        // Conditions: 9 years ≥ 1; 12 / 120 = 0.10 ≥ 0.10; sales 50,000,000 ≤ 5000万（含）→ 5 % band,
        // 6,750,000 / 135,000,000 = 0.05 ≥ 0.05, domestic 100 %; 30,000,000 / 50,000,000 = 0.60 ≥ 0.60.
        // Score: IP 6 + 6 + [7, 8] (class I → A) + 5 + 0 = [24, 25]; transfers (3 + 4 + 5) / 3 = 4 → B [19, 24];
        // management 14; net assets ½(26 / 20 + 36.4 / 26) − 1 = 0.35 → A [9, 10];
        // sales ½(45 / 40 + 50 / 45) − 1 = 0.1181 → D [3, 4]. Total [69, 77]: 69 ≤ 70 < 77 → UNDETERMINED.
        EvaluationResult result = evaluate(workedExample());
        assertThat(result.ruleSet()).isEqualTo("high-tech-enterprise-2016@0.1.0");
        assertThat(result.failedConditions()).isEmpty();
        assertThat(result.groups()).extracting(g -> g.id() + " " + g.points()).containsExactly(
                "INTELLECTUAL_PROPERTY [24, 25]", "TRANSFORMATION [19, 24]", "RD_MANAGEMENT 14", "GROWTH [12, 14]");
        assertThat(result.indicator("NET_ASSET_GROWTH").orElseThrow().points()).isEqualTo(new PointsInterval(9, 10));
        assertThat(result.indicator("SALES_GROWTH").orElseThrow().points()).isEqualTo(new PointsInterval(3, 4));
        assertThat(result.total()).contains(new PointsInterval(69, 77));
        assertThat(result.undecidedConditions()).containsExactly("SCORE");
        assertThat(result.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void seventyIsNotAbovePassMarkSeventyAndSeventyOneIs() {
        // 综合得分达到70分以上（不含70分）: with quantity 7 and transformation 20 the total is
        // 24 + 20 + 14 + growth; growth experts 10 + 3 → 71 → QUALIFIED; 9 + 3 → 70 → NOT_QUALIFIED.
        Enterprise enterprise = workedExample();
        experts(enterprise).ipQuantityPoints(7).transformationPoints(20);
        assertThat(evaluate(enterprise).total()).contains(new PointsInterval(70, 72));
        assertThat(evaluate(enterprise).verdict()).isEqualTo(Verdict.UNDETERMINED);

        experts(enterprise).netAssetGrowthPoints(10).salesGrowthPoints(3);
        EvaluationResult seventyOne = evaluate(enterprise);
        assertThat(seventyOne.total()).contains(PointsInterval.exactly(71));
        assertThat(seventyOne.verdict()).isEqualTo(Verdict.QUALIFIED);

        experts(enterprise).netAssetGrowthPoints(9);
        EvaluationResult seventy = evaluate(enterprise);
        assertThat(seventy.total()).contains(PointsInterval.exactly(70));
        assertThat(seventy.failedConditions()).containsExactly("SCORE");
        assertThat(seventy.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void expertPointsOutsideTheComputedBandAreUsedAsGivenAndReported() {
        // README §6.1: net assets grew 0.35 (band A, 9–10); 5 points given → used, INPUT_OUTSIDE_BAND.
        Enterprise enterprise = workedExample();
        experts(enterprise).netAssetGrowthPoints(5);
        EvaluationResult result = evaluate(enterprise);
        assertThat(result.indicator("NET_ASSET_GROWTH").orElseThrow().points()).isEqualTo(PointsInterval.exactly(5));
        assertThat(result.findings()).extracting(Finding::code, Finding::element)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INPUT_OUTSIDE_BAND", "NET_ASSET_GROWTH"));
    }

    @ParameterizedTest(name = "net assets {0} / {1} / {2} → {3}")
    @CsvSource({
        // v1, v2, v3 = FY2021..FY2023 net assets (assets − 10,000,000 liabilities); rate → band.
        // v2 = 0 → rate 0 (“第二年末……为0的，按0分计算”) → F 0
        "30000000, 10000000, 40000000, 0, 0",
        // v1 = 0 → v3 / v2 − 1 = 26 / 20 − 1 = 0.30 (“按后两年计算”, GROWTH_ZERO_RULES) → B [7, 8]
        "10000000, 30000000, 36000000, 7, 8",
        // ½(1 + 1) − 1 = 0 exactly → F (GROWTH_ZERO_IS_F), not E
        "30000000, 30000000, 30000000, 0, 0",
        // ½(20.2 / 20 + 20.4 / 20.2) − 1 = 0.00995 > 0 → E [1, 2]
        "30000000, 30200000, 30400000, 1, 2",
        // falling: ½(18 / 20 + 16 / 18) − 1 < 0 → F 0
        "30000000, 28000000, 26000000, 0, 0"})
    void netAssetGrowthFollowsTheGuidelinesFormulaAndZeroRules(String assets2021, String assets2022, String assets2023,
            int low, int high) {
        Enterprise enterprise = workedExample();
        year(enterprise, 2021).totalAssets(yuan(assets2021));
        year(enterprise, 2022).totalAssets(yuan(assets2022));
        year(enterprise, 2023).totalAssets(yuan(assets2023));
        assertThat(evaluate(enterprise).indicator("NET_ASSET_GROWTH").orElseThrow().points())
                .isEqualTo(new PointsInterval(low, high));
    }

    @Test
    void aCompanyRegisteredWithinTheWindowCountsTheYearsBeforeAsZero() {
        // “实际经营期不满三年的按实际经营时间计算”: registered 2022-03-01, FY2021 counts 0 → v1 = 0 →
        // sales growth 50 / 45 − 1 = 0.1111 → D [3, 4]; R&D window {2022, 2023}:
        // (2,250,000 + 2,500,000) / (45,000,000 + 50,000,000) = 0.05 ≥ 0.05.
        Enterprise enterprise = workedExample();
        enterprise.registrationDate(LocalDate.of(2022, 3, 1));
        EvaluationResult result = evaluate(enterprise);
        assertThat(result.indicator("SALES_GROWTH").orElseThrow().points()).isEqualTo(new PointsInterval(3, 4));
        assertThat(result.failedConditions()).doesNotContain("RD_INTENSITY", "REGISTERED_ONE_YEAR");
    }

    @ParameterizedTest(name = "sales {0}, R&D 2023 {1} → RD_INTENSITY {2}")
    @CsvSource({
        // 第十一条（五）: ≤ 5000万元（含）→ 5 %; (5000万, 2亿] → 4 %; > 2亿 → 3 %.
        // R&D 2,000,000 in 2023: (2,000,000 + 2,250,000 + 2,000,000) / 135,000,000 = 0.0463.
        "50000000,    2000000, false",  // 5 % band: 0.0463 < 0.05
        "50000000.01, 2000000, true"})  // 4 % band: 0.0463 ≥ 0.04
    void fiftyMillionBelongsToTheFivePercentBand(String sales2023, String rd2023, boolean met) {
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).operatingRevenue(yuan(sales2023)).rdExpense(yuan(rd2023)).rdExpenseDomestic(yuan(rd2023));
        assertThat(evaluate(enterprise).failedConditions().contains("RD_INTENSITY")).isEqualTo(!met);
    }

    @ParameterizedTest(name = "sales {0} each year → RD_INTENSITY {1}")
    @CsvSource({
        // R&D 7,000,000 a year of 200,000,000 = 0.035: 2亿 itself is the 4 % band (fails), above it 3 % (passes).
        "200000000,    false",
        "200000000.01, true"})
    void twoHundredMillionBelongsToTheFourPercentBand(String sales, boolean met) {
        Enterprise enterprise = workedExample();
        for (int fiscalYear = 2021; fiscalYear <= 2023; fiscalYear++) {
            year(enterprise, fiscalYear).operatingRevenue(yuan(sales)).rdExpense(yuan("7000000"))
                    .rdExpenseDomestic(yuan("7000000"));
        }
        assertThat(evaluate(enterprise).failedConditions().contains("RD_INTENSITY")).isEqualTo(!met);
    }

    @Test
    void technicalStaffBelowTenPercentFails() {
        // 第十一条（四）不低于10%: 11 / 120 = 0.0917.
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).technicalStaff(11);
        assertThat(evaluate(enterprise).failedConditions()).containsExactly("TECHNICAL_STAFF");
    }
}
