package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.designation;
import static org.opensrdi.sdk.criteria.Fixtures.enterprise;
import static org.opensrdi.sdk.criteria.Fixtures.facts;
import static org.opensrdi.sdk.criteria.Fixtures.withDesignations;
import static org.opensrdi.sdk.criteria.Fixtures.withEmptyRecords;
import static org.opensrdi.sdk.criteria.Fixtures.year;
import static org.opensrdi.sdk.criteria.Fixtures.yuan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.CriteriaFacts;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;

/**
 * 专精特新“小巨人”企业认定标准: 2022 (工信部企业〔2022〕63号 附件3), 2026 (工信部企业〔2026〕2号 附件2), and the
 * 2026 review round under the 2022 standard (工信厅企业函〔2026〕117号, by transitional use)
 * (spec/docs/rules/little-giant.md).
 */
class LittleGiantCriteriaTests {

    /**
     * The 2022 worked example of little-giant.md §3.1 (as of 2024-06-30): 3841, 280 staff; every
     * qualitative fact true; niche market since 2018-05-01 with a 10 % share; provincial R&D
     * institution; revenue exactly 100,000,000.
     */
    static Enterprise example2022() {
        Enterprise enterprise = withEmptyRecords(enterprise("3841"));
        facts(enterprise).governanceSound(true).informationSystemSupport(true).managementSystemCertified(true)
                .ownBrand(true).keySupplyChainPosition(true).mainProductInKeyField(true)
                .nicheMarketEntryDate(LocalDate.of(2018, 5, 1)).nicheMarketSharePercent(yuan("10"))
                .rdInstitutionLevel(CriteriaFacts.RdInstitutionLevelEnum.PROVINCIAL);
        year(enterprise, 2021).mainBusinessRevenue(yuan("80000000"));
        year(enterprise, 2022).mainBusinessRevenue(yuan("85000000")).operatingRevenue(yuan("90000000"))
                .rdExpense(yuan("2700000"));
        year(enterprise, 2023).mainBusinessRevenue(yuan("95000000")).operatingRevenue(yuan("100000000"))
                .rdExpense(yuan("3000000")).totalAssets(yuan("80000000")).totalLiabilities(yuan("56000000"))
                .classOneIpAppliedCount(2).employees(280);
        return enterprise;
    }

    static Enterprise withMarketFacts(Enterprise enterprise) {
        facts(enterprise).distinctiveAdvantage(true).marketReputation(CriteriaFacts.MarketReputationEnum.HIGH);
        return enterprise;
    }

