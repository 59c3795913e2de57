package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensrdi.sdk.criteria.Fixtures.AS_OF_2024;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.facts;
import static org.opensrdi.sdk.criteria.Fixtures.year;
import static org.opensrdi.sdk.criteria.Fixtures.yuan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Level;
import org.opensrdi.model.ScienceAward;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * Near-miss admission to the cultivation pool: “符合条件或要素缺项不超过3个的企业列入优质中小企业培育库”
 * (博尔塔拉《自治州专精特新中小企业倍增培育行动计划（2023—2025年）》二.（一）1), elements counted over the SRDI SME
 * criteria in force (spec/docs/rules/cultivation-pool.md, README §8.3).
 */
class CultivationPoolNearMissTests {

    /** Bortala's N. */
    private static final EvaluationOptions BORTALA = EvaluationOptions.builder().maxMissingElements(3).build();

    /**
     * cultivation-pool.md: the SRDI example of srdi-sme.md §3.1, but in the niche market only since
     * 2023-03-01 (0 whole years) and with FY2023 R&D of 400,000.
     */
    static Enterprise workedExample() {
        Enterprise enterprise = SrdiSmeCriteriaTests.example2022();
        facts(enterprise).nicheMarketEntryDate(LocalDate.of(2023, 3, 1));
        year(enterprise, 2023).rdExpense(yuan("400000"));
        return enterprise;
    }

    private static final String SCORE_OR_DIRECT =
            "SCORE|DIRECT_SCIENCE_AWARD|DIRECT_RD_EXPENSE|DIRECT_EQUITY_FINANCING|DIRECT_MAKER_CHINA";

    @Test
    void threeMissedAndOneUndecidedAgainstThreeIsUndetermined() {
        // Elements of srdi-sme-2022: NICHE_MARKET_YEARS 0 ≥ 2 missed; RD_INPUT#1 400,000 ≥ 1,000,000
        // missed; RD_INPUT#2 400,000 / 14,575,000 = 0.0274 ≥ 0.03 missed; REVENUE_OR_FINANCING met;
        // score [48, 63] (slot [0, 15]) with every direct path false → undecided.
        // Missed 3 ≤ 3 but 3 + 1 = 4 > 3 → UNDETERMINED.
        EvaluationResult result = CRITERIA.evaluate(workedExample(), Tier.CULTIVATION_POOL, AS_OF_2024, BORTALA);
        assertThat(result.ruleSet()).isEqualTo("cultivation-pool@0.1.0");
        NearMissCount count = result.nearMiss().orElseThrow();
        assertThat(count.targetRuleSet()).isEqualTo("srdi-sme-2022@0.1.0");
        assertThat(count.maxMissing()).isEqualTo(3);
        assertThat(count.missed()).containsExactly("NICHE_MARKET_YEARS", "RD_INPUT#1", "RD_INPUT#2");
        assertThat(count.undecided()).containsExactly(SCORE_OR_DIRECT);
        assertThat(count.met()).containsExactly("REVENUE_OR_FINANCING");
        assertThat(count.eligibilityFailed()).isEmpty();
        assertThat(result.total()).contains(new PointsInterval(48, 63));
        assertThat(result.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(result.assumptions()).contains("ELEMENT_COUNTING", "TARGET_TIER");
    }

    @Test
    void threeMissedElementsAreAdmittedToThePool() {
        // A provincial award ranked 1st (附件2 一.4（1）) makes the “score or direct path” element met:
        // missed 3 ≤ 3, undecided 0 → QUALIFIED for the pool.
        Enterprise enterprise = workedExample();
        facts(enterprise).addScienceAwardsItem(new ScienceAward().level(Level.PROVINCIAL).year(2023).rank(1));
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.CULTIVATION_POOL, AS_OF_2024, BORTALA);
        assertThat(result.nearMiss().orElseThrow().missed()).hasSize(3);
        assertThat(result.nearMiss().orElseThrow().met()).containsExactly("REVENUE_OR_FINANCING", SCORE_OR_DIRECT);
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void fourMissedElementsAreNotAdmitted() {
        // As above, and revenue 9,999,999.99 < 10,000,000 with no equity financing: REVENUE_OR_FINANCING
        // missed too (R&D 200,000 keeps 200,000 / 9,999,999.99 = 0.02 < 0.03) → 4 > 3 → NOT_QUALIFIED.
        Enterprise enterprise = workedExample();
        facts(enterprise).addScienceAwardsItem(new ScienceAward().level(Level.PROVINCIAL).year(2023).rank(1));
        year(enterprise, 2023).operatingRevenue(yuan("9999999.99")).rdExpense(yuan("200000"));
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.CULTIVATION_POOL, AS_OF_2024, BORTALA);
        assertThat(result.nearMiss().orElseThrow().missed())
                .containsExactly("NICHE_MARKET_YEARS", "RD_INPUT#1", "RD_INPUT#2", "REVENUE_OR_FINANCING");
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void generalEligibilityIsNeverMissable() {
        // README §8.3.2: an ELIGIBILITY condition is not an element; false → NOT_QUALIFIED whatever N is.
        Enterprise enterprise = SrdiSmeCriteriaTests.example2022();
        enterprise.independentLegalPerson(false);
        EvaluationResult result = CRITERIA.evaluate(enterprise, Tier.CULTIVATION_POOL, AS_OF_2024,
                EvaluationOptions.builder().maxMissingElements(10).build());
        assertThat(result.nearMiss().orElseThrow().eligibilityFailed()).containsExactly("ELIGIBLE_LEGAL_PERSON");
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_QUALIFIED);
    }

    @Test
    void theTargetTiersHaveTheElementCountsOfThePage() {
        // cultivation-pool.md table: little-giant-2022 14 elements, srdi-sme-2026 11.
        Enterprise enterprise = SrdiSmeCriteriaTests.example2022();
        NearMissCount littleGiant = CRITERIA.evaluate(enterprise, Tier.CULTIVATION_POOL, AS_OF_2024,
                BORTALA.toBuilder().nearMissTarget(Tier.LITTLE_GIANT).build()).nearMiss().orElseThrow();
        assertThat(littleGiant.targetRuleSet()).isEqualTo("little-giant-2022@0.1.0");
        assertThat(littleGiant.missed().size() + littleGiant.undecided().size() + littleGiant.met().size()).isEqualTo(14);
        NearMissCount srdi2026 = CRITERIA.evaluate(SrdiSmeCriteriaTests.example2026(), Tier.CULTIVATION_POOL,
                Fixtures.AS_OF_2026, BORTALA).nearMiss().orElseThrow();
        assertThat(srdi2026.targetRuleSet()).isEqualTo("srdi-sme-2026@0.1.0");
        assertThat(srdi2026.missed().size() + srdi2026.undecided().size() + srdi2026.met().size()).isEqualTo(11);
    }

    @Test
    void withoutNThePoolCannotBeEvaluated() {
        // maxMissingElementsFrom POLICY_PACK: N comes from the policy pack or the caller.
        assertThatThrownBy(() -> CRITERIA.evaluate(workedExample(), Tier.CULTIVATION_POOL, AS_OF_2024))
                .isInstanceOf(OpenSrdiException.class).hasMessageContaining("cultivation-pool@0.1.0");
    }
}
