package org.opensrdi.sdk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.awards.Records.JINGHE;
import static org.opensrdi.sdk.awards.Records.WENQUAN;
import static org.opensrdi.sdk.awards.Records.WUHAN;
import static org.opensrdi.sdk.awards.Records.line;
import static org.opensrdi.sdk.awards.Records.yuan;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;

/**
 * The Bortala pack (652700-2023-srdi-doubling), clause 二.2: "对2023—2025年新认定的专精特新“小巨人”企业、
 * 专精特新中小企业,分别给予100万元、25万元的一次性奖励…有条件的县市给予配套资金支持".
 */
class BortalaAwardTests {

    private static final String AS_OF = "2026-06-30";

    @Test
    void newLittleGiantGetsOneMillion() {
        Records records = new Records().enterprise(WENQUAN, "652723");
        records.designation("BZ-D-1", WENQUAN, Tier.LITTLE_GIANT, Level.NATIONAL, RecognitionType.FIRST, "2024-07-26");
        AwardLine line = line(records.awards(AS_OF, "652700"), "BORTALA-AWARD-LITTLE-GIANT");
        assertThat(line.amount()).isEqualTo(Amount.exact(yuan("1000000")));
        assertThat(line.payer()).contains("652700");
        assertThat(line.citation().getClause()).isEqualTo("二.2");
    }

    @Test
    void srdiDesignationsOnTheWindowEdgesAreInsideAndTheDaysAroundThemOutside() {
        // 2023—2025年 = 2023-01-01..2025-12-31, both ends included (specification.md §4).
        for (String date : new String[] {"2023-01-01", "2025-12-31"}) {
            Records records = new Records().enterprise(WENQUAN, "652723");
            records.designation("BZ-D-2", WENQUAN, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.FIRST, date);
            assertThat(line(records.awards(AS_OF, "652700"), "BORTALA-AWARD-SRDI-SME").amount()).as(date)
                    .isEqualTo(Amount.exact(yuan("250000")));
        }
        for (String date : new String[] {"2022-12-31", "2026-01-01"}) {
            Records records = new Records().enterprise(WENQUAN, "652723");
            records.designation("BZ-D-3", WENQUAN, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.FIRST, date);
            AwardResult result = records.awards(AS_OF, "652700");
            assertThat(result.lines()).as(date).isEmpty();
            // The award and the counties' matching (二.2) are both outside.
            assertThat(result.warnings()).as(date).extracting(AwardWarning::code)
                    .containsOnly(AwardWarning.Code.OUTSIDE_WINDOW).hasSize(2);
        }
    }

    @Test
    void aSecondSrdiDesignationInTheWindowIsNotPaidAgain() {
        Records records = new Records().enterprise(WENQUAN, "652723");
        records.designation("BZ-D-4", WENQUAN, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.FIRST, "2023-06-01");
        records.designation("BZ-D-5", WENQUAN, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.FIRST, "2025-06-01");
        AwardResult result = records.awards(AS_OF, "652700");
        assertThat(result.lines()).filteredOn(line -> line.ruleId().equals("BORTALA-AWARD-SRDI-SME"))
                .singleElement().extracting(AwardLine::record).isEqualTo("designation[BZ-D-4]");
        assertThat(result.warnings()).extracting(AwardWarning::code, AwardWarning::record)
                .containsExactly(Tuple.tuple(AwardWarning.Code.ALREADY_PAID, "designation[BZ-D-5]"));
    }

    @Test
    void renewalsAndPrefecturalSrdiDesignationsAreNotNewlyDesignated() {
        Records records = new Records().enterprise(WENQUAN, "652723");
        records.designation("BZ-D-6", WENQUAN, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.RENEWAL, "2024-06-01");
        records.designation("BZ-D-7", WENQUAN, Tier.SRDI_SME, Level.PREFECTURAL, RecognitionType.FIRST, "2024-06-01");
        AwardResult result = records.awards(AS_OF, "652700");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theCountiesMatchingFundsAreAnUnquantifiedLineWithoutPayerAndWithItsCitation() {
        Records records = new Records().enterprise(JINGHE, "652722");
        records.designation("BZ-D-8", JINGHE, Tier.LITTLE_GIANT, Level.NATIONAL, RecognitionType.FIRST, "2024-07-26");
        AwardResult result = records.awards(AS_OF, "652700");
        AwardLine line = line(result, "BORTALA-COUNTY-MATCHING-FUNDS");
        assertThat(line.amount().kind()).isEqualTo(Amount.Kind.UNQUANTIFIED);
        assertThat(line.payer()).isEmpty();
        assertThat(line.citation().getQuote()).isEqualTo("有条件的县市给予配套资金支持");
        // 1000000 exact; the unquantified line counts but adds nothing.
        assertThat(result.total(JINGHE).exact()).isEqualByComparingTo("1000000");
        assertThat(result.total(JINGHE).unquantifiedLines()).isEqualTo(1);
        assertThat(result.totalsByPayer(JINGHE)).containsOnlyKeys("652700");
    }

    @Test
    void anEnterpriseOutsideThePrefectureGetsNothingFromItsPack() {
        Records records = new Records().enterprise(WUHAN, "420111");
        records.designation("BZ-D-9", WUHAN, Tier.LITTLE_GIANT, Level.NATIONAL, RecognitionType.FIRST, "2024-07-26");
        AwardResult result = records.awards(AS_OF, "652700");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }
}
