package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opensrdi.sdk.progress.ProgressFixtures.level;
import static org.opensrdi.sdk.progress.ProgressFixtures.report;

import org.junit.jupiter.api.Test;
import org.opensrdi.model.DesignationTally;
import org.opensrdi.model.JurisdictionProgress;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.TargetProgress;

/**
 * The roll-up over three levels, Jinghe 652722 → Bortala 652700 → Xinjiang 650000, on the sample
 * {@code progress-jinghe-bole-rollup-2024.json} (submitted by Bortala, as of 2024-12-31). Jinghe: J1 an
 * SRDI SME (2022-09-01) and little giant (2024-07-26); J2 an SRDI SME (2023-12-20); J3 an HTE
 * (2023-11-20) and technology-based SME (2024-05-20). Bole: B1 an SRDI SME (2024-08-26) listed
 * 2024-11-18; B2 an innovative SME (2024-07-15); B3 admitted to the cultivation pool 2024-04-10.
 */
class RollUpTests {

    private static final ProgressReport REPORT = report("jinghe-bole-rollup-2024", "652722");

    @Test
    void oneRunReportsJingheBortalaAndXinjiang() {
        assertThat(REPORT.getJurisdictions()).extracting(JurisdictionProgress::getJurisdiction, JurisdictionProgress::getName)
                .containsExactly(tuple("652722", "精河县"), tuple("652700", "博尔塔拉蒙古自治州"), tuple("650000", "新疆维吾尔自治区"));
        assertThat(level(REPORT, "652722").getTargets()).extracting(TargetProgress::getPackId).containsOnly("652722-2022-hte-doubling");
        assertThat(level(REPORT, "652700").getTargets()).extracting(TargetProgress::getPackId).containsOnly("652700-2023-srdi-doubling");
        assertThat(level(REPORT, "650000").getTargets()).isEmpty();
    }

    @Test
    void aJingheDesignationCountsInJingheAndInEveryLevelAboveIt() {
        // SRDI SMEs: Jinghe J1, J2 → 2; Bortala adds Bole's B1 → 3; Xinjiang the same 3.
        assertThat(tally(level(REPORT, "652722"), "SRDI_SME", "PROVINCIAL")).isEqualTo(2);
        assertThat(tally(level(REPORT, "652700"), "SRDI_SME", "PROVINCIAL")).isEqualTo(3);
        assertThat(tally(level(REPORT, "650000"), "SRDI_SME", "PROVINCIAL")).isEqualTo(3);
        // J1's little giant counts at all three levels.
        assertThat(tally(level(REPORT, "652722"), "LITTLE_GIANT", "NATIONAL")).isEqualTo(1);
        assertThat(tally(level(REPORT, "650000"), "LITTLE_GIANT", "NATIONAL")).isEqualTo(1);
        // Bole's innovative SME is not Jinghe's.
        assertThat(tally(level(REPORT, "652722"), "INNOVATIVE_SME", "PROVINCIAL")).isZero();
        assertThat(tally(level(REPORT, "652700"), "INNOVATIVE_SME", "PROVINCIAL")).isEqualTo(1);
    }

    @Test
    void eachLevelsTargetsCountTheEnterprisesRegisteredInIt() {
        // Jinghe's pack counts J3 only: 1 technology-based SME, 1 HTE.
        assertThat(ProgressFixtures.target(REPORT, "JINGHE-TARGET-TECH-SME-2024").getActual()).isEqualByComparingTo("1");
        assertThat(ProgressFixtures.target(REPORT, "JINGHE-TARGET-HTE-2024").getActual()).isEqualByComparingTo("1");
        // Bortala's pack counts both counties: 3 SRDI SMEs, J1 the little giant, B1's listing.
        assertThat(ProgressFixtures.target(REPORT, "BORTALA-TARGET-SRDI-SME-2025").getActual()).isEqualByComparingTo("3");
        assertThat(ProgressFixtures.target(REPORT, "BORTALA-TARGET-LITTLE-GIANT-2025").getActual()).isEqualByComparingTo("1");
        assertThat(ProgressFixtures.target(REPORT, "BORTALA-TARGET-SRDI-LISTING-2025").getStatus())
                .isEqualTo(TargetProgress.StatusEnum.MET);
        // The data cover Bortala, so only Xinjiang is said to be covered in part.
        assertThat(level(REPORT, "652700").getNotes()).isNull();
        assertThat(level(REPORT, "650000").getNotes()).extracting(note -> note.getEn())
                .containsExactly("The data come from 652700 (博尔塔拉蒙古自治州) only: actual values of 650000 count only its"
                        + " enterprises and items.", "No loaded policy pack has targets for 650000.");
    }

    private static int tally(JurisdictionProgress level, String tier, String designationLevel) {
        return level.getActiveDesignations().stream()
                .filter(tally -> tally.getTier().toString().equals(tier) && tally.getLevel().toString().equals(designationLevel))
                .mapToInt(DesignationTally::getEnterprises).sum();
    }
}
