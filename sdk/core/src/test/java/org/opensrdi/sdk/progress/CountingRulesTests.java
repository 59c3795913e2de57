package org.opensrdi.sdk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensrdi.sdk.progress.ProgressFixtures.countTarget;
import static org.opensrdi.sdk.progress.ProgressFixtures.designation;
import static org.opensrdi.sdk.progress.ProgressFixtures.enterprise;
import static org.opensrdi.sdk.progress.ProgressFixtures.uscc;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.Citation;
import org.opensrdi.model.CountMetric;
import org.opensrdi.model.CountedItem;
import org.opensrdi.model.CountedItemKind;
import org.opensrdi.model.DateRange;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Event;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.Level;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Target;
import org.opensrdi.model.TargetProgress;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * The data rules of spec/docs/progress.md §3–§4, each on the smallest data that shows it, through
 * {@link ProgressCalculator}: deduplication by USCC, which designations hold on a date, first
 * designations only in flows, enterprises counted by registration, counted items and ratios.
 */
class CountingRulesTests {

    private static final String JINGHE = "652722";
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final String A = uscc(JINGHE, 1);
    private static final String B = uscc(JINGHE, 2);
    private static final String C = uscc(JINGHE, 3);
    private static final String D = uscc(JINGHE, 4);

    private static final Target SRDI_STOCK = countTarget("SRDI-STOCK", JINGHE,
            ProgressFixtures.stock(Tier.SRDI_SME), "10", "2025-12-31");

    private static TargetProgress evaluate(Target target, ProgressData data, LocalDate asOf) {
        ProgressReport report = ProgressCalculator.builder().pack(ProgressFixtures.pack(JINGHE, target)).build()
                .calculate(data, JINGHE, asOf);
        return ProgressFixtures.target(report, target.getId());
    }

    private static Designation srdi(String who, String date, String termEnd, RecognitionType type,
            Designation.StatusEnum status) {
        return designation(who, Tier.SRDI_SME, Level.PROVINCIAL, "650000", date, termEnd, type, status);
    }

    @Test
    void anEnterpriseCountsOnceWhateverTheNumberOfItsRecords() {
        ProgressData data = ProgressData.builder()
                .enterprise(enterprise(A, JINGHE))
                .enterprise(enterprise(A, JINGHE))
                .designation(srdi(A, "2023-06-01", "2026-05-31", RecognitionType.FIRST, Designation.StatusEnum.ACTIVE))
                .designation(srdi(A, "2023-06-01", "2026-05-31", RecognitionType.FIRST, Designation.StatusEnum.ACTIVE))
                .designation(designation(A, Tier.SRDI_SME, Level.PREFECTURAL, "652700", "2022-06-01", "2025-05-31",
                        RecognitionType.FIRST, Designation.StatusEnum.ACTIVE))
                .build();

        TargetProgress progress = evaluate(SRDI_STOCK, data, AS_OF);

        // One USCC: two identical enterprise records, three designations at two levels → 1.
        assertThat(progress.getActual()).isEqualByComparingTo("1");
        assertThat(progress.getCounted()).containsExactly(A);
    }

    @Test
    void revokedAndExpiredDesignationsDoNotCountButOnesUnderReviewDo() {
        ProgressData data = ProgressData.builder()
                .enterprise(enterprise(A, JINGHE)).enterprise(enterprise(B, JINGHE))
                .enterprise(enterprise(C, JINGHE)).enterprise(enterprise(D, JINGHE))
                .designation(srdi(A, "2023-06-01", "2026-05-31", RecognitionType.FIRST, Designation.StatusEnum.ACTIVE))
                .designation(srdi(B, "2023-06-01", "2026-05-31", RecognitionType.FIRST, Designation.StatusEnum.REVOKED)
                        .revocationDate(LocalDate.of(2024, 3, 1)))
                .designation(srdi(C, "2021-06-01", "2024-05-31", RecognitionType.FIRST, Designation.StatusEnum.EXPIRED))
                .designation(srdi(D, "2021-06-01", "2024-05-31", RecognitionType.FIRST, Designation.StatusEnum.UNDER_REVIEW))
                .dataAsOf(AS_OF)
                .build();

        // A active; B revoked 2024-03-01; C's term ended 2024-05-31; D's too, but it is under review → A, D.
        assertThat(evaluate(SRDI_STOCK, data, AS_OF).getCounted()).containsExactly(A, D);
        // B was still valid before its revocation: on 2024-02-29 A, B, D (C until 2024-05-31 too).
        assertThat(evaluate(SRDI_STOCK, data, LocalDate.of(2024, 2, 29)).getCounted()).containsExactly(A, B, C, D);
    }

    @Test
    void aDesignationUnderReviewHoldsOnlyUpToTheDatasAsOfDate() {
        ProgressData data = ProgressData.builder().enterprise(enterprise(D, JINGHE))
                .designation(srdi(D, "2021-06-01", "2024-05-31", RecognitionType.FIRST, Designation.StatusEnum.UNDER_REVIEW))
                .dataAsOf(LocalDate.of(2024, 9, 30))
                .build();

        assertThat(evaluate(SRDI_STOCK, data, LocalDate.of(2024, 9, 30)).getActual()).isEqualByComparingTo("1");
        // The data say nothing about the review after 2024-09-30.
        assertThat(evaluate(SRDI_STOCK, data, LocalDate.of(2024, 10, 1)).getActual()).isEqualByComparingTo("0");
    }

