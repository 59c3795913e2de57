package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opensrdi.sdk.progress.ProgressFixtures.report;
import static org.opensrdi.sdk.progress.ProgressFixtures.target;

import org.junit.jupiter.api.Test;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.QuotaProgress;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.YearProgress;

/**
 * Progress of the Bortala plan (《自治州专精特新中小企业倍增培育行动计划(2023—2025年)》, 652700) on the
 * sample {@code progress-bortala-2025h1.json}, as of 2025-06-30. Above-size industrial enterprises:
 * Bole 40, Alashankou 12, Jinghe 35, Wenquan 8 (95; plus 3 above-size traders in Bole and 3 small
 * industrial firms, which no denominator counts). Cultivation-pool admissions (二.1): 2023 Bole 6,
 * Alashankou 4, Jinghe 4, Wenquan 2; 2024 7, 4, 3, 1; 2025 so far 3, 1, 2, 0. Innovative SMEs: 62
 * designated, 2 of them revoked 2025-03-01. SRDI SMEs: 26. Little giants: none. Listings: one SRDI SME
 * 2025-03-18, one trader without a tier 2024-06-01.
 */
class BortalaProgressTests {

    private static final ProgressReport REPORT = report("bortala-2025h1", "652700");

    @Test
    void innovativeSmesBetweenTheExpectedValueAndTheMarginAreAtRisk() {
        TargetProgress innovative = target(REPORT, "BORTALA-TARGET-INNOVATIVE-SME-2025");

        // 62 − 2 revoked = 60. Path (2023-11-17, 37) → (2025-12-31, 70): 591 of 775 days,
        // 37 + 33 × 591 ÷ 775 = 62.17; 60 < 62.17 but 60 ≥ 62.17 − 0.1 × 33 = 58.87.
        assertThat(innovative.getActual()).isEqualByComparingTo("60");
        assertThat(innovative.getExpectedByNow()).isEqualByComparingTo("62.17");
        assertThat(innovative.getStatus()).isEqualTo(TargetProgress.StatusEnum.AT_RISK);
        assertThat(innovative.getAspirational()).isTrue();
        assertThat(innovative.getExplanation().getSteps()).anySatisfy(step -> assertThat(step.getExpression())
                .isEqualTo("37 + (70 − 37) × 591 ÷ 775 = 62.17"));
    }

    @Test
    void srdiSmesAboveTheExpectedValueAreOnTrack() {
        TargetProgress srdi = target(REPORT, "BORTALA-TARGET-SRDI-SME-2025");

        // 21 + 6 × 591 ÷ 775 = 25.58; 26 ≥ 25.58.
        assertThat(srdi.getActual()).isEqualByComparingTo("26");
        assertThat(srdi.getExpectedByNow()).isEqualByComparingTo("25.58");
        assertThat(srdi.getStatus()).isEqualTo(TargetProgress.StatusEnum.ON_TRACK);
    }

    @Test
    void noLittleGiantYetIsAnAspirationalTargetBehind() {
        TargetProgress littleGiants = target(REPORT, "BORTALA-TARGET-LITTLE-GIANT-2025");

        // 2 × 591 ÷ 775 = 1.53; 0 < 1.53 − 0.1 × 2 = 1.33.
        assertThat(littleGiants.getExpectedByNow()).isEqualByComparingTo("1.53");
        assertThat(littleGiants.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(littleGiants.getAspirational()).isTrue();
    }

    @Test
    void aListingCountsOnlyForAnEnterpriseHoldingAnSrdiTierOnTheListingDay() {
        TargetProgress listing = target(REPORT, "BORTALA-TARGET-SRDI-LISTING-2025");

        // The SRDI SME listed 2025-03-18 counts; the trader listed 2024-06-01 holds no tier.
        assertThat(listing.getActual()).isEqualByComparingTo("1");
        assertThat(listing.getCounted()).hasSize(1);
        assertThat(listing.getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
    }

    @Test
    void eachCountyMustAdmitTheLargerOfItsFloorAndTenPercentRoundedUp() {
        TargetProgress pool = target(REPORT, "BORTALA-TARGET-CULTIVATION-POOL-YEARLY");

        // Required every year: Bole max(6, ⌈4.0⌉) = 6; Alashankou max(4, ⌈1.2⌉) = 4;
        // Jinghe max(3, ⌈0.1 × 35 = 3.5⌉ = 4) = 4; Wenquan max(2, ⌈0.8⌉ = 1) = 2.
        assertThat(pool.getQuotas()).filteredOn(quota -> quota.getYear() == 2024)
                .extracting(QuotaProgress::getJurisdiction, QuotaProgress::getRatioDenominator, QuotaProgress::getRequired,
                        QuotaProgress::getActual, quota -> quota.getStatus().value())
                .containsExactly(
                        tuple("652701", 40, 6, 7, "MET"),
                        tuple("652702", 12, 4, 4, "MET"),
                        // 10 % of 35 is 3.5, so 3 admissions miss it: 3 < 4.
                        tuple("652722", 35, 4, 3, "BEHIND"),
                        // Below its floor of 2.
                        tuple("652723", 8, 2, 1, "BEHIND"));
        assertThat(pool.getQuotas()).filteredOn(quota -> quota.getYear() == 2023)
                .allSatisfy(quota -> assertThat(quota.getStatus()).isEqualTo(QuotaProgress.StatusEnum.MET));
    }

    @Test
    void theYearInProgressIsJudgedOnItsStraightPathFromZero() {
        TargetProgress pool = target(REPORT, "BORTALA-TARGET-CULTIVATION-POOL-YEARLY");

        // 2025 so far: 181 of 365 days. Bole 3 ≥ 6 × 181 ÷ 365 = 2.98 → on track; Alashankou 1 < 4 × 181 ÷ 365 − 0.4
        // = 1.58 → behind; Jinghe 2 ≥ 1.98 → on track; Wenquan 0 < 2 × 181 ÷ 365 − 0.2 = 0.79 → behind.
        assertThat(pool.getQuotas()).filteredOn(quota -> quota.getYear() == 2025)
                .extracting(QuotaProgress::getJurisdiction, quota -> quota.getStatus().value())
                .containsExactly(tuple("652701", "ON_TRACK"), tuple("652702", "BEHIND"), tuple("652722", "ON_TRACK"),
                        tuple("652723", "BEHIND"));
        // The prefecture's own ratio: 16 ÷ 95 and 15 ÷ 95 ≥ 10 %; 2025 so far 6 ÷ 95 = 0.0632 against
        // 0.1 × 181 ÷ 365 = 0.0496 → on track.
        assertThat(pool.getYears()).extracting(YearProgress::getYear, YearProgress::getNumerator, YearProgress::getDenominator,
                year -> year.getStatus().value())
                .containsExactly(tuple(2023, 16, 95, "MET"), tuple(2024, 15, 95, "MET"), tuple(2025, 6, 95, "ON_TRACK"));
        assertThat(pool.getActual()).isEqualByComparingTo("0.0632");
        assertThat(pool.getExpectedByNow()).isEqualByComparingTo("0.0496");
        // A missed year cannot be made up: the target is behind.
        assertThat(pool.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        // ⌈0.1 × 95⌉ − 6 = 4 more admissions in 2025.
        assertThat(pool.getNeededPerRemainingYear()).singleElement()
                .satisfies(need -> assertThat(need.getNeeded()).isEqualByComparingTo("4"));
    }
}
