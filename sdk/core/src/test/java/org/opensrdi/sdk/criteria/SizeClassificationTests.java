package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.enterprise;
import static org.opensrdi.sdk.criteria.Fixtures.year;
import static org.opensrdi.sdk.criteria.Fixtures.yuan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.FiscalYearFigures;
import org.opensrdi.model.SizeClass;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.SpecResources;

/**
 * The SME size classification of 《中小企业划型标准规定》(工信部联企业〔2011〕300号) 第四条 with the GB/T 4754-2017
 * mapping of 《统计上大中小微型企业划分办法（2017）》(spec/docs/rules/size-class.md). Amounts are in yuan
 * (1万元 = 10,000); figures are those of FY2023 for an as-of date in 2024.
 */
class SizeClassificationTests {

    private static SizeClassResult classify(String industryCode, Integer employees, String revenue, String assets) {
        Enterprise enterprise = enterprise(industryCode);
        FiscalYearFigures figures = year(enterprise, 2023);
        figures.employees(employees);
        figures.operatingRevenue(revenue == null ? null : yuan(revenue));
        figures.totalAssets(assets == null ? null : yuan(assets));
        return CRITERIA.classifySize(enterprise, AS_OF_2024);
    }

    /**
     * One case per industry of 第四条 (and the 591/592 split of division 59), each exactly on a
     * threshold, where “及以上” includes the number.
     */
    @ParameterizedTest(name = "{0} → {5} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # 第四条（一）农林牧渔业: 营业收入 500万元及以上为中型 → 5,000,000 is MEDIUM
            0111 |      |      5000000 |           | AGRICULTURE               | MEDIUM
            # 第四条（二）工业: 从业人员300人及以上且营业收入2000万元及以上为中型 (size-class.md example 1)
            3841 |  300 |     20000000 |           | INDUSTRY                  | MEDIUM
            # 第四条（三）建筑业: 营业收入6000万元及以上且资产总额5000万元及以上为中型
            4710 |      |     60000000 |  50000000 | CONSTRUCTION              | MEDIUM
            # 第四条（四）批发业: 从业人员5人及以上且营业收入1000万元及以上为小型
            5111 |    5 |     10000000 |           | WHOLESALE                 | SMALL
            # 第四条（五）零售业: 从业人员50人及以上且营业收入500万元及以上为中型
            5211 |   50 |      5000000 |           | RETAIL                    | MEDIUM
            # 第四条（六）交通运输业: 1000人及以上且30000万元及以上不属中小微 → LARGE
            5411 | 1000 |    300000000 |           | TRANSPORT                 | LARGE
            # 591 装卸搬运 is transport: 小型 needs 营业收入200万元及以上; 1,500,000 < 2,000,000 → MICRO (example 3)
            5910 |   25 |      1500000 |           | TRANSPORT                 | MICRO
            # 第四条（七）仓储业 (592): 从业人员20人及以上且营业收入100万元及以上为小型 (example 3)
            5920 |   25 |      1500000 |           | WAREHOUSING               | SMALL
            # 第四条（八）邮政业: 从业人员300人及以上且营业收入2000万元及以上为中型
            6010 |  300 |     20000000 |           | POSTAL                    | MEDIUM
            # 第四条（九）住宿业: 从业人员100人及以上且营业收入2000万元及以上为中型
            6110 |  100 |     20000000 |           | ACCOMMODATION             | MEDIUM
            # 第四条（十）餐饮业: 从业人员10人及以上且营业收入100万元及以上为小型
            6210 |   10 |      1000000 |           | CATERING                  | SMALL
            # 第四条（十一）信息传输业: 2000人及以上且100000万元及以上 → LARGE
            6311 | 2000 |   1000000000 |           | INFORMATION_TRANSMISSION  | LARGE
            # 第四条（十二）软件和信息技术服务业: 从业人员10人及以上且营业收入50万元及以上为小型
            6513 |   10 |       500000 |           | SOFTWARE_IT_SERVICES      | SMALL
            # 第四条（十三）房地产开发经营: 营业收入100万元及以上且资产总额2000万元及以上为小型
            7010 |      |      1000000 |  20000000 | REAL_ESTATE_DEVELOPMENT   | SMALL
            # 第四条（十四）物业管理: 1000人及以上且5000万元及以上 → LARGE
            7020 | 1000 |     50000000 |           | PROPERTY_MANAGEMENT       | LARGE
            # 第四条（十五）租赁和商务服务业: 从业人员100人及以上且资产总额8000万元及以上为中型
            7111 |  100 |              |  80000000 | LEASING_BUSINESS_SERVICES | MEDIUM
            # 第四条（十六）其他未列明行业: 从业人员100人及以上为中型
            7310 |  100 |              |           | OTHER_NOT_LISTED          | MEDIUM
            """)
    void eachIndustryIsClassifiedOnItsOwnLines(String code, Integer employees, String revenue, String assets,
            String industry, SizeOutcome expected) {
        SizeClassResult result = classify(code, employees, revenue, assets);
        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(result.industry()).contains(industry);
        assertThat(result.ruleSet()).isEqualTo("size-class-2011@0.1.0");
    }

    @Test
    void oneFenBelowTheLargeRevenueLineIsMediumAndTheLineItselfIsLarge() {
        // size-class.md example 2: 工业 large needs E ≥ 1000 and R ≥ 400,000,000.
        assertThat(classify("3841", 1000, "399999999.99", null).outcome()).isEqualTo(SizeOutcome.MEDIUM);
        assertThat(classify("3841", 1000, "400000000", null).outcome()).isEqualTo(SizeOutcome.LARGE);
    }

    @Test
    void meetingOnlyOneLowerBoundOfAClassDropsOneClass() {
        // NBS note 1 “须同时满足所列指标的下限，否则下划一档”: 工业 with E = 300 (medium) but
        // R = 19,999,999.99 < 20,000,000 is not medium; it meets both small lines (20, 3,000,000) → SMALL.
        assertThat(classify("3841", 300, "19999999.99", null).outcome()).isEqualTo(SizeOutcome.SMALL);
        // Revenue far above the large line does not help without the employees: E = 299 < 300 → SMALL.
        assertThat(classify("3841", 299, "500000000", null).outcome()).isEqualTo(SizeOutcome.SMALL);
    }

    @Test
    void microNeedsToFallBelowOnlyOneLine() {
        // size-class.md example 4: 6513 software, E = 9 < 10 → MICRO although R = 6,000,000 reaches the medium line.
        assertThat(classify("6513", 9, "6000000", null).outcome()).isEqualTo(SizeOutcome.MICRO);
    }

    @ParameterizedTest(name = "{0} ({1}) is not covered")
    @CsvSource({
        // 金融业 (门类 J, 66–69) is outside 第三条's scope.
        "6621, FINANCE",
        // 第三条 “交通运输业（不含铁路运输业）”: 53 is excluded.
        "5311, RAIL_TRANSPORT",
        // 704 房地产租赁经营 (“不包括自有房地产经营活动”, OWN_REAL_ESTATE_704).
        "7040, OWN_REAL_ESTATE"})
    void industriesOutsideTheStandardAreNotCovered(String code, String entry) {
        SizeClassResult result = classify(code, 50, "10000000", "10000000");
        assertThat(result.outcome()).isEqualTo(SizeOutcome.NOT_COVERED);
        assertThat(result.sizeClass()).isEmpty();
        assertThat(result.industry()).contains(entry);
    }

    @Test
    void missingAssetsLeaveTheClassOpenBetweenTheClassesStillPossible() {
        // size-class.md example 5: 4790 建筑业, R = 3,000,000, no total assets. LARGE and MEDIUM fail on
        // revenue alone (80,000万 / 6,000万); SMALL = (R ≥ 300万 ✓) and (A unknown) → unknown → {SMALL, MICRO}.
        SizeClassResult result = classify("4790", null, "3000000", null);
        assertThat(result.outcome()).isEqualTo(SizeOutcome.UNDETERMINED);
        assertThat(result.possible()).containsExactly(SizeOutcome.SMALL, SizeOutcome.MICRO);
        assertThat(result.missingInputs()).containsExactly("totalAssets[2023]");
        assertThat(result.explanation().getInputs()).anySatisfy(input -> {
            assertThat(input.getName()).isEqualTo("totalAssets[2023]");
            assertThat(input.getMissing()).isTrue();
        });
    }

    @Test
    void anOpenSizeWhoseClassesAreAllSmeStillMeetsTheSmeCondition() {
        // {SMALL, MICRO} ⊆ {MEDIUM, SMALL, MICRO} of ELIGIBLE_SME_SIZE → true (size-class.md example 5).
        Enterprise enterprise = enterprise("4790");
        year(enterprise, 2023).operatingRevenue(yuan("3000000"));
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.INNOVATIVE_SME, AS_OF_2024);
        assertThat(result.failedConditions()).doesNotContain("ELIGIBLE_SME_SIZE");
        assertThat(result.undecidedConditions()).doesNotContain("ELIGIBLE_SME_SIZE");
    }

    @Test
    void aLargeEnterpriseFailsTheSmeConditionOfEveryTier() {
        // 工业 with E = 1000 and R = 400,000,000 is LARGE → not 中小企业 (63号 一般条件).
        Enterprise enterprise = enterprise("3841");
        year(enterprise, 2023).employees(1000).operatingRevenue(yuan("400000000"));
        for (Tier tier : List.of(Tier.INNOVATIVE_SME, Tier.SRDI_SME, Tier.LITTLE_GIANT)) {
            EvaluationResult result = CRITERIA.evaluate(enterprise, tier, AS_OF_2024);
            assertThat(result.failedConditions()).as("%s", tier).contains("ELIGIBLE_SME_SIZE");
            assertThat(result.verdict()).as("%s", tier).isEqualTo(Verdict.NOT_QUALIFIED);
        }
    }

    @Test
    void theExplanationNamesTheIndustryTheParametersAndTheClass() {
        SizeClassResult result = classify("3841", 300, "20000000", null);
        var explanation = result.explanation();
        assertThat(explanation.getCalculator()).isEqualTo("size-class");
        assertThat(explanation.getRuleSet()).isEqualTo("size-class-2011@0.1.0");
        assertThat(explanation.getParameters()).anySatisfy(parameter -> {
            assertThat(parameter.getId()).isEqualTo("INDUSTRY_MEDIUM_MIN_EMPLOYEES");
            assertThat(parameter.getValue()).isEqualTo(300);
            assertThat(parameter.getUnit()).isEqualTo("PERSONS");
            assertThat(parameter.getEffectiveFrom()).hasToString("2011-06-18");
            assertThat(parameter.getCitation().getDocumentNumber()).isEqualTo("工信部联企业〔2011〕300号");
        });
        assertThat(explanation.getSteps()).anySatisfy(step -> {
            assertThat(step.getId()).isEqualTo("size/class");
            assertThat(step.getResult()).isEqualTo("MEDIUM");
        });
        assertThat(result.sizeClass()).contains(SizeClass.MEDIUM);
    }

    @Test
    void everyGbt4754ClassIsDecidedByTheStandard() {
        // README §10.9: each class of the code list falls in exactly one industry or NOT_COVERED.
        List<String> undecided = new ArrayList<>();
        for (Map<String, String> row : SpecResources.codeListRows("gbt4754-2017-industries.csv")) {
            if (!"class".equals(row.get("level"))) {
                continue;
            }
            SizeClassResult result = classify(row.get("code"), 10, "1000000", "1000000");
            if (result.industry().isEmpty()) {
                undecided.add(row.get("code"));
            }
        }
        assertThat(undecided).isEmpty();
    }
}
