package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.progress.ProgressFixtures.report;
import static org.opensrdi.sdk.progress.ProgressFixtures.target;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Level;
import org.opensrdi.model.PathPoint;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.Tier;
import org.opensrdi.model.YearProgress;

/**
 * Progress of the Jinghe plan (《精河县高新技术企业倍增行动实施方案(2022—2025年)》, 652722, every target
 * 力争) on the sample {@code progress-jinghe-2024.json}, as of 2024-12-31. High-tech enterprises (HTE,
 * 自治区 PROVINCIAL): H01, H02 first 2019-11-20, re-recognised 2022-11-20; H03–H05 first 2020-10-15, H03
 * and H04 re-recognised 2023-10-15, H05 lapsed; H06–H09 first 2021-12-01, re-recognised 2024-12-01;
 * H10 first 2023-11-20; H11 (below designated size) first 2024-11-20. Above designated size: H01–H10
 * and A01–A36, 46 in all. Technology-based SMEs (one-year registrations of 05-20): T01–T11 in 2022,
 * T01–T14 in 2023, T01–T16 in 2024. HTE reserve pool: A01–A05 in 2022, A06–A11 in 2023, A12–A15 in 2024.
 */
class JingheProgressTests {

    private static final ProgressReport REPORT = report("jinghe-2024", "652722");

