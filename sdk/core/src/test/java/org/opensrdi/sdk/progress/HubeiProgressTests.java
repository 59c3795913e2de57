package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.progress.ProgressFixtures.report;
import static org.opensrdi.sdk.progress.ProgressFixtures.target;

import org.junit.jupiter.api.Test;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.TargetProgress;

/**
 * Progress of the Hubei measures (《關于促進專精特新中小企業高質量發展若干措施》, 420000, issued 2023-04-27)
 * on the sample {@code progress-hubei-2024.json}, as of 2024-12-31: twelve enterprises in six counties
 * of four prefectures; innovative SMEs E01–E09 (E09 revoked 2024-08-01); SRDI SMEs E01–E05, and E06
 * whose term ended 2024-06-30; little giants E01 (first 2021-07-15, re-recognised 2024-07-15) and E02.
 */
class HubeiProgressTests {

    private static final ProgressReport REPORT = report("hubei-2024", "420000");

    @Test
    void aProvinceIsItsOwnTopLevelAndCountsEveryPrefecture() {
        assertThat(REPORT.getJurisdictions()).extracting(level -> level.getJurisdiction()).containsExactly("420000");
        // E09's designation was revoked; E06's SRDI term expired.
        assertThat(target(REPORT, "HUBEI-TARGET-INNOVATIVE-SME-2025").getActual()).isEqualByComparingTo("8");
        assertThat(target(REPORT, "HUBEI-TARGET-SRDI-SME-2025").getActual()).isEqualByComparingTo("5");
    }

    @Test
    void aLittleGiantWithAFirstAndARenewedDesignationCountsOnce() {
        TargetProgress littleGiants = target(REPORT, "HUBEI-TARGET-LITTLE-GIANT-2025");

        assertThat(littleGiants.getActual()).isEqualByComparingTo("2");
        assertThat(littleGiants.getCounted()).hasSize(2).doesNotHaveDuplicates();
        // No baseline: 0 on 2023-04-26, the day before the measures; 500 × 615 ÷ 980 = 313.78 on 2024-12-31.
        assertThat(littleGiants.getExpectedByNow()).isEqualByComparingTo("313.78");
        assertThat(littleGiants.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(littleGiants.getNeededPerRemainingYear()).singleElement()
                .satisfies(need -> assertThat(need.getNeeded()).isEqualByComparingTo("498"));
    }
}
