package org.opensrdi.sdk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.awards.Records.WUHAN;
import static org.opensrdi.sdk.awards.Records.line;
import static org.opensrdi.sdk.awards.Records.yuan;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.DateRange;
import org.opensrdi.model.Event;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.Level;
import org.opensrdi.model.PlatformType;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.TraceParameter;
import org.opensrdi.model.TraceStep;
import org.opensrdi.model.Tier;

/**
 * The Hubei pack (420000-2023-srdi-measures): every award rule at its edges. Figures are from
 * 《關于促進專精特新中小企業高質量發展若干措施》 (2023-04-27); the clause is quoted at each test.
 */
class HubeiAwardTests {

    private static final String AS_OF = "2025-06-30";

    /** An SRDI SME in Wuhan: most Hubei rules require one (assumption HUBEI_SRDI_SCOPE). */
    private static Records srdiSme() {
        Records records = new Records().enterprise(WUHAN, "420111");
        records.designation("HB-D-1", WUHAN, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.FIRST, "2023-06-01");
        return records;
    }

    private static Event rdCentre(Records records, String cost, Boolean servesIndustry) {
        return records.event("HB-E-1", WUHAN, EventKind.RD_CENTRE_CONSTRUCTION, "2024-12-20").constructionCost(yuan(cost))
                .servesIndustry(servesIndustry)
                .constructionPeriod(new DateRange().start(LocalDate.of(2022, 4, 1)).end(LocalDate.of(2024, 12, 20)));
    }

    // 二: "對牽頭建設研發中心、創新平臺3年內建設費用達到2000萬元以上的,省級按照10%比例給予最高500萬元補貼"

    @Test
    void rdCentreThresholdExactlyMetPaysTenPercent() {
        Records records = srdiSme();
        rdCentre(records, "20000000", false);
        AwardResult result = records.awards(AS_OF, "420000");
        AwardLine line = line(result, "HUBEI-AWARD-RD-CENTRE");
        // 20,000,000 ≥ 20,000,000 (以上 includes the figure); 20000000 × 0.10 = 2000000.00
        assertThat(line.amount()).isEqualTo(Amount.exact(yuan("2000000")));
        assertThat(line.payer()).contains("420000");
        assertThat(line.explanation().getSteps()).extracting(TraceStep::getExpression)
                .contains("20000000 ≥ 20000000", "20000000 × 0.10 = 2000000.00");
    }

