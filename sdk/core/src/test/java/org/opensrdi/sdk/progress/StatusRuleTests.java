package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.opensrdi.sdk.progress.ProgressFixtures.countTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensrdi.model.Baseline;
import org.opensrdi.model.ConsistencyFinding;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Level;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Target;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.Tier;
import org.opensrdi.model.YearNeed;

/**
 * The status rule of spec/docs/progress.md §5–§9 on a made-up target whose path is easy to follow:
 * 73 high-tech enterprises by 2023-12-31 from a baseline of 0 on 2022-12-31, so one is expected every
 * five days: 13 on 2023-03-06 (65 days), with an AT_RISK margin of 0.1 × 73 = 7.3.
 */
class StatusRuleTests {

    private static final String JINGHE = "652722";
    private static final Target TARGET = countTarget("HTE-73", JINGHE, ProgressFixtures.stock(Tier.HIGH_TECH_ENTERPRISE),
            "73", "2023-12-31").baseline(new Baseline().value(BigDecimal.ZERO).date(LocalDate.of(2022, 12, 31)));

    private static TargetProgress withEnterprises(int enterprises, LocalDate asOf, Target... targets) {
        ProgressData.Builder data = ProgressData.builder();
        for (int i = 1; i <= enterprises; i++) {
            String uscc = ProgressFixtures.uscc(JINGHE, i);
            data.enterprise(ProgressFixtures.enterprise(uscc, JINGHE));
            data.designation(ProgressFixtures.designation(uscc, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, "650000",
                    "2022-11-20", "2025-11-19", RecognitionType.FIRST, Designation.StatusEnum.ACTIVE));
        }
        ProgressCalculator calculator = ProgressCalculator.builder().pack(ProgressFixtures.pack(JINGHE, targets)).build();
        return ProgressFixtures.target(calculator.calculate(data.build(), JINGHE, asOf), targets[0].getId());
    }

    @ParameterizedTest(name = "{0} enterprises on 2023-03-06 → {1}")
    @CsvSource({
        // 73 ≥ 73.
        "73, MET",
        // Exactly on the path: 13 ≥ 73 × 65 ÷ 365 = 13.
        "13, ON_TRACK",
        // 6 < 13, but 6 ≥ 13 − 7.3 = 5.7.
        "6, AT_RISK",
        // 5 < 5.7.
        "5, BEHIND"})
    void theStatusComparesTheActualValueWithTheStraightPath(int enterprises, String status) {
        TargetProgress progress = withEnterprises(enterprises, LocalDate.of(2023, 3, 6), TARGET);

        assertThat(progress.getExpectedByNow()).isEqualByComparingTo("13");
        assertThat(progress.getStatus().value()).isEqualTo(status);
    }

