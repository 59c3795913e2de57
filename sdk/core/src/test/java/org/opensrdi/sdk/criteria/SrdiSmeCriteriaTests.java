package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2026;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.designation;
import static org.opensrdi.sdk.criteria.Fixtures.enterprise;
import static org.opensrdi.sdk.criteria.Fixtures.facts;
import static org.opensrdi.sdk.criteria.Fixtures.withDesignations;
import static org.opensrdi.sdk.criteria.Fixtures.withEmptyRecords;
import static org.opensrdi.sdk.criteria.Fixtures.year;
import static org.opensrdi.sdk.criteria.Fixtures.yuan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.CriteriaFacts;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.SpecResources;

/**
 * 专精特新中小企业认定标准: 2022 (工信部企业〔2022〕63号 附件2) before 2026-04-01, 2026 (工信部企业〔2026〕2号
 * 附件1, third-party copies) from then (spec/docs/rules/srdi-sme.md).
 */
class SrdiSmeCriteriaTests {

    /**
     * The 2022 worked example of srdi-sme.md §3.1 (as of 2024-06-30): 3841, 100 staff, revenue
     * 14,575,000 (SMALL); niche market since 2020-01-01; FOUNDATION_OR_TIME_HONOURED; ISO 9001 and
     * own brand; municipal R&D institution; no awards, Maker China results or standards.
     */
    static Enterprise example2022() {
        Enterprise enterprise = withEmptyRecords(enterprise("3841"));
        facts(enterprise).nicheMarketEntryDate(LocalDate.of(2020, 1, 1))
                .supplyChainRole(CriteriaFacts.SupplyChainRoleEnum.FOUNDATION_OR_TIME_HONOURED)
                .qualityManagementCertified(true).ownBrand(true).provincialQualityAward(false)
                .standardSettingParticipation(false).rdInstitutionLevel(CriteriaFacts.RdInstitutionLevelEnum.MUNICIPAL);
        year(enterprise, 2021).mainBusinessRevenue(yuan("10000000"));
        year(enterprise, 2022).mainBusinessRevenue(yuan("10600000")).rdExpense(yuan("900000"))
                .newEquityFinancing(yuan("0"));
        year(enterprise, 2023).mainBusinessRevenue(yuan("11660000")).operatingRevenue(yuan("14575000"))
                .rdExpense(yuan("1000000")).netProfit(yuan("874500")).totalAssets(yuan("10000000"))
                .totalLiabilities(yuan("6000000")).employees(100).rdStaff(10).classOneIpCount(2)
                .classOneSelfDevelopedIpCount(1).classOneHighValueIpCount(0).newEquityFinancing(yuan("0"));
        year(enterprise, 2024).digitalisationLevel(2);
        return enterprise;
    }

