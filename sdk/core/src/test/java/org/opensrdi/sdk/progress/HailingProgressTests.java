package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.progress.ProgressFixtures.report;
import static org.opensrdi.sdk.progress.ProgressFixtures.target;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.ConsistencyFinding;
import org.opensrdi.model.PathPoint;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.sdk.awards.PolicyPacks;

/**
 * Progress of the Hailing plan (《海陵区专精特新企业培育三年行动计划(2023-2025年)》, 321202) on the sample
 * {@code progress-hailing-2024.json}, as of 2024-12-31. The sample holds, for provincial SRDI SMEs
 * (江苏省, PROVINCIAL): A 17 designated 2022-08-15 (terms to 2025-08-14); B1–B3 designated 2021-07-20
 * (terms to 2024-07-19), B1 re-recognised 2024-07-20, B2 expired, B3 under review; C1–C6 designated
 * 2023-11-10, C6 revoked 2023-12-20; D1–D7 designated 2024-12-02. Municipal SRDI SMEs (泰州市,
 * PREFECTURAL): 25 of 2022-05-20, 9 of 2023-10-18, 8 of 2024-10-18. Little giants: 5 of 2022-08-10,
 * 1 of 2024-07-26. Listing reserve: A7 2023-06-30, A8 2024-05-15, and X1 (no SRDI tier) 2024-09-10.
 */
class HailingProgressTests {

    private static final ProgressReport REPORT = report("hailing-2024", "321202");

    @Test
    void yearlyAdditionsImplyTheBaselinesFiveNineteenAndTwentySix() {
        PolicyPack hailing = PolicyPacks.bundled("321202").get(0);
        List<ConsistencyFinding> findings = ProgressCalculator.checkConsistency(hailing);

        // 一.(三) against 二.(一): 10 − (2 + 3) = 5; 40 − (7 + 7 + 7) = 19; 50 − (8 + 8 + 8) = 26.
        assertThat(findings).filteredOn(finding -> finding.getKind() == ConsistencyFinding.KindEnum.IMPLIED_BASELINE)
                .extracting(finding -> finding.getTargetIds().get(0), finding -> finding.getImpliedValue().intValue(),
                        ConsistencyFinding::getContradiction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HAILING-TARGET-LITTLE-GIANT-2025", 5, false),
                        org.assertj.core.groups.Tuple.tuple("HAILING-TARGET-PROVINCIAL-SRDI-2025", 19, false),
                        org.assertj.core.groups.Tuple.tuple("HAILING-TARGET-MUNICIPAL-SRDI-2025", 26, false));
        assertThat(findings).filteredOn(finding -> finding.getKind() == ConsistencyFinding.KindEnum.IMPLIED_BASELINE)
                .extracting(finding -> finding.getMessage().getEn())
                .anySatisfy(message -> assertThat(message).contains("10 − (2 + 3) = 5"));
        // The pack states the same derived baselines: no mismatch, and no contradiction anywhere.
        assertThat(findings).noneMatch(ConsistencyFinding::getContradiction);
        // 二.(七): 1 + 2 + 2 = 5, the total of the listing reserve.
        assertThat(findings).filteredOn(finding -> finding.getKind() == ConsistencyFinding.KindEnum.SCHEDULE_MATCHES_TOTAL)
                .singleElement().satisfies(finding -> {
                    assertThat(finding.getTargetIds()).first().isEqualTo("HAILING-TARGET-LISTING-RESERVE-TOTAL");
                    assertThat(finding.getImpliedValue()).isEqualByComparingTo("5");
                });
        assertThat(ProgressFixtures.level(REPORT, "321202").getConsistencyFindings()).isEqualTo(findings);
    }