    @Test
    void rdCentreThresholdMissedByOneFenPaysNothing() {
        Records records = srdiSme();
        rdCentre(records, "19999999.99", false);
        AwardResult result = records.awards(AS_OF, "420000");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.BELOW_THRESHOLD);
    }

    @Test
    void rdCentreCapIsHitExactlyAtFiftyMillion() {
        Records records = srdiSme();
        rdCentre(records, "50000000", false);
        AwardResult result = records.awards(AS_OF, "420000");
        // 50000000 × 0.10 = 5000000.00 = the cap 最高500萬元
        assertThat(line(result, "HUBEI-AWARD-RD-CENTRE").amount()).isEqualTo(Amount.exact(yuan("5000000")));
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.CAP_REACHED);
    }

    @Test
    void rdCentreRoundsOnceAfterTheProductAndBelowTheCapNoCapWarning() {
        Records records = srdiSme();
        rdCentre(records, "49999999.99", false);
        AwardResult result = records.awards(AS_OF, "420000");
        // 49999999.99 × 0.10 = 4999999.999 < 5000000 (no cap); HALF_UP to fen → 5000000.00
        AwardLine line = line(result, "HUBEI-AWARD-RD-CENTRE");
        assertThat(line.amount()).isEqualTo(Amount.exact(yuan("5000000.00")));
        assertThat(line.explanation().getSteps()).extracting(TraceStep::getExpression)
                .contains("49999999.99 × 0.10 = 4999999.999", "4999999.999 → 5000000.00 (HALF_UP)");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void rdCentreServingTheIndustryIsARangeFromTenToTwentyPercentEachCapped() {
        // 補助比例可提至最高20% (upTo), and the 500萬 cap read as applying to it (HUBEI_RD_CENTRE_CAP_APPLIES).
        // spec/examples/events/rd-centre-construction.json: 26,800,000.
        // 26800000 × 0.10 = 2680000.00; 26800000 × 0.20 = 5360000.00 ≥ 5000000 → 5000000.00
        Records records = srdiSme();
        rdCentre(records, "26800000", true);
        AwardResult result = records.awards(AS_OF, "420000");
        AwardLine line = line(result, "HUBEI-AWARD-RD-CENTRE");
        assertThat(line.amount()).isEqualTo(Amount.range(yuan("2680000"), yuan("5000000")));
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.CAP_REACHED);
        assertThat(line.explanation().getParameters()).filteredOn(p -> p.getId().equals("HUBEI-AWARD-RD-CENTRE"))
                .flatExtracting(TraceParameter::getAssumptions).extracting(a -> a.getId())
                .contains("HUBEI_RD_CENTRE_CAP_APPLIES");
    }

    @Test
    void rdCentreServingTheIndustryBelowTheCapIsTheFullRange() {
        Records records = srdiSme();
        rdCentre(records, "20000000", true);
        // 20000000 × 0.10 = 2000000.00; 20000000 × 0.20 = 4000000.00 < 5000000
        assertThat(line(records.awards(AS_OF, "420000"), "HUBEI-AWARD-RD-CENTRE").amount())
                .isEqualTo(Amount.range(yuan("2000000"), yuan("4000000")));
    }

    @Test
    void rdCentreServingTheIndustryCollapsesToTheCapFromFiftyMillion() {
        Records records = srdiSme();
        rdCentre(records, "60000000", true);
        // 60000000 × 0.10 = 6000000 ≥ 5000000 and 60000000 × 0.20 = 12000000 ≥ 5000000: both ends 5000000.00
        assertThat(line(records.awards(AS_OF, "420000"), "HUBEI-AWARD-RD-CENTRE").amount())
                .isEqualTo(Amount.exact(yuan("5000000")));
    }

    @Test
    void rdCentreCostsSpentOverMoreThanThreeYearsPayNothing() {
        // 3年內: 2022-04-01 + 3 years = 2025-04-01; a period ending on 2025-03-31 is inside, on 2025-04-01 not.
        Records inside = srdiSme();
        rdCentre(inside, "20000000", false).getConstructionPeriod().end(LocalDate.of(2025, 3, 31));
        assertThat(inside.awards(AS_OF, "420000").lines()).hasSize(1);
        Records outside = srdiSme();
        rdCentre(outside, "20000000", false).getConstructionPeriod().end(LocalDate.of(2025, 4, 1));
        AwardResult result = outside.awards(AS_OF, "420000");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.BASE_PERIOD_TOO_LONG);
    }

    @Test
    void rdCentreOfAnEnterpriseWithoutSrdiDesignationPaysNothing() {
        Records records = new Records().enterprise(WUHAN, "420111");
        rdCentre(records, "20000000", false);
        AwardResult result = records.awards(AS_OF, "420000");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.REQUIRED_TIER_NOT_HELD);
    }

    @Test
    void nationalInnovationCentreIsNotLessThanTenMillionWithAnOpenTop() {
        // 二: "對獲批國家技術創新中心…一次性補助建設經費不低于1000萬元"
        Records records = srdiSme();
        records.event("HB-E-2", WUHAN, EventKind.PLATFORM_APPROVAL, "2024-12-10").level(Level.NATIONAL)
                .platformType(PlatformType.MANUFACTURING_INNOVATION_CENTRE);
        AwardResult result = records.awards(AS_OF, "420000");
        Amount amount = line(result, "HUBEI-AWARD-NATIONAL-INNOVATION-CENTRE").amount();
        assertThat(amount).isEqualTo(Amount.atLeast(yuan("10000000")));
        assertThat(amount.maximum()).isEmpty();
        assertThat(result.total(WUHAN).maximum()).isEmpty();
        assertThat(result.total(WUHAN).minimum()).isEqualByComparingTo("10000000");
    }

    @Test
    void nationalEnterpriseTechnologyCentrePaysFiveMillionButAProvincialOneNothing() {
        // 二: "獲批全國重點實驗室、國家工程研究中心、國家企業技術中心的,一次性補助建設經費500萬元"
        Records records = srdiSme();
        records.event("HB-E-3", WUHAN, EventKind.PLATFORM_APPROVAL, "2024-12-10").level(Level.NATIONAL)
                .platformType(PlatformType.ENTERPRISE_TECHNOLOGY_CENTRE);
        records.event("HB-E-4", WUHAN, EventKind.PLATFORM_APPROVAL, "2024-12-11").level(Level.PROVINCIAL)
                .platformType(PlatformType.ENTERPRISE_TECHNOLOGY_CENTRE);
        AwardResult result = records.awards(AS_OF, "420000");
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.ruleId()).isEqualTo("HUBEI-AWARD-NATIONAL-LABORATORY");
            assertThat(line.record()).isEqualTo("event[HB-E-3]");
            assertThat(line.amount()).isEqualTo(Amount.exact(yuan("5000000")));
        });
    }

    @Test
    void openCompetitionProjectIsUpToTenMillion() {
        // 二: "對完成省級“揭榜掛帥”的項目按相關政策規定給予最高1000萬元獎勵" → 0 to 10,000,000
        Records records = srdiSme();
        records.event("HB-E-5", WUHAN, EventKind.PROJECT_COMPLETION, "2024-11-28").level(Level.PROVINCIAL);
        assertThat(line(records.awards(AS_OF, "420000"), "HUBEI-AWARD-OPEN-COMPETITION").amount())
                .isEqualTo(Amount.range(yuan("0"), yuan("10000000")));
    }

    @Test
    void identifierNodeIsUpToOneMillion() {
        // 六: "擇優給予資金獎勵,最高不超過100萬元" → 0 to 1,000,000
        Records records = srdiSme();
        records.event("HB-E-6", WUHAN, EventKind.IDENTIFIER_NODE_DOCKING, "2024-10-15");
        assertThat(line(records.awards(AS_OF, "420000"), "HUBEI-AWARD-IDENTIFIER-NODE").amount())
                .isEqualTo(Amount.range(yuan("0"), yuan("1000000")));
    }

    @Test
    void littleGiantFromTheIssueDatePaysHalfAMillionOnce() {
        // 九: "對國家認定的專精特新“小巨人”企業,省財政給予一次性50萬元獎勵"; window from 2023-04-27 (HUBEI_LG_AWARD_WINDOW)
        Records records = new Records().enterprise(WUHAN, "420111");
        records.designation("HB-D-2", WUHAN, Tier.LITTLE_GIANT, Level.NATIONAL, RecognitionType.FIRST, "2023-04-27");
        records.designation("HB-D-3", WUHAN, Tier.LITTLE_GIANT, Level.NATIONAL, RecognitionType.RENEWAL, "2026-04-27");
        AwardResult result = records.awards("2026-06-30", "420000");
        assertThat(line(result, "HUBEI-AWARD-LITTLE-GIANT").amount()).isEqualTo(Amount.exact(yuan("500000")));
        // The renewal is left to local rewards (九), an unquantified line without payer.
        assertThat(line(result, "HUBEI-LITTLE-GIANT-REVIEW-AWARDS").payer()).isEmpty();
    }

    @Test
    void littleGiantTheDayBeforeTheIssueDateIsOutsideTheWindow() {
        Records records = new Records().enterprise(WUHAN, "420111");
        records.designation("HB-D-2", WUHAN, Tier.LITTLE_GIANT, Level.NATIONAL, RecognitionType.FIRST, "2023-04-26");
        AwardResult result = records.awards(AS_OF, "420000");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.OUTSIDE_WINDOW);
    }

    // 九: "總投資門檻由2000萬元調整為1000萬元…省級按照生產性設備購置金額(含必要的數字化軟件項目等)的8%給予最高1000萬元補貼"

    @Test
    void technicalUpgradeTestsTheThresholdOnTotalInvestmentAndPaysEightPercentOfEquipment() {
        // spec/examples/events/technical-upgrade.json: 9800000 × 0.08 = 784000.00
        Records records = srdiSme();
        records.event("HB-E-7", WUHAN, EventKind.TECHNICAL_UPGRADE, "2024-10-31").totalInvestment(yuan("15600000"))
                .equipmentPurchase(yuan("9800000"));
        assertThat(line(records.awards(AS_OF, "420000"), "HUBEI-AWARD-TECHNICAL-UPGRADE").amount())
                .isEqualTo(Amount.exact(yuan("784000")));
    }

    @Test
    void technicalUpgradeAtExactlyTenMillionQualifiesAndOneFenLessDoesNot() {
        Records met = srdiSme();
        met.event("HB-E-8", WUHAN, EventKind.TECHNICAL_UPGRADE, "2024-10-31").totalInvestment(yuan("10000000"))
                .equipmentPurchase(yuan("1000000"));
        // 10000000 ≥ 10000000; 1000000 × 0.08 = 80000.00
        assertThat(line(met.awards(AS_OF, "420000"), "HUBEI-AWARD-TECHNICAL-UPGRADE").amount())
                .isEqualTo(Amount.exact(yuan("80000")));
        Records missed = srdiSme();
        missed.event("HB-E-9", WUHAN, EventKind.TECHNICAL_UPGRADE, "2024-10-31").totalInvestment(yuan("9999999.99"))
                .equipmentPurchase(yuan("1000000"));
        assertThat(missed.awards(AS_OF, "420000").warnings()).extracting(AwardWarning::code)
                .containsExactly(AwardWarning.Code.BELOW_THRESHOLD);
    }

    @Test
    void technicalUpgradeIsCappedAtTenMillion() {
        Records records = srdiSme();
        records.event("HB-E-10", WUHAN, EventKind.TECHNICAL_UPGRADE, "2024-10-31").totalInvestment(yuan("150000000"))
                .equipmentPurchase(yuan("125000000"));
        // 125000000 × 0.08 = 10000000.00 = the cap 最高1000萬元
        AwardResult result = records.awards(AS_OF, "420000");
        assertThat(line(result, "HUBEI-AWARD-TECHNICAL-UPGRADE").amount()).isEqualTo(Amount.exact(yuan("10000000")));
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.CAP_REACHED);
    }

    @Test
    void technicalUpgradeWithoutEquipmentFigureIsMissingInputNotZero() {
        Records records = srdiSme();
        records.event("HB-E-11", WUHAN, EventKind.TECHNICAL_UPGRADE, "2024-10-31").totalInvestment(yuan("15600000"));
        AwardResult result = records.awards(AS_OF, "420000");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.MISSING_INPUT);
    }

    @Test
    void threeFirstsProductIsAnUnquantifiedProvincialLineWithItsCitation() {
        // 二: "對經評定的“三首”產品省內研制和示范應用單位,省級給予獎勵支持" — no amount.
        Records records = srdiSme();
        records.event("HB-E-12", WUHAN, EventKind.FIRST_PRODUCT, "2024-09-01").level(Level.PROVINCIAL);
        AwardLine line = line(records.awards(AS_OF, "420000"), "HUBEI-THREE-FIRSTS-AWARD");
        assertThat(line.amount()).isEqualTo(Amount.unquantified());
        assertThat(line.payer()).contains("420000");
        assertThat(line.citation().getClause()).isEqualTo("二");
        assertThat(line.citation().getQuote()).contains("省級給予獎勵支持");
        assertThat(line.citation().getDocumentTitle()).isEqualTo("關于促進專精特新中小企業高質量發展若干措施");
    }

    @Test
    void listingOfAnSrdiSmeIsAnUnquantifiedStagedAwardWithoutPayer() {
        // 七: "全面落實企業上市分階段獎勵政策" — existing staged awards, neither amount nor payer stated.
        Records records = srdiSme();
        records.event("HB-E-13", WUHAN, EventKind.LISTING, "2024-08-08");
        AwardLine line = line(records.awards(AS_OF, "420000"), "HUBEI-LISTING-STAGED-AWARDS");
        assertThat(line.amount()).isEqualTo(Amount.unquantified());
        assertThat(line.payer()).isEmpty();
        assertThat(line.citation().getClause()).isEqualTo("七");
    }
}