    @Test
    void yearlyStockTargetsAreMeasuredAtTheirOwnYearEnd() {
        // Registrations of 2022 hold 2022-05-20..2023-05-19: 11 on 2022-12-31 ≥ 10.
        assertThat(target(REPORT, "JINGHE-TARGET-TECH-SME-2022").getActual()).isEqualByComparingTo("11");
        assertThat(target(REPORT, "JINGHE-TARGET-TECH-SME-2022").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
        // 14 < 15 on 2023-12-31, 16 < 18 on 2024-12-31: due and missed.
        assertThat(target(REPORT, "JINGHE-TARGET-TECH-SME-2023").getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(target(REPORT, "JINGHE-TARGET-TECH-SME-2024").getActual()).isEqualByComparingTo("16");
        assertThat(target(REPORT, "JINGHE-TARGET-TECH-SME-2024").getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        // HTEs: 9 on 2022-12-31 (H01–H09), 9 on 2023-12-31 (H05 lapsed, H10 new), 10 on 2024-12-31 (H05 out, H11 in).
        assertThat(target(REPORT, "JINGHE-TARGET-HTE-2022").getActual()).isEqualByComparingTo("9");
        assertThat(target(REPORT, "JINGHE-TARGET-HTE-2023").getActual()).isEqualByComparingTo("9");
        assertThat(target(REPORT, "JINGHE-TARGET-HTE-2024").getActual()).isEqualByComparingTo("10");
        assertThat(target(REPORT, "JINGHE-TARGET-HTE-2024").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
    }

    @Test
    void theHeadlineTargetFollowsThePlansOwnYearlyMilestones() {
        TargetProgress techSmes = target(REPORT, "JINGHE-TARGET-TECH-SME-2025");

        // No baseline: 0 before the plan starts, then the plan's own 10, 15, 18, then 20.
        assertThat(techSmes.getPath()).extracting(PathPoint::getDate, point -> point.getValue().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 12, 31), 0),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 12, 31), 10),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 12, 31), 15),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 31), 18),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 31), 20));
        // Expected 18 on 2024-12-31; 16 < 18 but 16 ≥ 18 − 0.1 × (20 − 0) = 16 → at risk, and aspirational.
        assertThat(techSmes.getExpectedByNow()).isEqualByComparingTo("18");
        assertThat(techSmes.getStatus()).isEqualTo(TargetProgress.StatusEnum.AT_RISK);
        assertThat(techSmes.getAspirational()).isTrue();
        assertThat(techSmes.getNeededPerRemainingYear()).singleElement()
                .satisfies(need -> assertThat(need.getNeeded()).isEqualByComparingTo("4"));
        // HTEs: expected 10 (the 2024 milestone), 10 ≥ 10 → on track, 2 more in 2025.
        TargetProgress hte = target(REPORT, "JINGHE-TARGET-HTE-2025");
        assertThat(hte.getExpectedByNow()).isEqualByComparingTo("10");
        assertThat(hte.getStatus()).isEqualTo(TargetProgress.StatusEnum.ON_TRACK);
        assertThat(hte.getGap()).isEqualByComparingTo("2");
    }

    @Test
    void aShareThatRoundsToTwentyPercentIsNotMet() {
        TargetProgress share = target(REPORT, "JINGHE-TARGET-HTE-SHARE-2025");

        // H01–H04, H06–H10 are HTEs above designated size (H11 is not): 9 of 46.
        assertThat(share.getNumerator()).isEqualTo(9);
        assertThat(share.getDenominator()).isEqualTo(46);
        // 9 ÷ 46 = 0.195652… shows as 0.1957 ("20 %" to a whole percent), but 9 ≥ 0.20 × 46 = 9.2 is false.
        assertThat(share.getActual()).isEqualByComparingTo("0.1957");
        assertThat(share.getStatus()).isNotEqualTo(TargetProgress.StatusEnum.MET);
        // 0.2 − 0.195652… = 0.004348…, rounded up: 0.0044; ⌈9.2⌉ − 9 = 1 more HTE above designated size.
        assertThat(share.getGap()).isEqualByComparingTo("0.0044");
        assertThat(share.getNeededPerRemainingYear()).singleElement()
                .satisfies(need -> assertThat(need.getNeeded()).isEqualByComparingTo("1"));
        // Path 0 → 0.2 over 2021-12-31..2025-12-31: 0.2 × 1096 ÷ 1461 = 0.1500; 9 × 1461 ≥ 0.2 × 1096 × 46 → on track.
        assertThat(share.getExpectedByNow()).isEqualByComparingTo("0.1500");
        assertThat(share.getStatus()).isEqualTo(TargetProgress.StatusEnum.ON_TRACK);
        assertThat(share.getExplanation().getSteps()).anySatisfy(step -> assertThat(step.getExpression())
                .isEqualTo("9 ≥ 0.2 × 46 = 9.2 → false"));
        // The count among above-size enterprises is met: 9 ≥ 6.
        assertThat(target(REPORT, "JINGHE-TARGET-HTE-ABOVE-SIZE-2025").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
    }

    @Test
    void aShareThatRoundsToTwentyPercentIsBehindOnItsDueDate() {
        // 46 enterprises above designated size in Jinghe, 9 of them HTEs through 2027: as of the due date,
        // 9 ≥ 0.2 × 46 = 9.2 is false → behind, although 9 ÷ 46 shows as 20 % to a whole percent.
        ProgressData.Builder data = ProgressData.builder();
        for (int i = 1; i <= 46; i++) {
            String uscc = ProgressFixtures.uscc("652722", i);
            data.enterprise(ProgressFixtures.enterprise(uscc, "652722"));
            if (i <= 9) {
                data.designation(ProgressFixtures.designation(uscc, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, "650000",
                        "2024-12-01", "2027-11-30", RecognitionType.FIRST, Designation.StatusEnum.ACTIVE));
            }
        }
        ProgressReport report = ProgressFixtures.BUNDLED.calculate(data.build(), "652722", LocalDate.of(2025, 12, 31));

        TargetProgress share = target(report, "JINGHE-TARGET-HTE-SHARE-2025");
        assertThat(share.getActual()).isEqualByComparingTo("0.1957");
        assertThat(share.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(share.getNeededPerRemainingYear()).isNull();
    }

    @Test
    void anAspirationalTargetBehindIsFlaggedNotSoftened() {
        TargetProgress pool = target(REPORT, "JINGHE-TARGET-HTE-RESERVE-POOL-2025");

        // Admissions 5 + 6 + 4 = 15; expected 25 × 1096 ÷ 1461 = 18.75; 15 < 18.75 − 0.1 × 25 = 16.25 → behind.
        assertThat(pool.getActual()).isEqualByComparingTo("15");
        assertThat(pool.getExpectedByNow()).isEqualByComparingTo("18.75");
        assertThat(pool.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(pool.getAspirational()).isTrue();
        assertThat(pool.getGap()).isEqualByComparingTo("10");
    }

    @Test
    void theReRecognitionRateIsJudgedYearByYearAndAMissedYearStaysMissed() {
        TargetProgress rate = target(REPORT, "JINGHE-TARGET-HTE-RERECOGNITION-RATE");

        // 2022: H01, H02 end 2022-11-19, both renewed 2022-11-20 → 2 ÷ 2.
        // 2023: H03–H05 end 2023-10-14, H03, H04 renewed → 2 ÷ 3; 2 ≥ 0.9 × 3 = 2.7 is false.
        // 2024: H06–H09 end 2024-11-30, all renewed 2024-12-01 → 4 ÷ 4.
        assertThat(rate.getYears()).extracting(YearProgress::getYear, YearProgress::getNumerator,
                YearProgress::getDenominator, year -> year.getStatus().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2022, 2, 2, "MET"),
                        org.assertj.core.groups.Tuple.tuple(2023, 2, 3, "BEHIND"),
                        org.assertj.core.groups.Tuple.tuple(2024, 4, 4, "MET"));
        assertThat(rate.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(rate.getActual()).isEqualByComparingTo("1");
        // 2025: H01 and H02's renewed terms end 2025-11-19 → ⌈0.9 × 2⌉ = 2 re-recognitions needed.
        assertThat(rate.getNeededPerRemainingYear()).singleElement().satisfies(need -> {
            assertThat(need.getYear()).isEqualTo(2025);
            assertThat(need.getNeeded()).isEqualByComparingTo("2");
        });
    }

    @Test
    void bortalaAboveJingheCountsOnlyJinghesEnterprisesAndSaysSo() {
        assertThat(REPORT.getJurisdictions()).extracting(level -> level.getJurisdiction())
                .containsExactly("652722", "652700", "650000");
        assertThat(ProgressFixtures.level(REPORT, "652700").getNotes()).extracting(note -> note.getZh())
                .anySatisfy(note -> assertThat(note).contains("数据仅来自精河县（652722）"));
    }
}
