package org.opensrdi.sdk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.awards.Records.JINGHE;
import static org.opensrdi.sdk.awards.Records.line;
import static org.opensrdi.sdk.awards.Records.yuan;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opensrdi.model.AwardPurpose;
import org.opensrdi.model.Designation;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.TraceStep;
import org.opensrdi.model.Tier;

/**
 * The Jinghe pack (652722-2022-hte-doubling): first recognition vs re-recognition, the three payers
 * stacked on one re-recognition, the listing award, and matching of the prefecture's funding.
 * Figures are from 《精河县高新技术企业倍增行动实施方案(2022—2025年)》; the clause is quoted at each test.
 */
class JingheAwardTests {

    private static final String AS_OF = "2025-06-30";

    private static Records jinghe() {
        return new Records().enterprise(JINGHE, "652722");
    }

    // 二.(三).1: "对首次认定的高新技术企业在自治区奖补和自治州奖补的基础上再奖补10万元,对每三年符合认定的高新技术企业
    // 在自治区奖补(10万元)和自治州奖补(5万元)的基础上再给予5万元额度奖励"

    @Test
    void firstRecognitionPaysTheCountysHundredThousandOnly() {
        Records records = jinghe();
        records.designation("JH-D-1", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.FIRST, "2024-11-20");
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.ruleId()).isEqualTo("JINGHE-AWARD-HTE-FIRST");
            assertThat(line.payer()).contains("652722");
            assertThat(line.amount()).isEqualTo(Amount.exact(yuan("100000")));
        });
    }

    @Test
    void reRecognitionStacksRegionPrefectureAndCounty() {
        Records records = jinghe();
        records.designation("JH-D-2", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.RENEWAL, "2024-11-20");
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(result.lines()).extracting(line -> line.payer().orElseThrow(), line -> line.amount().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("650000", "100000.00"),
                        org.assertj.core.groups.Tuple.tuple("652700", "50000.00"),
                        org.assertj.core.groups.Tuple.tuple("652722", "50000.00"));
        // 100000 + 50000 + 50000 = 200000.00
        assertThat(result.total(JINGHE).exact()).isEqualByComparingTo("200000");
        Map<String, AwardTotal> byPayer = result.totalsByPayer(JINGHE);
        assertThat(byPayer.get("650000").exact()).isEqualByComparingTo("100000");
        assertThat(byPayer.get("652700").exact()).isEqualByComparingTo("50000");
        assertThat(byPayer.get("652722").exact()).isEqualByComparingTo("50000");
    }

    @Test
    void everyReRecognitionInThePlanPeriodIsPaidAgain() {
        // oncePer EVENT: 2022-11-20 and 2025-11-20 are both re-recognitions → 2 × 200000 = 400000.00
        Records records = jinghe();
        records.designation("JH-D-3", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.RENEWAL, "2022-11-20");
        records.designation("JH-D-4", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.RENEWAL, "2025-11-20");
        AwardResult result = records.awards("2025-12-31", "652722");
        assertThat(result.lines()).hasSize(6);
        assertThat(result.total(JINGHE).exact()).isEqualByComparingTo("400000");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void reRecognitionAfterThePlanPeriodIsOutsideTheWindowForEachPayer() {
        // JINGHE_AWARD_WINDOW: 2022-01-01..2025-12-31; 2026-01-01 is outside.
        Records records = jinghe();
        records.designation("JH-D-5", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.RENEWAL, "2026-01-01");
        AwardResult result = records.awards("2026-06-30", "652722");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsOnly(AwardWarning.Code.OUTSIDE_WINDOW).hasSize(3);
    }

    @Test
    void listedHighTechEnterpriseGetsHalfAMillionOnce() {
        // 二.(三).1: "对成功上市的高新技术企业给予50万元奖励支持"
        Records records = jinghe();
        records.designation("JH-D-6", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.FIRST, "2023-10-01");
        records.event("JH-E-1", JINGHE, EventKind.LISTING, "2025-03-18").stockExchange("北京证券交易所");
        records.event("JH-E-2", JINGHE, EventKind.LISTING, "2025-05-20").stockExchange("香港联合交易所");
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(line(result, "JINGHE-AWARD-HTE-LISTING").amount()).isEqualTo(Amount.exact(yuan("500000")));
        assertThat(line(result, "JINGHE-AWARD-HTE-LISTING").record()).isEqualTo("event[JH-E-1]");
        assertThat(result.warnings()).extracting(AwardWarning::code, AwardWarning::record)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AwardWarning.Code.ALREADY_PAID, "event[JH-E-2]"));
    }

    @Test
    void listingOfAnEnterpriseThatIsNotAHighTechEnterprisePaysNothing() {
        Records records = jinghe();
        records.event("JH-E-3", JINGHE, EventKind.LISTING, "2025-03-18");
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.REQUIRED_TIER_NOT_HELD);
    }

    // specification.md §8.2: a designation without termEnd holds, except EXPIRED (it ended on an
    // unknown day); REVOKED without revocationDate counts as revoked.

    @Test
    void aHighTechDesignationWithoutTermEndStillCounts() {
        Records records = jinghe();
        records.designation("JH-D-8", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.FIRST, "2023-10-01")
                .termEnd(null);
        records.event("JH-E-5", JINGHE, EventKind.LISTING, "2025-03-18");
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(line(result, "JINGHE-AWARD-HTE-LISTING").amount()).isEqualTo(Amount.exact(yuan("500000")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Designation.StatusEnum.class, names = {"EXPIRED", "REVOKED"})
    void aHighTechDesignationWithoutItsEndDateIsNotHeldWhenExpiredOrRevoked(Designation.StatusEnum status) {
        // EXPIRED without termEnd ended on an unknown day; REVOKED without revocationDate counts as revoked.
        Records records = jinghe();
        Designation designation = records.designation("JH-D-9", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL,
                RecognitionType.FIRST, "2023-10-01").status(status);
        if (status == Designation.StatusEnum.EXPIRED) {
            designation.termEnd(null);
        }
        records.event("JH-E-6", JINGHE, EventKind.LISTING, "2025-03-18");
        AwardResult result = records.awards(AS_OF, "652722");
        // The designation's own award may stand; the listing needs the tier held on 2025-03-18.
        assertThat(result.lines()).extracting(AwardLine::ruleId).doesNotContain("JINGHE-AWARD-HTE-LISTING");
        assertThat(result.warnings()).extracting(AwardWarning::code, AwardWarning::record).contains(
                org.assertj.core.groups.Tuple.tuple(AwardWarning.Code.REQUIRED_TIER_NOT_HELD, "event[JH-E-6]"));
    }

    // 二.(二).2: "对创建为国家级、自治区级科技创新平台…按照自治州支持资金1:0.5配套奖励"

    @Test
    void matchingPaysHalfOfThePrefecturesPlatformFunding() {
        Records records = jinghe();
        records.event("JH-E-4", JINGHE, EventKind.AWARD_RECEIVED, "2024-09-12").level(Level.PROVINCIAL)
                .awardingJurisdiction("652700").awardAmount(yuan("200000")).awardPurpose(AwardPurpose.INNOVATION_PLATFORM);
        AwardLine line = line(records.awards(AS_OF, "652722"), "JINGHE-MATCHING-INNOVATION-PLATFORM");
        // 0.5 × 200000 = 100000.00 (specification.md §9.2)
        assertThat(line.amount()).isEqualTo(Amount.exact(yuan("100000")));
        assertThat(line.payer()).contains("652722");
        assertThat(line.explanation().getSteps()).extracting(TraceStep::getExpression).contains("0.5 × 200000 = 100000.00");
    }

    @Test
    void matchingRoundsHalfUpToTheFen() {
        Records records = jinghe();
        records.event("JH-E-5", JINGHE, EventKind.AWARD_RECEIVED, "2024-09-12").level(Level.NATIONAL)
                .awardingJurisdiction("652700").awardAmount(yuan("33333.33")).awardPurpose(AwardPurpose.NEW_RD_INSTITUTION);
        // 0.5 × 33333.33 = 16666.665 → HALF_UP → 16666.67
        assertThat(line(records.awards(AS_OF, "652722"), "JINGHE-MATCHING-INNOVATION-PLATFORM").amount())
                .isEqualTo(Amount.exact(yuan("16666.67")));
    }

    @Test
    void fundingOfTheRegionIsNotMatched() {
        Records records = jinghe();
        records.event("JH-E-6", JINGHE, EventKind.AWARD_RECEIVED, "2024-09-12").level(Level.PROVINCIAL)
                .awardingJurisdiction("650000").awardAmount(yuan("200000")).awardPurpose(AwardPurpose.INNOVATION_PLATFORM);
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.OTHER_MATCHED_JURISDICTION);
    }

    @Test
    void matchingOfACountyLevelPlatformIsNotTriggered() {
        // Only 国家级、自治区级 platforms (eventLevels NATIONAL, PROVINCIAL).
        Records records = jinghe();
        records.event("JH-E-7", JINGHE, EventKind.AWARD_RECEIVED, "2024-09-12").level(Level.COUNTY)
                .awardingJurisdiction("652700").awardAmount(yuan("200000")).awardPurpose(AwardPurpose.INNOVATION_PLATFORM);
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anAwardReceivedWithoutLevelOrPurposeTriggersNoMatching() {
        // The matching rules name the levels and purposes they match; a record without them matches none.
        Records records = jinghe();
        records.event("JH-E-11", JINGHE, EventKind.AWARD_RECEIVED, "2024-09-12").awardingJurisdiction("652700")
                .awardAmount(yuan("200000"));
        AwardResult result = records.awards(AS_OF, "652722");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void talentProgrammeMatchingIsNationalOnlyAndScienceAwardsNationalOrRegional() {
        // 二.(二).4: "对入选国家创新人才推进计划的,按照自治州支持资金1:0.5配套经费比例给予支持";
        // "获得国家和自治区科学技术奖的单位和个人,按照自治州奖励资金1:0.5给予配套奖励"
        Records records = jinghe();
        records.event("JH-E-8", JINGHE, EventKind.AWARD_RECEIVED, "2024-05-01").level(Level.NATIONAL)
                .awardingJurisdiction("652700").awardAmount(yuan("80000")).awardPurpose(AwardPurpose.TALENT_PROGRAMME);
        records.event("JH-E-9", JINGHE, EventKind.AWARD_RECEIVED, "2024-05-02").level(Level.PROVINCIAL)
                .awardingJurisdiction("652700").awardAmount(yuan("80000")).awardPurpose(AwardPurpose.TALENT_PROGRAMME);
        records.event("JH-E-10", JINGHE, EventKind.AWARD_RECEIVED, "2024-06-01").level(Level.PROVINCIAL)
                .awardingJurisdiction("652700").awardAmount(yuan("30000")).awardPurpose(AwardPurpose.SCIENCE_AWARD);
        AwardResult result = records.awards(AS_OF, "652722");
        // 0.5 × 80000 = 40000.00; 0.5 × 30000 = 15000.00
        assertThat(result.lines()).extracting(AwardLine::ruleId, line -> line.amount().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JINGHE-MATCHING-TALENT-PROGRAMME", "40000.00"),
                org.assertj.core.groups.Tuple.tuple("JINGHE-MATCHING-SCIENCE-AWARD", "15000.00"));
    }

    @Test
    void aJingheEnterpriseAlsoGetsThePrefecturesSrdiAward() {
        // Nesting: Jinghe 652722 lies in Bortala 652700, whose 二.2 pays 25万元 for a new SRDI SME.
        Records records = jinghe();
        records.designation("JH-D-7", JINGHE, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.FIRST, "2023-12-20");
        records.designation("JH-D-8", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.FIRST, "2024-11-20");
        AwardResult result = records.awards(AS_OF, "652700", "652722");
        // 250000 (652700) + 100000 (652722) = 350000.00, plus the counties' unquantified matching (二.2)
        assertThat(result.total(JINGHE).exact()).isEqualByComparingTo("350000");
        assertThat(result.total(JINGHE).unquantifiedLines()).isEqualTo(1);
        assertThat(result.totalsByPayer(JINGHE).keySet()).containsExactly("652700", "652722");
    }
}
