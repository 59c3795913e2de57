package org.opensrdi.sdk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.awards.Records.JIANGJIN;

import org.junit.jupiter.api.Test;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.Level;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;

/**
 * The Jiangjin pack (500116-2022-srdi-special-action): the plan states its awards without amounts
 * (二.27–30), so every line is unquantified and carries its citation.
 */
class JiangjinAwardTests {

    @Test
    void demonstrationEnterpriseGetsAnUnquantifiedDistrictLine() {
        // 二.27: "每年遴选5家左右“专精特新”示范企业进行重点培育,给予重点资金支持"
        Records records = new Records().enterprise(JIANGJIN, "500116");
        records.designation("JJ-D-1", JIANGJIN, Tier.SRDI_DEMONSTRATION, Level.COUNTY, RecognitionType.FIRST, "2024-03-01");
        AwardResult result = records.awards("2024-12-31", "500116");
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.ruleId()).isEqualTo("JIANGJIN-DEMONSTRATION-FUNDING");
            assertThat(line.amount()).isEqualTo(Amount.unquantified());
            assertThat(line.payer()).contains("500116");
            assertThat(line.citation().getClause()).isEqualTo("二.27");
            assertThat(line.citation().getDocumentNumber()).isEqualTo("江津府办发〔2022〕92号");
        });
        assertThat(result.total(JIANGJIN).unquantifiedLines()).isEqualTo(1);
        assertThat(result.total(JIANGJIN).exact()).isEqualByComparingTo("0");
    }

    @Test
    void listingOfAnSrdiEnterpriseIsAnUnquantifiedStagedAward() {
        // 二.30: "对“专精特新”企业在股权交易中心、境内外主要证券交易场所挂牌、上市的,分阶段给予资金奖励"
        Records records = new Records().enterprise(JIANGJIN, "500116");
        records.designation("JJ-D-2", JIANGJIN, Tier.SRDI_SME, Level.PROVINCIAL, RecognitionType.FIRST, "2022-08-01");
        records.event("JJ-E-1", JIANGJIN, EventKind.QUOTATION, "2023-05-10");
        records.event("JJ-E-2", JIANGJIN, EventKind.LISTING, "2024-06-18");
        AwardResult result = records.awards("2024-12-31", "500116");
        assertThat(result.lines()).extracting(AwardLine::record).containsExactly("event[JJ-E-1]", "event[JJ-E-2]");
        assertThat(result.lines()).allSatisfy(line -> assertThat(line.amount().kind()).isEqualTo(Amount.Kind.UNQUANTIFIED));
    }

    @Test
    void theHailingPlanHasNoAwardsSoALittleGiantThereGetsNoLine() {
        // 001 Hailing states no award amounts (plan-mapping.md §4); its pack has no award rules.
        Records records = new Records().enterprise(Records.HAILING, "321202");
        records.designation("HL-D-1", Records.HAILING, Tier.LITTLE_GIANT, Level.NATIONAL, RecognitionType.FIRST, "2024-07-26");
        AwardResult result = records.awards("2024-12-31", "321202");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }
}