    @Test
    void aTargetMissedOnItsDueDateIsBehindWhateverThePath() {
        TargetProgress progress = withEnterprises(72, LocalDate.of(2024, 6, 30), TARGET);

        // Measured on 2023-12-31: 72 < 73.
        assertThat(progress.getEvaluationDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(progress.getStatus()).isEqualTo(TargetProgress.StatusEnum.BEHIND);
        assertThat(progress.getGap()).isEqualByComparingTo("1");
        assertThat(progress.getNeededPerRemainingYear()).isNull();
    }

    @Test
    void theShortfallIsSpreadOverTheRemainingYearsLargerSharesFirst() {
        Target five = countTarget("HTE-5", JINGHE, ProgressFixtures.stock(Tier.HIGH_TECH_ENTERPRISE), "5", "2025-12-31");

        TargetProgress progress = withEnterprises(0, LocalDate.of(2023, 3, 6), five);

        // 5 over 2023, 2024, 2025: ⌈5 ÷ 3⌉ = 2, ⌈3 ÷ 2⌉ = 2, 1.
        assertThat(progress.getNeededPerRemainingYear()).extracting(YearNeed::getYear, need -> need.getNeeded().intValue())
                .containsExactly(tuple(2023, 2), tuple(2024, 2), tuple(2025, 1));
        // On 31 December the year is over: the shortfall goes to the next years.
        assertThat(withEnterprises(0, LocalDate.of(2023, 12, 31), five).getNeededPerRemainingYear())
                .extracting(YearNeed::getYear, need -> need.getNeeded().intValue())
                .containsExactly(tuple(2024, 3), tuple(2025, 2));
    }

    @Test
    void theExplanationShowsEveryStepWithItsArithmetic() {
        TargetProgress progress = withEnterprises(6, LocalDate.of(2023, 3, 6), TARGET);

        assertThat(progress.getExplanation().getCalculator()).isEqualTo("progress");
        assertThat(progress.getExplanation().getRuleSet()).isEqualTo("652722-2023-test@0.1.0");
        assertThat(progress.getExplanation().getSteps()).extracting(step -> step.getId())
                .containsSubsequence("evaluationDate", "actual", "met", "path", "expected", "status", "gap", "needed");
        assertThat(progress.getExplanation().getSteps()).anySatisfy(step ->
                assertThat(step.getExpression()).isEqualTo("0 + (73 − 0) × 65 ÷ 365 = 13"));
        assertThat(progress.getExplanation().getOutcome()).isEqualTo("AT_RISK");
    }

    @Test
    void yearlyAdditionsAboveTheCumulativeTargetAreAContradiction() {
        PolicyPack pack = ProgressFixtures.pack(JINGHE,
                countTarget("CUMULATIVE", JINGHE, ProgressFixtures.stock(Tier.SRDI_SME), "10", "2025-12-31"),
                countTarget("NEW-2023", JINGHE, ProgressFixtures.flow(Tier.SRDI_SME, "2023-01-01", "2023-12-31"), "4", "2023-12-31"),
                countTarget("NEW-2024", JINGHE, ProgressFixtures.flow(Tier.SRDI_SME, "2024-01-01", "2024-12-31"), "4", "2024-12-31"),
                countTarget("NEW-2025", JINGHE, ProgressFixtures.flow(Tier.SRDI_SME, "2025-01-01", "2025-12-31"), "4", "2025-12-31"));

        List<ConsistencyFinding> findings = ProgressCalculator.checkConsistency(pack);

        // 10 − (4 + 4 + 4) = −2.
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.getKind()).isEqualTo(ConsistencyFinding.KindEnum.SCHEDULE_EXCEEDS_TOTAL);
            assertThat(finding.getContradiction()).isTrue();
            assertThat(finding.getImpliedValue()).isEqualByComparingTo("12");
            assertThat(finding.getMessage().getEn()).contains("10 − (4 + 4 + 4) = -2");
        });
    }

    @Test
    void aStatedBaselineThatTheYearlyAdditionsContradictIsReported() {
        PolicyPack pack = ProgressFixtures.pack(JINGHE,
                countTarget("CUMULATIVE", JINGHE, ProgressFixtures.stock(Tier.SRDI_SME), "20", "2025-12-31")
                        .baseline(new Baseline().value(new BigDecimal("5")).date(LocalDate.of(2022, 12, 31))),
                countTarget("NEW-2024", JINGHE, ProgressFixtures.flow(Tier.SRDI_SME, "2024-01-01", "2024-12-31"), "6", "2024-12-31"),
                countTarget("NEW-2025", JINGHE, ProgressFixtures.flow(Tier.SRDI_SME, "2025-01-01", "2025-12-31"), "6", "2025-12-31"));

        // 20 − (6 + 6) = 8, but the plan says 5.
        assertThat(ProgressCalculator.checkConsistency(pack))
                .extracting(ConsistencyFinding::getKind, finding -> finding.getImpliedValue().intValue(),
                        ConsistencyFinding::getContradiction)
                .containsExactly(tuple(ConsistencyFinding.KindEnum.IMPLIED_BASELINE, 8, false),
                        tuple(ConsistencyFinding.KindEnum.BASELINE_MISMATCH, 8, true));
    }

    @Test
    void aYearlyScheduleCoveringEveryYearBelowItsTotalIsReported() {
        PolicyPack pack = ProgressFixtures.pack(JINGHE,
                countTarget("TOTAL", JINGHE, ProgressFixtures.flow(Tier.LISTING_RESERVE, "2023-01-01", "2025-12-31"), "6", "2025-12-31"),
                countTarget("Y2023", JINGHE, ProgressFixtures.flow(Tier.LISTING_RESERVE, "2023-01-01", "2023-12-31"), "1", "2023-12-31"),
                countTarget("Y2024", JINGHE, ProgressFixtures.flow(Tier.LISTING_RESERVE, "2024-01-01", "2024-12-31"), "2", "2024-12-31"),
                countTarget("Y2025", JINGHE, ProgressFixtures.flow(Tier.LISTING_RESERVE, "2025-01-01", "2025-12-31"), "2", "2025-12-31"));

        // 1 + 2 + 2 = 5 < 6 with every year scheduled.
        assertThat(ProgressCalculator.checkConsistency(pack)).singleElement().satisfies(finding -> {
            assertThat(finding.getKind()).isEqualTo(ConsistencyFinding.KindEnum.SCHEDULE_BELOW_TOTAL);
            assertThat(finding.getTargetIds()).containsExactly("TOTAL", "Y2023", "Y2024", "Y2025");
        });
    }
}
