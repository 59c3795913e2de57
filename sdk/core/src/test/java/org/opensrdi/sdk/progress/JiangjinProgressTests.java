package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opensrdi.sdk.progress.ProgressFixtures.report;
import static org.opensrdi.sdk.progress.ProgressFixtures.target;

import org.junit.jupiter.api.Test;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.YearProgress;

/**
 * Progress of the Jiangjin plan (江津府办发〔2022〕92号, 500116, Chongqing) on the sample
 * {@code progress-jiangjin-2025h1.json}, as of 2025-06-30. The plan runs 2022-01-01..2025-12-31, so
 * on the as-of date 1277 of 1461 days have passed (2021-12-31 to 2025-06-30, to 2025-12-31). The sample
 * holds 40 innovative SMEs; 21 市级 (Chongqing: PROVINCIAL) SRDI SMEs, the 21st recorded PREFECTURAL by
 * mistake; 3 little giants; SRDI demonstration enterprises 5, 5, 4 and so far 3 in 2022–2025; listings
 * of an SRDI SME (2024-06-18) and of a firm without a tier (2025-03-18); counted items.
 */
class JiangjinProgressTests {

    private static final ProgressReport REPORT = report("jiangjin-2025h1", "500116");

    @Test
    void chongqingsMunicipalLevelIsProvincialEvenWhenRecordedAsPrefectural() {
        TargetProgress srdi = target(REPORT, "JIANGJIN-TARGET-SRDI-SME-2025");

        // 20 recorded PROVINCIAL + 1 recorded PREFECTURAL by 500000 = 21 市级 SRDI SMEs.
        assertThat(srdi.getActual()).isEqualByComparingTo("21");
        // No baseline: 0 from the plan's start; 200 × 1277 ÷ 1461 = 174.81 → behind.
        assertThat(srdi.getExpectedByNow()).isEqualByComparingTo("174.81");
        assertThat(srdi.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(ProgressFixtures.level(REPORT, "500116").getNotes()).extracting(note -> note.getEn())
                .anySatisfy(note -> assertThat(note).startsWith("1 designations granted by a municipality"));
    }

    @Test
    void countedItemsTakeTheLatestCumulativeCountPlusTheAdditionsAfterIt() {
        // Digital workshops: cumulative 12 for 2022–2024, plus 4 in 2025-Q1; the 5 reported for 2023 are inside
        // the cumulative count and not added again → 16. Expected 20 × 1277 ÷ 1461 = 17.48; 16 ≥ 17.48 − 2.
        TargetProgress workshops = target(REPORT, "JIANGJIN-TARGET-DIGITAL-WORKSHOPS");
        assertThat(workshops.getActual()).isEqualByComparingTo("16");
        assertThat(workshops.getExpectedByNow()).isEqualByComparingTo("17.48");
        assertThat(workshops.getStatus()).isEqualTo(TargetProgress.StatusEnum.AT_RISK);
        assertThat(workshops.getAspirational()).isTrue();
        // Smart factories: period counts 2 + 2 = 4 ≥ 4.
        assertThat(target(REPORT, "JIANGJIN-TARGET-SMART-FACTORIES").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
        // Green factories: 2 + 2 = 4; expected 5 × 1277 ÷ 1461 = 4.37; 4 ≥ 4.37 − 0.5.
        assertThat(target(REPORT, "JIANGJIN-TARGET-GREEN-FACTORIES").getStatus()).isEqualTo(TargetProgress.StatusEnum.AT_RISK);
        // No incubator reported: 0 < 0.87 − 0.1.
        assertThat(target(REPORT, "JIANGJIN-TARGET-INCUBATOR").getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(target(REPORT, "JIANGJIN-TARGET-INNOVATION-ALLIANCE").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
        assertThat(target(REPORT, "JIANGJIN-TARGET-KEY-INDUSTRIAL-PARK").getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
    }

    @Test
    void listingsCountOnlyEnterprisesHoldingOneOfTheTiersOfTheDefinition() {
        TargetProgress listings = target(REPORT, "JIANGJIN-TARGET-LISTINGS-2025");

        // The SRDI SME listed 2024-06-18 counts; the food firm without a tier does not → 1.
        // 2 × 1277 ÷ 1461 = 1.75; 1 < 1.75 − 0.2.
        assertThat(listings.getActual()).isEqualByComparingTo("1");
        assertThat(listings.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(target(REPORT, "JIANGJIN-TARGET-LISTING-RESERVE").getActual()).isEqualByComparingTo("2");
    }

    @Test
    void demonstrationEnterprisesAreCountedEveryYearAndTheMissedYearDecides() {
        TargetProgress demonstrations = target(REPORT, "JIANGJIN-TARGET-DEMONSTRATION-YEARLY");

        // 2022 5, 2023 5, 2024 4 < 5 (over), 2025 so far 3 ≥ 5 × 181 ÷ 365 = 2.48.
        assertThat(demonstrations.getYears())
                .extracting(YearProgress::getYear, year -> year.getActual().intValue(), year -> year.getStatus().value())
                .containsExactly(tuple(2022, 5, "MET"), tuple(2023, 5, "MET"), tuple(2024, 4, "BEHIND"),
                        tuple(2025, 3, "ON_TRACK"));
        assertThat(demonstrations.getExpectedByNow()).isEqualByComparingTo("2.48");
        assertThat(demonstrations.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(demonstrations.getNeededPerRemainingYear()).singleElement()
                .satisfies(need -> assertThat(need.getNeeded()).isEqualByComparingTo("2"));
    }

    @Test
    void chongqingIsTheOnlyLevelAboveJiangjin() {
        assertThat(REPORT.getJurisdictions()).extracting(level -> level.getJurisdiction())
                .containsExactly("500116", "500000");
        assertThat(ProgressFixtures.level(REPORT, "500000").getLevel().toString()).isEqualTo("PROVINCIAL");
    }
}