    @Test
    void flowsCountFirstDesignationsOnlyAndEnterprisesRegisteredBelowTheJurisdiction() {
        Target flow = countTarget("SRDI-NEW-2024", JINGHE,
                ProgressFixtures.flow(Tier.SRDI_SME, "2024-01-01", "2024-12-31"), "3", "2024-12-31");
        String bole = uscc("652701", 9);
        ProgressData data = ProgressData.builder()
                .enterprise(enterprise(A, JINGHE)).enterprise(enterprise(B, JINGHE)).enterprise(enterprise(bole, "652701"))
                .designation(srdi(A, "2024-03-01", "2027-02-28", RecognitionType.FIRST, Designation.StatusEnum.ACTIVE))
                .designation(srdi(B, "2021-03-01", "2024-02-29", RecognitionType.FIRST, Designation.StatusEnum.EXPIRED))
                .designation(srdi(B, "2024-03-01", "2027-02-28", RecognitionType.RENEWAL, Designation.StatusEnum.ACTIVE))
                .designation(srdi(bole, "2024-03-01", "2027-02-28", RecognitionType.FIRST, Designation.StatusEnum.ACTIVE))
                .build();

        // A is new in 2024; B's 2024 record is a renewal; the Bole enterprise is not in Jinghe → 1.
        assertThat(evaluate(flow, data, AS_OF).getCounted()).containsExactly(A);
    }

    @Test
    void eventsCountEnterprisesNotEvents() {
        Target listings = countTarget("LISTINGS", JINGHE, new CountMetric().kind(CountMetric.KindEnum.EVENT_FLOW)
                .eventKind(EventKind.LISTING).period(new DateRange().start(LocalDate.of(2023, 1, 1))
                        .end(LocalDate.of(2025, 12, 31))), "2", "2025-12-31");
        ProgressData data = ProgressData.builder().enterprise(enterprise(A, JINGHE))
                .event(new Event().enterpriseUscc(A).kind(EventKind.LISTING).date(LocalDate.of(2024, 3, 1)))
                .event(new Event().enterpriseUscc(A).kind(EventKind.LISTING).date(LocalDate.of(2024, 9, 1)))
                .build();

        // A listed in two markets is one enterprise listed (the plans count 家).
        assertThat(evaluate(listings, data, AS_OF).getActual()).isEqualByComparingTo("1");
    }

    @Test
    void countedItemsWithoutACumulativeRecordAreSummed() {
        Target incubators = countTarget("INCUBATORS", JINGHE, new CountMetric().kind(CountMetric.KindEnum.COUNTED_ITEMS)
                .countedItemKind(CountedItemKind.SME_INCUBATOR).period(new DateRange().start(LocalDate.of(2023, 1, 1))
                        .end(LocalDate.of(2025, 12, 31))), "5", "2025-12-31");
        ProgressData data = ProgressData.builder()
                .countedItem(item(JINGHE, "2023-01-01", "2023-12-31", 1))
                .countedItem(item(JINGHE, "2024-01-01", "2024-12-31", 2))
                // Before the target's period: outside the window.
                .countedItem(item(JINGHE, "2022-01-01", "2022-12-31", 7))
                // Not finished on the as-of date.
                .countedItem(item(JINGHE, "2024-07-01", "2025-06-30", 4))
                // Another county.
                .countedItem(item("652701", "2024-01-01", "2024-12-31", 9))
                .build();

        assertThat(evaluate(incubators, data, AS_OF).getActual()).isEqualByComparingTo("3");
    }

    @Test
    void aShareOfAnEmptyTotalIsMet() {
        Target share = new Target().id("SHARE").title(new LocalizedText().zh("比例").en("share")).jurisdiction(JINGHE)
                .metricKind(Target.MetricKindEnum.RATIO).numerator(ProgressFixtures.stock(Tier.HIGH_TECH_ENTERPRISE)
                        .aboveDesignatedSizeOnly(true))
                .denominator(new CountMetric().kind(CountMetric.KindEnum.ENTERPRISE_STOCK).aboveDesignatedSizeOnly(true))
                .comparator(Target.ComparatorEnum.AT_LEAST).value(new BigDecimal("0.20"))
                .dueDate(LocalDate.of(2025, 12, 31)).citation(new Citation().documentTitle("测试").clause("一"));

        TargetProgress progress = evaluate(share, ProgressData.builder().build(), AS_OF);

        // 0 ≥ 0.20 × 0: nothing to ask a share of.
        assertThat(progress.getDenominator()).isZero();
        assertThat(progress.getStatus()).isEqualTo(TargetProgress.StatusEnum.MET);
        assertThat(progress.getExplanation().getSteps()).anySatisfy(step -> assertThat(step.getDescription().getEn())
                .startsWith("Denominator 0"));
    }

    @Test
    void anUnknownJurisdictionIsMisuse() {
        ProgressCalculator calculator = ProgressCalculator.builder().build();

        assertThatThrownBy(() -> calculator.calculate(ProgressData.builder().build(), "659999", AS_OF))
                .isInstanceOf(OpenSrdiException.class).hasMessageContaining("659999");
        assertThat(ProgressCalculator.jurisdictionChain("652722")).containsExactly("652722", "652700", "650000");
        assertThat(ProgressCalculator.jurisdictionChain("000000")).containsExactly("000000");
    }

    private static CountedItem item(String jurisdiction, String start, String end, int count) {
        return new CountedItem().jurisdiction(jurisdiction).kind(CountedItemKind.SME_INCUBATOR)
                .period(new DateRange().start(LocalDate.parse(start)).end(LocalDate.parse(end))).count(count)
                .cumulative(false);
    }
}