    @Test
    void provincialSrdiStockCountsRenewedAndUnderReviewButNotExpiredOrRevokedDesignations() {
        TargetProgress provincial = target(REPORT, "HAILING-TARGET-PROVINCIAL-SRDI-2025");

        // 17 (A) + 1 (B1, renewed) + 1 (B3, under review) + 5 (C1–C5; C6 revoked) + 7 (D) = 31; B2 expired.
        assertThat(provincial.getActual()).isEqualByComparingTo("31");
        // Path (2022-12-31, 19) → (2023-12-31, 26) → (2024-12-31, 33) → (2025-12-31, 40): 19 + 7 a year.
        assertThat(provincial.getPath()).extracting(PathPoint::getDate, point -> point.getValue().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 12, 31), 19),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 12, 31), 26),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 31), 33),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 31), 40));
        assertThat(provincial.getExpectedByNow()).isEqualByComparingTo("33");
        // 31 < 33, but 31 ≥ 33 − 0.1 × (40 − 19) = 30.9.
        assertThat(provincial.getStatus()).isEqualTo(TargetProgress.StatusEnum.AT_RISK);
        assertThat(provincial.getGap()).isEqualByComparingTo("9");
        assertThat(provincial.getNeededPerRemainingYear()).singleElement()
                .satisfies(need -> {
                    assertThat(need.getYear()).isEqualTo(2025);
                    assertThat(need.getNeeded()).isEqualByComparingTo("9");
                });
        assertThat(provincial.getAspirational()).isFalse();
    }

    @Test
    void littleGiantStockIsBehindItsScheduleFromTheImpliedBaseline() {
        TargetProgress littleGiants = target(REPORT, "HAILING-TARGET-LITTLE-GIANT-2025");

        // 5 designated 2022-08-10 + 1 designated 2024-07-26 = 6.
        assertThat(littleGiants.getActual()).isEqualByComparingTo("6");
        // No little giant is due in 2023: (2022-12-31, 5) → (2023-12-31, 5) → (2024-12-31, 7) → (2025-12-31, 10).
        assertThat(littleGiants.getPath()).extracting(point -> point.getValue().intValue()).containsExactly(5, 5, 7, 10);
        // 6 < 7 − 0.1 × (10 − 5) = 6.5 → behind.
        assertThat(littleGiants.getExpectedByNow()).isEqualByComparingTo("7");
        assertThat(littleGiants.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(littleGiants.getGap()).isEqualByComparingTo("4");
    }

    @Test
    void municipalSrdiStockOnItsScheduleIsOnTrack() {
        TargetProgress municipal = target(REPORT, "HAILING-TARGET-MUNICIPAL-SRDI-2025");

        // 25 + 9 + 8 = 42 = 26 + 8 + 8, the schedule at the end of 2024.
        assertThat(municipal.getActual()).isEqualByComparingTo("42");
        assertThat(municipal.getExpectedByNow()).isEqualByComparingTo("42");
        assertThat(municipal.getStatus()).isEqualTo(TargetProgress.StatusEnum.ON_TRACK);
    }

    @Test
    void yearlyAdditionsCountFirstDesignationsOfTheirYearMeasuredOnTheirDueDate() {
        // 2023: C1–C6 designated 2023-11-10, C6 revoked 2023-12-20 (before the due date) → 5 < 7, due → behind.
        TargetProgress provincial2023 = target(REPORT, "HAILING-TARGET-NEW-PROVINCIAL-SRDI-2023");
        assertThat(provincial2023.getEvaluationDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(provincial2023.getActual()).isEqualByComparingTo("5");
        assertThat(provincial2023.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(provincial2023.getNeededPerRemainingYear()).isNull();
        // 2024: D1–D7; B1's re-recognition of 2024-07-20 is a RENEWAL and does not count → 7 ≥ 7.
        assertThat(target(REPORT, "HAILING-TARGET-NEW-PROVINCIAL-SRDI-2024").getActual()).isEqualByComparingTo("7");
        assertThat(target(REPORT, "HAILING-TARGET-NEW-PROVINCIAL-SRDI-2024").getStatus())
                .isEqualTo(TargetProgress.StatusEnum.MET);
        // Municipal 9 ≥ 8 in 2023 and 8 ≥ 8 in 2024.
        assertThat(target(REPORT, "HAILING-TARGET-NEW-MUNICIPAL-SRDI-2023").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
        assertThat(target(REPORT, "HAILING-TARGET-NEW-MUNICIPAL-SRDI-2024").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
        // Little giants 2024: 1 < 2.
        assertThat(target(REPORT, "HAILING-TARGET-NEW-LITTLE-GIANT-2024").getActual()).isEqualByComparingTo("1");
        assertThat(target(REPORT, "HAILING-TARGET-NEW-LITTLE-GIANT-2024").getStatus())
                .isEqualTo(TargetProgress.StatusEnum.BEHIND);
    }

    @Test
    void additionsOfTheComingYearStartFromZeroAndAreOnTrack() {
        TargetProgress littleGiants2025 = target(REPORT, "HAILING-TARGET-NEW-LITTLE-GIANT-2025");

        // Path (2024-12-31, 0) → (2025-12-31, 3): expected 0 on 2024-12-31, actual 0 ≥ 0.
        assertThat(littleGiants2025.getActual()).isEqualByComparingTo("0");
        assertThat(littleGiants2025.getExpectedByNow()).isEqualByComparingTo("0");
        assertThat(littleGiants2025.getStatus()).isEqualTo(TargetProgress.StatusEnum.ON_TRACK);
        assertThat(littleGiants2025.getNeededPerRemainingYear()).singleElement()
                .satisfies(need -> assertThat(need.getNeeded()).isEqualByComparingTo("3"));
    }

    @Test
    void listingReserveCountsOnlyEnterprisesHoldingAnSrdiTierOnTheAdmissionDate() {
        // 2023: A7 → 1 ≥ 1. 2024: A8 counts, X1 holds no SRDI tier → 1 < 2.
        assertThat(target(REPORT, "HAILING-TARGET-LISTING-RESERVE-2023").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
        TargetProgress reserve2024 = target(REPORT, "HAILING-TARGET-LISTING-RESERVE-2024");
        assertThat(reserve2024.getActual()).isEqualByComparingTo("1");
        assertThat(reserve2024.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        // The total follows its yearly schedule 0 → 1 → 3 → 5: expected 3 on 2024-12-31; 2 < 3 − 0.5.
        TargetProgress total = target(REPORT, "HAILING-TARGET-LISTING-RESERVE-TOTAL");
        assertThat(total.getActual()).isEqualByComparingTo("2");
        assertThat(total.getPath()).extracting(point -> point.getValue().intValue()).containsExactly(0, 1, 3, 5);
        assertThat(total.getExpectedByNow()).isEqualByComparingTo("3");
        assertThat(total.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
    }

    @Test
    void countedItemsCountOnlyRecordsOfTheTargetsLevel() {
        // One provincial cluster reported for 2024: 1 is within 1–2.
        assertThat(target(REPORT, "HAILING-TARGET-INDUSTRIAL-CLUSTERS-2025").getStatus())
                .isEqualTo(TargetProgress.StatusEnum.MET);
        // The patent centre record says PROVINCIAL; the target counts PREFECTURAL (市级) centres → 0.
        TargetProgress centre = target(REPORT, "HAILING-TARGET-PATENT-CENTRE-2025");
        assertThat(centre.getActual()).isEqualByComparingTo("0");
        // Expected 1 × 731 ÷ 1096 = 0.67; 0 < 0.67 − 0.1 → behind.
        assertThat(centre.getExpectedByNow()).isEqualByComparingTo("0.67");
        assertThat(centre.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        // A national e-commerce demonstration enterprise designated 2024-03-15.
        assertThat(target(REPORT, "HAILING-TARGET-E-COMMERCE-2025").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
    }

    @Test
    void theReportRollsUpToTaizhouAndJiangsuWhichHaveNoTargets() {
        assertThat(REPORT.getJurisdictions()).extracting(level -> level.getJurisdiction())
                .containsExactly("321202", "321200", "320000");
        assertThat(ProgressFixtures.level(REPORT, "320000").getTargets()).isEmpty();
        assertThat(ProgressFixtures.level(REPORT, "320000").getNotes()).extracting(note -> note.getEn())
                .anySatisfy(note -> assertThat(note).contains("321202").contains("only"));
    }
}