    private static EvaluationResult srdi2024(Enterprise enterprise) {
        return CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2024);
    }

    private static IndicatorPoints indicator(Enterprise enterprise, String id) {
        return srdi2024(enterprise).indicator(id).orElseThrow();
    }

    @Nested
    class Standard2022 {

        @Test
        void theWorkedExampleIsUndeterminedBecauseTheProvincialSlotIsEmpty() {
            // srdi-sme.md §3.1: 1 0.80 → A 5; 2 (0.06 + 0.10) / 2 = 0.08 → B 8; 3 ⌊4 / 2⌋ = 2; 4 B 3;
            // 5 level 2 → B 3; 6 two items × 3 = 6 → cap 5; 7 874,500 / 14,575,000 = 0.06 → C 6;
            // 8 0.60 → B 3; 9 [0, 15]; 10 self-developed class I → B 8; 11 max(amount E 2, ratio
            // 0.0686 → C 6) = 6; 12 10 / 100 = 0.10 → B 3; 13 municipal → C 4.
            // Groups 18, 17, [0, 15], 21 → total [56, 71]: 56 < 60 ≤ 71 → SCORE unknown; every direct
            // path false (R&D average 950,000 < 10,000,000) → UNDETERMINED.
            EvaluationResult result = srdi2024(example2022());
            assertThat(result.ruleSet()).isEqualTo("srdi-sme-2022@0.1.0");
            assertThat(result.indicators()).extracting(i -> i.number() + " " + i.points()).containsExactly("1 5", "2 8",
                    "3 2", "4 3", "5 3", "6 5", "7 6", "8 3", "9 [0, 15]", "10 8", "11 6", "12 3", "13 4");
            assertThat(result.groups()).extracting(g -> g.id() + " " + g.points()).containsExactly("SPECIALISATION 18",
                    "REFINEMENT 17", "DISTINCTIVENESS [0, 15]", "INNOVATION_CAPABILITY 21");
            assertThat(result.total()).contains(new PointsInterval(56, 71));
            assertThat(result.failedConditions()).isEmpty();
            assertThat(result.undecidedConditions()).containsExactly("SCORE");
            assertThat(result.directPathsHeld()).isEmpty();
            assertThat(result.verdict()).isEqualTo(Verdict.UNDETERMINED);
            assertThat(result.findings()).extracting(Finding::code, Finding::element)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SLOT_NOT_DEFINED", "DISTINCTIVE"));
        }

        @ParameterizedTest(name = "R&D {0} of revenue {1}: RD_INPUT {2}")
        @CsvSource({
            // 附件2 一.2 “研发费用总额不低于100万元，且占营业收入总额比重不低于3%”
            "1000000,    14575000, true",   // exactly 1,000,000; 0.0686 ≥ 0.03
            "999999.99,  14575000, false",  // one fen short of 1,000,000
            "1200000,    40000000, true",   // 1,200,000 / 40,000,000 = 0.03 exactly
            "1199999.99, 40000000, false"}) // 0.0299999998 < 0.03
        void theRdGateIsMetExactlyOnItsLines(String rdExpense, String revenue, boolean met) {
            Enterprise enterprise = example2022();
            year(enterprise, 2023).rdExpense(yuan(rdExpense)).operatingRevenue(yuan(revenue));
            EvaluationResult result = srdi2024(enterprise);
            assertThat(result.failedConditions().contains("RD_INPUT")).isEqualTo(!met);
            if (!met) {
                assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
            }
        }

        @ParameterizedTest(name = "revenue {0}, equity {1} + {2}: REVENUE_OR_FINANCING {3}")
        @CsvSource({
            // 附件2 一.3 营业收入1000万元以上，或1000万元以下但近2年新增股权融资2000万元以上
            "10000000,   0,        0,        true",
            "9999999.99, 0,        0,        false",
            "9999999.99, 12000000, 8000000,  true",   // 12,000,000 + 8,000,000 = 20,000,000
            "9999999.99, 12000000, 7999999.99, false"})
        void theRevenueGateOrTwoYearsOfEquityFinancing(String revenue, String equity2022, String equity2023, boolean met) {
            Enterprise enterprise = example2022();
            year(enterprise, 2022).newEquityFinancing(yuan(equity2022));
            year(enterprise, 2023).operatingRevenue(yuan(revenue)).newEquityFinancing(yuan(equity2023));
            assertThat(srdi2024(enterprise).failedConditions().contains("REVENUE_OR_FINANCING")).isEqualTo(!met);
        }

        @ParameterizedTest(name = "entered {0}: {1} whole years to 2024-01-01")
        @CsvSource({"2022-01-01, true", "2022-01-02, false"})
        void theNicheMarketGateCountsWholeYearsToTheEndOfLastYear(String entered, boolean met) {
            // 附件2 一.1 从事特定细分市场时间达到2年以上: 2022-01-01 + 2 years = 2024-01-01 ≤ 2024-01-01.
            Enterprise enterprise = example2022();
            facts(enterprise).nicheMarketEntryDate(LocalDate.parse(entered));
            assertThat(srdi2024(enterprise).failedConditions().contains("NICHE_MARKET_YEARS")).isEqualTo(!met);
        }

        @ParameterizedTest(name = "main business {0} of 10,000,000 → {1}")
        @CsvSource({
            // 附件2 二 1: A 80%以上 5 / B 70%-80% 3 / C 60%-70% 1 / D 60%以下 0
            "8000000, 5", "7999999.99, 3", "7000000, 3", "6000000, 1", "5999999.99, 0"})
        void indicator1MainBusinessShare(String mainBusiness, int points) {
            Enterprise enterprise = example2022();
            year(enterprise, 2023).operatingRevenue(yuan("10000000")).mainBusinessRevenue(yuan(mainBusiness));
            assertThat(indicator(enterprise, "MAIN_BUSINESS_SHARE").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @ParameterizedTest(name = "10,000,000 → 10,000,000 → {0}: {1}")
        @CsvSource({
            // 附件2 二 2: A 10%以上 10 / B 8%-10% 8 / C 6%-8% 6 / D 4%-6% 4 / E 0%-4% 2 / F 0%以下 0.
            // With g2022 = 0 the average is g2023 / 2 = (m − 10,000,000) / 20,000,000.
            "12000000, 10", "11999999.99, 8", "11600000, 8", "11200000, 6", "10800000, 4", "10000000, 2",
            "9999999.99, 0"})
        void indicator2AverageGrowth(String mainBusiness2023, int points) {
            Enterprise enterprise = example2022();
            year(enterprise, 2022).mainBusinessRevenue(yuan("10000000"));
            year(enterprise, 2023).mainBusinessRevenue(yuan(mainBusiness2023));
            assertThat(indicator(enterprise, "MAIN_BUSINESS_GROWTH_AVG").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @ParameterizedTest(name = "entered {0} → {1} points")
        @CsvSource({
            // 附件2 二 3 每满2年得1分，最高不超过5分: min(⌊years / 2⌋, 5) to 2024-01-01.
            "2018-01-01, 3", "2016-01-01, 4", "2014-01-02, 4", "2014-01-01, 5", "2004-01-01, 5"})
        void indicator3NicheYearsInSteps(String entered, int points) {
            Enterprise enterprise = example2022();
            facts(enterprise).nicheMarketEntryDate(LocalDate.parse(entered));
            assertThat(indicator(enterprise, "NICHE_MARKET_YEARS_POINTS").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @ParameterizedTest(name = "level {0} → {1}")
        @CsvSource({"4, 5", "3, 5", "2, 3", "1, 0"})
        void indicator5Digitalisation(int level, int points) {
            // 附件2 二 5: A 三级以上 5 / B 二级 3 / C 一级 0 (FY(Y), else FY(Y−1)).
            Enterprise enterprise = example2022();
            year(enterprise, 2024).digitalisationLevel(level);
            assertThat(indicator(enterprise, "DIGITALISATION").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @Test
        void indicator6ThreePointsPerItemUpToFive() {
            // 附件2 二 6 每满足一项加3分，最高不超过5分: one item → 3; unknown award → [3, 5].
            Enterprise enterprise = example2022();
            facts(enterprise).ownBrand(false);
            assertThat(indicator(enterprise, "QUALITY_MANAGEMENT").points()).isEqualTo(PointsInterval.exactly(3));
            facts(enterprise).provincialQualityAward(null);
            assertThat(indicator(enterprise, "QUALITY_MANAGEMENT").points()).isEqualTo(new PointsInterval(3, 5));
        }

        @ParameterizedTest(name = "net profit {0} of 10,000,000 → {1}")
        @CsvSource({
            // 附件2 二 7: A 10%以上 10 / B 8%-10% 8 / C 6%-8% 6 / D 4%-6% 4 / E 2%-4% 2 / F 2%以下 0
            "1000000, 10", "999999.99, 8", "800000, 8", "600000, 6", "400000, 4", "200000, 2", "199999.99, 0"})
        void indicator7NetProfitMargin(String netProfit, int points) {
            Enterprise enterprise = example2022();
            year(enterprise, 2023).operatingRevenue(yuan("10000000")).netProfit(yuan(netProfit));
            assertThat(indicator(enterprise, "NET_PROFIT_MARGIN").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @ParameterizedTest(name = "liabilities {0} of 10,000,000 → {1}")
        @CsvSource({
            // 附件2 二 8: A 50%以下 5 / B 50%-60% 3 / C 60%-70% 1 / D 70%以上 0; a boundary ratio is the lower band (higher points).
            "5000000, 5", "5000000.01, 3", "6000000, 3", "7000000, 1", "7000000.01, 0"})
        void indicator8DebtRatio(String liabilities, int points) {
            Enterprise enterprise = example2022();
            year(enterprise, 2023).totalLiabilities(yuan(liabilities));
            assertThat(indicator(enterprise, "DEBT_RATIO").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @ParameterizedTest(name = "R&D {0} of revenue {1} → {2}")
        @CsvSource({
            // 附件2 二 11, the higher of amount (500万 10 / 400万 8 / 300万 6 / 200万 4 / 100万 2) and
            // share (10% 10 / 8% 8 / 6% 6 / 4% 4 / 3% 2).
            "5000000,   100000000, 10",  // amount A; share 0.05 → D 4
            "4999999.99, 100000000, 8",  // amount B; share D 4
            "1000000,   100000000, 2",   // amount E; share 0.01 → F 0
            "999999.99, 100000000, 0",   // amount F; share F
            "1000000,   10000000, 10",   // share 0.10 → A; amount E 2
            "999999.99, 10000000, 8",    // share 0.0999999999 → B; amount F
            "300000,    10000000, 2",    // share 0.03 → E; amount F
            "299999.99, 10000000, 0"})
        void indicator11HigherOfAmountAndShare(String rdExpense, String revenue, int points) {
            Enterprise enterprise = example2022();
            year(enterprise, 2023).rdExpense(yuan(rdExpense)).operatingRevenue(yuan(revenue));
            assertThat(indicator(enterprise, "RD_INPUT_POINTS").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @ParameterizedTest(name = "R&D staff {0} of 100 → {1}")
        @CsvSource({
            // 附件2 二 12: A 20%以上 5 / B 10%-20% 3 / C 5%-10% 1 / D 5%以下 0
            "20, 5", "19, 3", "10, 3", "5, 1", "4, 0"})
        void indicator12RdStaffShare(int rdStaff, int points) {
            Enterprise enterprise = example2022();
            year(enterprise, 2023).rdStaff(rdStaff);
            assertThat(indicator(enterprise, "RD_STAFF_SHARE").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            // 附件2 二 13: 国家级 10 / 省级 8 / 市级 4 / 市级以下 2 / 未建立 0
            "NATIONAL, 10", "PROVINCIAL, 8", "MUNICIPAL, 4", "BELOW_MUNICIPAL, 2", "NONE, 0"})
        void indicator13RdInstitutionLevel(CriteriaFacts.RdInstitutionLevelEnum level, int points) {
            Enterprise enterprise = example2022();
            facts(enterprise).rdInstitutionLevel(level);
            assertThat(indicator(enterprise, "RD_INSTITUTION").points()).isEqualTo(PointsInterval.exactly(points));
        }

        @Test
        void aProvincialAwardRankedThirdStandsInForTheScore() {
            // 附件2 一.4（1）近三年获得过省级科技奖励，并在获奖单位中排名前三.
            Enterprise enterprise = example2022();
            facts(enterprise).addScienceAwardsItem(new org.opensrdi.model.ScienceAward().level(Level.PROVINCIAL).year(2022)
                    .rank(3));
            EvaluationResult result = srdi2024(enterprise);
            assertThat(result.directPath()).contains("DIRECT_SCIENCE_AWARD");
            assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
        }

        @Test
        void aProvincesOwnDistinctivenessIndicatorsDecideTheSlot(@TempDir Path rules) throws IOException {
            // srdi-sme.md §3.1: with the province's rule data giving ≥ 4 points the total reaches 60.
            copyBundledRules(rules);
            Files.writeString(rules.resolve("provincial/srdi-distinctive-650000.json"), XINJIANG_SLOT);
            CriteriaEvaluator criteria = CriteriaEvaluator.fromDirectory(rules);
            Enterprise enterprise = example2022();
            year(enterprise, 2023).provincialIndicators(Map.of("XJ_EXPORT_SHARE", yuan("0.2")));
            // 0.2 → band B 8: total 56 + 8 = 64 ≥ 60 → QUALIFIED.
            EvaluationResult eight = criteria.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2024);
            assertThat(eight.indicator("DISTINCTIVE").orElseThrow().points()).isEqualTo(PointsInterval.exactly(8));
            assertThat(eight.total()).contains(PointsInterval.exactly(64));
            assertThat(eight.verdict()).isEqualTo(Verdict.QUALIFIED);
            assertThat(eight.findings()).isEmpty();
            // 0.1999 → band C 3: total 59 < 60 → NOT_QUALIFIED.
            year(enterprise, 2023).provincialIndicators(Map.of("XJ_EXPORT_SHARE", yuan("0.1999")));
            assertThat(criteria.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2024).verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
        }
    }

    /** A province's slot: one indicator on its own figure XJ_EXPORT_SHARE, ≥ 0.5 → 15, [0.2, 0.5) → 8, else 3. */
    static final String XINJIANG_SLOT = """
            {
              "specVersion": "0.1.0",
              "ruleSetId": "srdi-distinctive-650000",
              "ruleSetVersion": "0.1.0",
              "title": {"zh": "测试用省级特色化指标", "en": "Test provincial distinctiveness indicators"},
              "subject": "INDICATOR_SLOT",
              "regime": "2022",
              "effectivePeriod": {"start": "2022-08-01", "end": "2026-03-31"},
              "documents": [{"id": "test-province", "title": "测试文件", "confidence": "HIGH"}],
              "parameters": [],
              "indicatorSlot": {
                "slotId": "SRDI_SME_2022_DISTINCTIVE",
                "fills": {"ruleSetId": "srdi-sme-2022", "indicatorId": "DISTINCTIVE"},
                "jurisdiction": "650000",
                "maxPoints": 15,
                "indicators": [{
                  "id": "XJ_EXPORT",
                  "title": {"zh": "出口占比", "en": "Export share"},
                  "maxPoints": 15,
                  "method": "BANDS",
                  "metric": "PROVINCIAL_INDICATOR_LAST_YEAR",
                  "key": "XJ_EXPORT_SHARE",
                  "bands": [
                    {"label": "A", "lower": 0.5, "lowerInclusive": true, "points": 15, "inclusivityAssumption": false,
                     "citation": {"source": "test-province", "clause": "一"}},
                    {"label": "B", "lower": 0.2, "lowerInclusive": true, "upper": 0.5, "upperInclusive": false, "points": 8,
                     "inclusivityAssumption": false, "citation": {"source": "test-province", "clause": "一"}},
                    {"label": "C", "upper": 0.2, "upperInclusive": false, "points": 3, "inclusivityAssumption": false,
                     "citation": {"source": "test-province", "clause": "一"}}
                  ],
                  "citation": {"source": "test-province", "clause": "一"}
                }],
                "citation": {"source": "test-province", "clause": "一"}
              },
              "assumptions": []
            }
            """;

    /** Writes the rule sets of the specification jar into a directory, as {@code spec/rules} lays them out. */
    static void copyBundledRules(Path directory) throws IOException {
        for (String path : SpecResources.paths()) {
            if (path.startsWith("rules/") && path.endsWith(".json")) {
                Path target = directory.resolve(path.substring("rules/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = SpecResources.open(path)) {
                    Files.copy(in, target);
                }
            }
        }
    }

    /**
     * The 2026 worked example of srdi-sme.md §3.2 (as of 2026-06-30), everything exactly on its line,
     * holding a provincial innovative-SME title 2024-05-01 – 2027-04-30.
     */
    static Enterprise example2026() {
        Enterprise enterprise = withEmptyRecords(enterprise("3841"));
        facts(enterprise).nicheMarketEntryDate(LocalDate.of(2023, 1, 1))
                .rdInstitutionLevel(CriteriaFacts.RdInstitutionLevelEnum.MUNICIPAL).nicheMarketPositionLeading(true)
                .marketReputation(CriteriaFacts.MarketReputationEnum.MODERATE);
        year(enterprise, 2024).operatingRevenue(yuan("12000000")).rdExpense(yuan("1000000"));
        year(enterprise, 2025).operatingRevenue(yuan("15000000")).mainBusinessRevenue(yuan("12000000"))
                .rdExpense(yuan("1000000")).totalAssets(yuan("10000000")).totalLiabilities(yuan("8000000"))
                .classOneIpAppliedCount(1).employees(100);
        year(enterprise, 2026).developmentEvaluationScore(yuan("50"));
        return enterprise;
    }

    static final EvaluationOptions TIER_ONE_HELD = withDesignations(
            designation(Tier.INNOVATIVE_SME, Level.PROVINCIAL, "2024-05-01", "2027-04-30"));

    @Nested
    class Standard2026 {

        @Test
        void everyLineMetExactlyQualifies() {
            // srdi-sme.md §3.2: 3 whole years (2023-01-01 → 2026-01-01) ≥ 3; revenue 15,000,000 ≥ 15,000,000;
            // 12,000,000 / 15,000,000 = 0.80 ≥ 0.80; debt 0.80 ≤ 0.80; R&D min(1,000,000, 1,000,000) ≥ 1,000,000
            // and min(1,000,000 / 12,000,000, 1,000,000 / 15,000,000) = 0.0667 ≥ 0.03; class I 1 ≥ 1; score 50 ≥ 50.
            EvaluationResult result = CRITERIA.evaluate(example2026(), Tier.SRDI_SME, AS_OF_2026, TIER_ONE_HELD);
            assertThat(result.ruleSet()).isEqualTo("srdi-sme-2026@0.1.0");
            assertThat(result.total()).isEmpty();
            assertThat(result.failedConditions()).isEmpty();
            assertThat(result.undecidedConditions()).isEmpty();
            assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
        }

        @Test
        void withoutTheQualitativeMarketFactsTheVerdictIsUndetermined() {
            Enterprise enterprise = example2026();
            facts(enterprise).nicheMarketPositionLeading(null).marketReputation(null);
            EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2026, TIER_ONE_HELD);
            assertThat(result.undecidedConditions()).containsExactly("MARKET_POSITION");
            assertThat(result.missingInputs()).contains("criteriaFacts.nicheMarketPositionLeading",
                    "criteriaFacts.marketReputation");
            assertThat(result.verdict()).isEqualTo(Verdict.UNDETERMINED);
        }

        @Test
        void theTierOneTitleIsUnknownWithoutDesignationsAndFalseWithNone() {
            // 附件1 第1项 已获得科技和创新型中小企业称号: a gate, so missing designations leave it open.
            EvaluationResult notSupplied = CRITERIA.evaluate(example2026(), Tier.SRDI_SME, AS_OF_2026);
            assertThat(notSupplied.undecidedConditions()).containsExactly("TIER_ONE_HELD");
            assertThat(notSupplied.verdict()).isEqualTo(Verdict.UNDETERMINED);
            EvaluationResult none = CRITERIA.evaluate(example2026(), Tier.SRDI_SME, AS_OF_2026, withDesignations());
            assertThat(none.failedConditions()).containsExactly("TIER_ONE_HELD");
            assertThat(none.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
        }

        @Test
        void rdOfOneFenLessInEitherYearFails() {
            // 附件1 第4项 近两年研发费用每年 ≥ 100万元: min(999,999.99, 1,000,000) < 1,000,000.
            Enterprise enterprise = example2026();
            year(enterprise, 2024).rdExpense(yuan("999999.99"));
            EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2026, TIER_ONE_HELD);
            assertThat(result.failedConditions()).containsExactly("RD_EACH_YEAR");
        }

        @Test
        void aReviewMayUseLastYearsDevelopmentScore() {
            // 附件1 第7项 本年度得分 ≥ 50（复核企业近两年任意一年）: this year 40, last year 50.
            Enterprise enterprise = example2026();
            year(enterprise, 2026).developmentEvaluationScore(yuan("40"));
            year(enterprise, 2025).developmentEvaluationScore(yuan("50"));
            EvaluationResult first = CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2026, TIER_ONE_HELD);
            assertThat(first.failedConditions()).containsExactly("DEVELOPMENT_SCORE");
            EvaluationResult review = CRITERIA.evaluate(enterprise, Tier.SRDI_SME, AS_OF_2026,
                    TIER_ONE_HELD.toBuilder().recognitionType(RecognitionType.RENEWAL).build());
            assertThat(review.verdict()).isEqualTo(Verdict.QUALIFIED);
        }
    }

    @Test
    void theRegimeChangesBetweenTheThirtyFirstOfMarchAndTheFirstOfApril2026() {
        // README §7.5: D < 2026-04-01 → srdi-sme-2022; D ≥ 2026-04-01 → srdi-sme-2026.
        Enterprise enterprise = example2026();
        assertThat(CRITERIA.evaluate(enterprise, Tier.SRDI_SME, LocalDate.of(2026, 3, 31)).ruleSet())
                .isEqualTo("srdi-sme-2022@0.1.0");
        assertThat(CRITERIA.evaluate(enterprise, Tier.SRDI_SME, LocalDate.of(2026, 4, 1)).ruleSet())
                .isEqualTo("srdi-sme-2026@0.1.0");
        assertThat(CRITERIA.tiers(LocalDate.of(2026, 3, 31))).contains(Tier.INNOVATIVE_SME)
                .doesNotContain(Tier.TECH_INNOVATIVE_SME);
        assertThat(CRITERIA.tiers(LocalDate.of(2026, 4, 1))).contains(Tier.TECH_INNOVATIVE_SME)
                .doesNotContain(Tier.INNOVATIVE_SME);
        // Rules before 2022-08-01 are not encoded.
        assertThat(CRITERIA.ruleSet(Tier.SRDI_SME, LocalDate.of(2022, 7, 31), RecognitionType.FIRST)).isEmpty();
    }
}
