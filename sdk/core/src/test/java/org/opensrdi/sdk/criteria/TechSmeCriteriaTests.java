package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.designation;
import static org.opensrdi.sdk.criteria.Fixtures.enterprise;
import static org.opensrdi.sdk.criteria.Fixtures.withDesignations;
import static org.opensrdi.sdk.criteria.Fixtures.withEmptyRecords;
import static org.opensrdi.sdk.criteria.Fixtures.year;
import static org.opensrdi.sdk.criteria.Fixtures.yuan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Level;
import org.opensrdi.model.Tier;

/**
 * 科技型中小企业评价办法 (国科发政〔2017〕115号) 第六条 and its scoring table, whose bands write “（含）” on the
 * lower bound (spec/docs/rules/tech-sme.md).
 */
class TechSmeCriteriaTests {

    /**
     * The worked example of tech-sme.md (as of 2024-06-30), FY2023: 100 staff on average, 25
     * technical; sales 25,000,000; assets 20,000,000; R&D 1,000,000; costs 5,000,000; class II 3.
     */
    static Enterprise workedExample() {
        Enterprise enterprise = withEmptyRecords(enterprise("1492"));
        year(enterprise, 2023).employees(100).employeesAnnualAverage(100).technicalStaff(25)
                .operatingRevenue(yuan("25000000")).totalAssets(yuan("20000000")).rdExpense(yuan("1000000"))
                .totalCostsAndExpenses(yuan("5000000")).classOneIpCount(0).classTwoIpCount(3);
        return enterprise;
    }

    private static EvaluationResult evaluate(Enterprise enterprise) {
        return CRITERIA.evaluate(enterprise, Tier.TECH_SME, AS_OF_2024, withDesignations());
    }

    @Test
    void theWorkedExampleScores64AndQualifies() {
        // 25 / 100 = 0.25 → “25%（含）-30%” B 16; R&D max(1,000,000 / 25,000,000 = 0.04 → C 30,
        // 1,000,000 / 5,000,000 = 0.20 → C 30) = 30; class II 3 → C 18; 64 ≥ 60 and 16 > 0 → QUALIFIED.
        EvaluationResult result = evaluate(workedExample());
        assertThat(result.ruleSet()).isEqualTo("tech-sme-2017@0.1.0");
        assertThat(result.indicators()).extracting(i -> i.id() + " " + i.points())
                .containsExactly("TECHNICAL_STAFF_SHARE 16", "RD_INPUT 30", "IP_RESULTS 18");
        assertThat(result.total()).contains(PointsInterval.exactly(64));
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @ParameterizedTest(name = "{0} technical staff of 100 → {1}")
    @CsvSource({
        // A ≥30% 20 / B 25%(含)-30% 16 / C 20%(含)-25% 12 / D 15%(含)-20% 8 / E 10%(含)-15% 4 / F <10% 0
        "30, 20", "29, 16", "25, 16", "24, 12", "20, 12", "15, 8", "10, 4", "9, 0"})
    void technicalStaffBands(int technicalStaff, int points) {
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).technicalStaff(technicalStaff);
        assertThat(evaluate(enterprise).indicator("TECHNICAL_STAFF_SHARE").orElseThrow().points())
                .isEqualTo(PointsInterval.exactly(points));
    }

    @Test
    void twentyFourTechnicalStaffStillReachSixty() {
        // 0.24 → C 12: 12 + 30 + 18 = 60 ≥ 60 → QUALIFIED (tech-sme.md).
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).technicalStaff(24);
        EvaluationResult result = evaluate(enterprise);
        assertThat(result.total()).contains(PointsInterval.exactly(60));
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void zeroTechnicalStaffPointsFailWhateverTheTotal() {
        // 第六条（五）“科技人员指标得分不得为0分”: 9 / 100 → F 0; R&D 1,500,000 / 25,000,000 = 0.06 → A 50,
        // class II 3 → 18: total 68 ≥ 60, but the staff points are 0 → SCORE false → NOT_QUALIFIED.
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).technicalStaff(9).rdExpense(yuan("1500000"));
        EvaluationResult result = evaluate(enterprise);
        assertThat(result.total()).contains(PointsInterval.exactly(68));
        assertThat(result.failedConditions()).containsExactly("SCORE");
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
        assertThat(result.explanation().getSteps())
                .filteredOn(step -> step.getId().equals("score/minimum/TECHNICAL_STAFF_SHARE")).singleElement()
                .satisfies(step -> assertThat(step.getResult()).isEqualTo("FALSE"));
    }

    @Test
    void theHigherOfTheTwoRdMeasuresCounts() {
        // 二 (1) 1,000,000 / 25,000,000 = 0.04 → C 30; (2) 1,000,000 / 4,000,000 = 0.25 → B 40 → 40 (BEST_OF_TWO).
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).totalCostsAndExpenses(yuan("4000000"));
        IndicatorPoints rd = evaluate(enterprise).indicator("RD_INPUT").orElseThrow();
        assertThat(rd.points()).isEqualTo(PointsInterval.exactly(40));
        assertThat(rd.label()).isEqualTo("RD_TO_COSTS:B");
    }

    @ParameterizedTest(name = "{0} staff, sales {1}, assets {2} → SIZE_LIMITS {3}")
    @CsvSource({
        // 第六条（二）职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元
        "500, 200000000,    200000000,    true",
        "501, 25000000,     20000000,     false",
        "100, 200000000.01, 20000000,     false",
        "100, 25000000,     200000000.01, false"})
    void sizeLimitsIncludeTheirNumbers(int staff, String sales, String assets, boolean met) {
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).employeesAnnualAverage(staff).operatingRevenue(yuan(sales)).totalAssets(yuan(assets));
        assertThat(evaluate(enterprise).failedConditions().contains("SIZE_LIMITS")).isEqualTo(!met);
    }

    @Test
    void aValidHighTechCertificateConfirmsDirectly() {
        // 直接确认（一）企业拥有有效期内高新技术企业资格证书: the score fails (staff 9), the certificate holds.
        Enterprise enterprise = workedExample();
        year(enterprise, 2023).technicalStaff(9);
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.TECH_SME, AS_OF_2024,
                withDesignations(designation(Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, "2022-12-01", "2025-11-30")));
        assertThat(result.directPath()).contains("DIRECT_HIGH_TECH");
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }
}
