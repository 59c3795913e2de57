package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;
import static org.opensrdi.sdk.criteria.Fixtures.designation;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Level;
import org.opensrdi.model.Tier;

/**
 * Validity terms and review (tier-terms.json; spec/docs/rules/tier-terms.md): three-year terms, a
 * passed review adds three years, a designation under review stays valid; and the next rung of the
 * ladder under the regime in force.
 */
class LadderTests {

    private static Designation withoutEnd(Tier tier, String start) {
        return designation(tier, Level.PROVINCIAL, start, null);
    }

    @Test
    void aTermUnderReviewStaysValidAndAPassedReviewAddsThreeYears() {
        // tier-terms.md example 1: start 2023-03-01 (2022 regime) + 3 years − 1 day = 2026-02-28; under
        // review on 2026-05-01 it is still held; a passed review runs 2026-03-01 … 2029-02-28.
        Designation srdi = withoutEnd(Tier.SRDI_SME, "2023-03-01").status(Designation.StatusEnum.UNDER_REVIEW);
        Ladder ladder = CRITERIA.ladder(List.of(srdi), LocalDate.of(2026, 5, 1));
        assertThat(ladder.held()).singleElement().satisfies(held -> {
            assertThat(held.tier()).isEqualTo(Tier.SRDI_SME);
            assertThat(held.underReview()).isTrue();
            assertThat(held.termEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(held.termEndComputed()).isTrue();
            assertThat(held.termEndAfterReview()).isEqualTo(LocalDate.of(2029, 2, 28));
        });
        assertThat(ladder.termsRuleSet()).isEqualTo("tier-terms@0.1.0");
    }

    @Test
    void aDesignationUnderReviewSatisfiesTheNextTiersPrerequisite() {
        // README §5 hasDesignation: “as-of ≤ termEnd or status UNDER_REVIEW”. The provincial SRDI title
        // ended 2026-02-28 but is under review, so the 2026 little-giant prerequisite still holds.
        Designation srdi = designation(Tier.SRDI_SME, Level.PROVINCIAL, "2023-03-01", "2026-02-28")
                .status(Designation.StatusEnum.UNDER_REVIEW);
        EvaluationResult result = CRITERIA.evaluate(LittleGiantCriteriaTests.example2026(2025), Tier.LITTLE_GIANT,
                Fixtures.AS_OF_2026, Fixtures.withDesignations(srdi));
        assertThat(result.failedConditions()).doesNotContain("SRDI_HELD_AND_NICHE");
        Designation ended = designation(Tier.SRDI_SME, Level.PROVINCIAL, "2023-03-01", "2026-02-28");
        assertThat(CRITERIA.evaluate(LittleGiantCriteriaTests.example2026(2025), Tier.LITTLE_GIANT, Fixtures.AS_OF_2026,
                Fixtures.withDesignations(ended)).failedConditions()).contains("SRDI_HELD_AND_NICHE");
    }

    @ParameterizedTest(name = "{0} + 3 years − 1 day = {1}")
    @CsvSource({
        // tier-terms.md example 2: 2024-02-29 + 3 years lands on 2027-03-01 (common year) → 2027-02-28;
        // 2025-03-01 + 3 years = 2028-03-01 → 2028-02-29 (leap year). Both are three whole years.
        "2024-02-29, 2027-02-28",
        "2025-03-01, 2028-02-29",
        // example 3: 2026-03-31 is under the 2022 entry, 2026-04-01 under the 2026 entry; both 3 years.
        "2026-03-31, 2029-03-30",
        "2026-04-01, 2029-03-31"})
    void termsAreThreeWholeYears(String start, String end) {
        Ladder ladder = CRITERIA.ladder(List.of(withoutEnd(Tier.SRDI_SME, start)), LocalDate.parse(start));
        assertThat(ladder.held()).singleElement().extracting(HeldDesignation::termEnd).isEqualTo(LocalDate.parse(end));
    }

    @Test
    void aHighTechCertificateRunsThreeYearsWithoutReviewAndATechSmeRegistrationOne() {
        // HIGH_TECH_TERM_YEARS 3, no review (re-recognition); TECH_SME_TERM_YEARS 1.
        Ladder ladder = CRITERIA.ladder(List.of(withoutEnd(Tier.HIGH_TECH_ENTERPRISE, "2024-11-20"),
                withoutEnd(Tier.TECH_SME, "2024-05-10")), LocalDate.of(2025, 1, 1));
        assertThat(ladder.held()).extracting(HeldDesignation::tier, HeldDesignation::termEnd,
                HeldDesignation::termEndAfterReview).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Tier.HIGH_TECH_ENTERPRISE, LocalDate.of(2027, 11, 19), null),
                        org.assertj.core.groups.Tuple.tuple(Tier.TECH_SME, LocalDate.of(2025, 5, 9), null));
    }

    @Test
    void expiredAndRevokedDesignationsAreNotHeld() {
        Designation expired = designation(Tier.SRDI_SME, Level.PROVINCIAL, "2020-01-01", "2022-12-31");
        Designation revoked = designation(Tier.INNOVATIVE_SME, Level.PROVINCIAL, "2023-06-01", "2026-05-31")
                .status(Designation.StatusEnum.REVOKED).revocationDate(LocalDate.of(2024, 1, 15));
        Designation notYet = designation(Tier.LITTLE_GIANT, Level.NATIONAL, "2024-07-26", "2027-07-25");
        Ladder ladder = CRITERIA.ladder(List.of(expired, revoked, notYet), LocalDate.of(2024, 6, 30));
        assertThat(ladder.held()).isEmpty();
        assertThat(ladder.next()).contains(Tier.INNOVATIVE_SME);
    }

    @Test
    void underThe2022RegimeTheLadderIsInnovativeThenSrdiThenLittleGiant() {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        Ladder none = CRITERIA.ladder(List.of(), asOf);
        assertThat(none.regime()).isEqualTo("2022");
        assertThat(none.programmeTiers()).containsExactly(Tier.INNOVATIVE_SME, Tier.SRDI_SME, Tier.LITTLE_GIANT);
        assertThat(none.next()).contains(Tier.INNOVATIVE_SME);
        assertThat(CRITERIA.ladder(List.of(withoutEnd(Tier.INNOVATIVE_SME, "2023-07-15")), asOf).next())
                .contains(Tier.SRDI_SME);
        assertThat(CRITERIA.ladder(List.of(withoutEnd(Tier.SRDI_SME, "2023-07-15")), asOf).next())
                .contains(Tier.LITTLE_GIANT);
        Ladder top = CRITERIA.ladder(List.of(withoutEnd(Tier.SRDI_SME, "2022-12-01"),
                designation(Tier.LITTLE_GIANT, Level.NATIONAL, "2023-07-26", "2026-07-25")), asOf);
        assertThat(top.holds(Tier.LITTLE_GIANT)).isTrue();
        assertThat(top.next()).isEmpty();
    }

    @Test
    void underThe2026RegimeInnovativeAndTechnologyBasedTitlesCountAsTheFirstRung() {
        // 工信部企业〔2026〕2号: 科技和创新型中小企业 → 专精特新中小企业 → 小巨人; article 30 keeps earlier
        // innovative-SME titles valid, and srdi-sme-2026 TIER_ONE_HELD accepts INNOVATIVE_SME and TECH_SME.
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Ladder none = CRITERIA.ladder(List.of(), asOf);
        assertThat(none.regime()).isEqualTo("2026");
        assertThat(none.programmeTiers()).containsExactly(Tier.TECH_INNOVATIVE_SME, Tier.SRDI_SME, Tier.LITTLE_GIANT);
        assertThat(none.next()).contains(Tier.TECH_INNOVATIVE_SME);
        assertThat(CRITERIA.ladder(List.of(withoutEnd(Tier.INNOVATIVE_SME, "2025-05-01")), asOf).next())
                .contains(Tier.SRDI_SME);
        assertThat(CRITERIA.ladder(List.of(withoutEnd(Tier.TECH_SME, "2026-05-01")), asOf).next())
                .contains(Tier.SRDI_SME);
    }
}