    @Test
    void revenueOfExactlyOneHundredMillionIsTheUpperBandAndQualifiesWithTheMarketFacts() {
        // little-giant.md §3.1: 5 whole years ≥ 3; 95,000,000 / 100,000,000 = 0.95 ≥ 0.70;
        // (5,000,000 / 80,000,000 + 10,000,000 / 85,000,000) / 2 = (0.0625 + 0.117647) / 2 = 0.0901 ≥ 0.05;
        // 56,000,000 / 80,000,000 = 0.70 ≤ 0.70; share 10 ≥ 10. Revenue 100,000,000 ≥ 1亿 → upper band:
        // min(3,000,000 / 100,000,000, 2,700,000 / 90,000,000) = 0.03 ≥ 0.03; institution ✓; class I 2 ≥ 2.
        EvaluationResult withoutFacts = CRITERIA.evaluate(example2022(), Tier.LITTLE_GIANT, AS_OF_2024);
        assertThat(withoutFacts.ruleSet()).isEqualTo("little-giant-2022@0.1.0");
        assertThat(withoutFacts.undecidedConditions()).containsExactly("MARKET_POSITION");
        assertThat(withoutFacts.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(withoutFacts.missingInputs()).contains("criteriaFacts.distinctiveAdvantage",
                "criteriaFacts.marketReputation");

        EvaluationResult result = CRITERIA.evaluate(withMarketFacts(example2022()), Tier.LITTLE_GIANT, AS_OF_2024);
        assertThat(result.failedConditions()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(result.total()).isEmpty();
        assertThat(result.assumptions()).contains("REVENUE_BAND_BOUNDARIES");
    }

    @Test
    void oneFenBelowOneHundredMillionIsTheMiddleBandWhichAsksSixPercent() {
        // 99,999,999.99 < 1亿 → 5000万—1亿 band: both years ≥ 6 %, but they are about 3 % →
        // INNOVATION_GENERAL false; no national award, no Maker China top 50 → NOT_QUALIFIED.
        Enterprise enterprise = withMarketFacts(example2022());
        year(enterprise, 2023).operatingRevenue(yuan("99999999.99"));
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, AS_OF_2024);
        assertThat(result.failedConditions()).containsExactly("INNOVATION_GENERAL");
        assertThat(result.directPathsHeld()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @ParameterizedTest(name = "R&D 2023 {0} of 50,000,000, 2022 {1} of 90,000,000: general conditions {2}")
    @CsvSource({
        // 50,000,000 is the middle band (5000万元—1亿元, REVENUE_BAND_BOUNDARIES): both years ≥ 6 %.
        "3000000, 5400000, true",    // 0.06 and 0.06
        "2999999.99, 5400000, false"})
    void fiftyMillionIsTheMiddleBand(String rd2023, String rd2022, boolean met) {
        Enterprise enterprise = withMarketFacts(example2022());
        year(enterprise, 2023).operatingRevenue(yuan("50000000")).rdExpense(yuan(rd2023));
        year(enterprise, 2022).rdExpense(yuan(rd2022));
        assertThat(CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, AS_OF_2024).failedConditions()
                .contains("INNOVATION_GENERAL")).isEqualTo(!met);
    }

    @Test
    void aNationalAwardRankedThirdStandsInForTheGeneralInnovationConditions() {
        // 附件3 四（二）1 近三年获得国家级科技奖励，并在获奖单位中排名前三.
        Enterprise enterprise = withMarketFacts(example2022());
        year(enterprise, 2023).operatingRevenue(yuan("99999999.99"));
        facts(enterprise).addScienceAwardsItem(new org.opensrdi.model.ScienceAward().level(Level.NATIONAL).year(2021).rank(3));
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, AS_OF_2024);
        assertThat(result.directPath()).contains("DIRECT_NATIONAL_AWARD");
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void aDebtRatioOneFenAboveSeventyPercentFails() {
        // 附件3 二 截至上年末资产负债率不高于70%: 56,000,000.01 / 80,000,000 > 0.70.
        Enterprise enterprise = withMarketFacts(example2022());
        year(enterprise, 2023).totalLiabilities(yuan("56000000.01"));
        assertThat(CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, AS_OF_2024).failedConditions())
                .containsExactly("DEBT_RATIO");
    }

    /**
     * The 2026 worked example of little-giant.md §3.2 with “last year” = {@code lastYear} (2025 in the
     * example): provincial SRDI SME title; niche market since 2019-01-01; share 8 %, domestic rank 3;
     * high reputation; revenue 50,000,000 → 52,000,000 → 55,125,000.
     */
    static Enterprise example2026(int lastYear) {
        Enterprise enterprise = withEmptyRecords(enterprise("3841"));
        facts(enterprise).nicheMarketEntryDate(LocalDate.of(2019, 1, 1)).nicheMarketSharePercent(yuan("8"))
                .nicheMarketRank(3).marketReputation(CriteriaFacts.MarketReputationEnum.HIGH)
                .mainProductInKeyField2026(true).keySupplyChainPosition(true);
        year(enterprise, lastYear - 2).operatingRevenue(yuan("50000000"));
        year(enterprise, lastYear - 1).operatingRevenue(yuan("52000000")).rdExpense(yuan("6000000"));
        year(enterprise, lastYear).operatingRevenue(yuan("55125000")).mainBusinessRevenue(yuan("50000000"))
                .rdExpense(yuan("6000000")).totalAssets(yuan("40000000")).totalLiabilities(yuan("30000000"))
                .classOneIpAppliedCount(4).employees(200);
        year(enterprise, lastYear + 1).developmentEvaluationScore(yuan("60"));
        return enterprise;
    }

    static final EvaluationOptions SRDI_HELD = withDesignations(
            designation(Tier.SRDI_SME, Level.PROVINCIAL, "2024-01-01", "2026-12-31"));

    @Test
    void compoundGrowthOfExactlyFivePercentIsComparedSquaredAndQualifies() {
        // little-giant.md §3.2: 55,125,000 ≥ 50,000,000 × 1.05² = 55,125,000 (no square root taken);
        // revenue ≥ 50,000,000; 50,000,000 / 55,125,000 = 0.9070 ≥ 0.90; 30 / 40 = 0.75 ≤ 0.75;
        // R&D 12,000,000 ≥ 12,000,000, min share 0.1088 ≥ 0.03; class I 4 ≥ 4; rank 3 ≤ 3, HIGH; score 60 ≥ 60.
        EvaluationResult result = CRITERIA.evaluate(example2026(2025), Tier.LITTLE_GIANT, Fixtures.AS_OF_2026, SRDI_HELD);
        assertThat(result.ruleSet()).isEqualTo("little-giant-2026@0.1.0");
        assertThat(result.transitional()).isFalse();
        assertThat(result.failedConditions()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(result.explanation().getSteps()).filteredOn(s -> s.getId().equals("condition/SCALE_GROWTH_DEBT"))
                .singleElement().satisfies(step -> assertThat(step.getResult()).isEqualTo("TRUE"));
        assertThat(result.explanation().getParameters()).anySatisfy(parameter -> {
            assertThat(parameter.getId()).isEqualTo("REVENUE_CAGR_2Y_MIN");
            assertThat(parameter.getValue()).hasToString("0.05");
        });
    }

    @Test
    void compoundGrowthOneFenShortOfFivePercentFails() {
        Enterprise enterprise = example2026(2025);
        year(enterprise, 2025).operatingRevenue(yuan("55124999.99"));
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, Fixtures.AS_OF_2026, SRDI_HELD);
        assertThat(result.failedConditions()).containsExactly("SCALE_GROWTH_DEBT");
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void aPrefecturalSrdiTitleIsNotTheProvincialTitleThe2026StandardAsks() {
        // 附件2 第1项 已获得专精特新中小企业称号 (省级, SRDI_TITLE_PROVINCIAL).
        EvaluationResult result = CRITERIA.evaluate(example2026(2025), Tier.LITTLE_GIANT, Fixtures.AS_OF_2026,
                withDesignations(designation(Tier.SRDI_SME, Level.PREFECTURAL, "2024-01-01", "2026-12-31")));
        assertThat(result.failedConditions()).containsExactly("SRDI_HELD_AND_NICHE");
    }

    @Test
    void theTwentyTwentySixReviewRoundStillUsesThe2022Standard() {
        // little-giant-2022 transitionalUses: RENEWAL from 2026-04-01 to 2026-12-31 (工信厅企业函〔2026〕117号).
        assertThat(CRITERIA.ruleSet(Tier.LITTLE_GIANT, LocalDate.of(2026, 3, 31), RecognitionType.RENEWAL))
                .contains("little-giant-2022@0.1.0");
        assertThat(CRITERIA.ruleSet(Tier.LITTLE_GIANT, LocalDate.of(2026, 4, 1), RecognitionType.RENEWAL))
                .contains("little-giant-2022@0.1.0");
        assertThat(CRITERIA.ruleSet(Tier.LITTLE_GIANT, LocalDate.of(2026, 4, 1), RecognitionType.FIRST))
                .contains("little-giant-2026@0.1.0");
        assertThat(CRITERIA.ruleSet(Tier.LITTLE_GIANT, LocalDate.of(2026, 12, 31), RecognitionType.RENEWAL))
                .contains("little-giant-2022@0.1.0");
        assertThat(CRITERIA.ruleSet(Tier.LITTLE_GIANT, LocalDate.of(2027, 1, 1), RecognitionType.RENEWAL))
                .contains("little-giant-2026@0.1.0");

        EvaluationResult review = CRITERIA.evaluate(example2026(2025), Tier.LITTLE_GIANT, Fixtures.AS_OF_2026,
                SRDI_HELD.toBuilder().recognitionType(RecognitionType.RENEWAL).build());
        assertThat(review.ruleSet()).isEqualTo("little-giant-2022@0.1.0");
        assertThat(review.transitional()).isTrue();
        assertThat(review.assumptions()).contains("REVIEW_2026_TRANSITION");
        // Parameters are looked up at the rule date 2026-03-31, the end of the 2022 effective period.
        assertThat(review.explanation().getParameters()).anySatisfy(parameter -> {
            assertThat(parameter.getId()).isEqualTo("NICHE_MARKET_YEARS_MIN");
            assertThat(parameter.getEffectiveTo()).hasToString("2026-03-31");
        });
    }

    @Test
    void aReviewUnderThe2026StandardDoesNotAskForCompoundGrowth() {
        // 附件2 第2项 近两年营业收入复合增长率不低于5%（复核企业不考查该项指标）: a 2027 review (after the
        // transitional round) with growth one fen short still meets SCALE_GROWTH_DEBT.
        Enterprise enterprise = example2026(2026);
        year(enterprise, 2026).operatingRevenue(yuan("55124999.99"));
        EvaluationOptions review = withDesignations(designation(Tier.SRDI_SME, Level.PROVINCIAL, "2025-01-01", "2027-12-31"))
                .toBuilder().recognitionType(RecognitionType.RENEWAL).build();
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, LocalDate.of(2027, 6, 30), review);
        assertThat(result.ruleSet()).isEqualTo("little-giant-2026@0.1.0");
        assertThat(result.failedConditions()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }
}
