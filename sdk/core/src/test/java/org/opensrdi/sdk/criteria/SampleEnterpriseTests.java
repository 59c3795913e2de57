package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.CriteriaFacts;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SpecResources;

/**
 * The sample enterprises of {@code spec/examples/enterprises/}, each meant to qualify for its tier,
 * evaluated on their {@code dataAsOf} date. The expected points are worked out by hand from the
 * figures in the example files.
 */
class SampleEnterpriseTests {

    private static Enterprise example(String name) throws JsonProcessingException {
        return OpenSrdi.jsonMapper().treeToValue(SpecResources.json("examples/enterprises/" + name + ".json"),
                Enterprise.class);
    }

    private static EvaluationResult evaluate(String name, Tier tier) throws JsonProcessingException {
        Enterprise enterprise = example(name);
        return CRITERIA.evaluate(enterprise, tier, enterprise.getDataAsOf());
    }

    @Test
    void theInnovativeSmeScores95() throws JsonProcessingException {
        // FY2023: self-developed class I 3 → B 15; 2,380,000 / 45,000,000 = 0.0529 → A 20;
        // (43,650,000 − 36,900,000) / 36,900,000 = 0.1829 → A 20; 26,900,000 / 58,600,000 = 0.459 → A 10;
        // strategic emerging → A 10; 43,650,000 / 45,000,000 = 0.97 → A 20. Total 95; 150 staff → SMALL.
        EvaluationResult result = evaluate("innovative-sme", Tier.INNOVATIVE_SME);
        assertThat(result.total()).contains(PointsInterval.exactly(95));
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void theSrdiSmeQualifiesWhateverItsProvinceGivesForDistinctiveness() throws JsonProcessingException {
        // 1 87.3 / 96.5 = 0.905 → 5; 2 ((87.3 − 78.6) / 78.6 + (78.6 − 70.2) / 70.2) / 2 = 0.1152 → 10;
        // 3 2015-06-01 → 8 years → 4; 4 FOUNDATION → 3; 5 level 2 → 3; 6 ISO + brand = 6 → 5;
        // 7 8.2 / 96.5 = 0.085 → 8; 8 53.8 / 112 = 0.480 → 5; 9 [0, 15]; 10 self-developed → 8;
        // 11 max(4,200,000 → 8, 0.0435 → 4) = 8; 12 24 / 186 = 0.129 → 3; 13 provincial → 8.
        // Total [70, 85]: even the lowest ≥ 60 → QUALIFIED.
        EvaluationResult result = evaluate("srdi-sme", Tier.SRDI_SME);
        assertThat(result.total()).contains(new PointsInterval(70, 85));
        assertThat(result.failedConditions()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void theTechnologyBasedSmeScores86() throws JsonProcessingException {
        // FY2023: 12 / 44 = 0.2727 → B 16; max(1,286,000 / 21,530,000 = 0.0597 → B 40,
        // 1,286,000 / 19,420,000 = 0.0662 → F 0) = 40; class I 1 → A 30. Total 86.
        EvaluationResult result = evaluate("tech-sme", Tier.TECH_SME);
        assertThat(result.total()).contains(PointsInterval.exactly(86));
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void theHighTechEnterpriseIsAboveSeventyEvenAtItsLowestGrowthPoints() throws JsonProcessingException {
        // IP 7 + 7 + 7 + 5 + 1 = 27; transformation 22; management 17;
        // net assets ½(38.4 / 32.6 + 44.1 / 38.4) − 1 = 0.1632 → C [5, 6];
        // sales ½(44.2 / 38.6 + 49.3 / 44.2) − 1 = 0.1302 → D [3, 4]. Total [74, 76] > 70.
        // Conditions: 23 / 134 = 0.172 ≥ 0.10; 49,300,000 ≤ 5000万 → 7,020,000 / 132,100,000 = 0.0531 ≥ 0.05;
        // 36,800,000 / 50,100,000 = 0.735 ≥ 0.60.
        EvaluationResult result = evaluate("high-tech-enterprise", Tier.HIGH_TECH_ENTERPRISE);
        assertThat(result.total()).contains(new PointsInterval(74, 76));
        assertThat(result.verdict()).isEqualTo(Verdict.QUALIFIED);
    }

    @Test
    void theLittleGiantMeetsAllSixDimensionsAndIsUndeterminedWithoutTheMarketFacts() throws JsonProcessingException {
        // 412 staff, 176,300,000 → MEDIUM; 2011-03-01 → 12 years in the niche; 157.8 / 176.3 = 0.895;
        // growth (0.1005 + 0.1176) / 2 = 0.109; debt 0.430; share 16.5 ≥ 10 with a HIGH reputation and a
        // distinctive advantage (附件3 三 特色化); revenue ≥ 1亿 → min(7.05 / 176.3, 6.12 / 158.9) = 0.0385 ≥ 0.03;
        // provincial institution; 4 applied class I IP ≥ 2.
        Enterprise enterprise = example("little-giant");
        LocalDate asOf = enterprise.getDataAsOf();
        assertThat(CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, asOf).verdict()).isEqualTo(Verdict.QUALIFIED);

        // Without the two qualitative market facts the 特色化 dimension cannot be decided.
        enterprise.getCriteriaFacts().distinctiveAdvantage(null).marketReputation(null);
        EvaluationResult withoutFacts = CRITERIA.evaluate(enterprise, Tier.LITTLE_GIANT, asOf);
        assertThat(withoutFacts.undecidedConditions()).containsExactly("MARKET_POSITION");
        assertThat(withoutFacts.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void theSingleChampionIsALargeEnterpriseAndNoSme() throws JsonProcessingException {
        // 1,260 staff ≥ 1,000 and 682,500,000 ≥ 400,000,000 → LARGE: outside every SME tier.
        Enterprise enterprise = example("single-champion");
        assertThat(CRITERIA.classifySize(enterprise, enterprise.getDataAsOf()).outcome()).isEqualTo(SizeOutcome.LARGE);
        assertThat(CRITERIA.evaluate(enterprise, Tier.SRDI_SME, enterprise.getDataAsOf()).failedConditions())
                .contains("ELIGIBLE_SME_SIZE");
    }

    @Test
    void theMinimalRecordLeavesEveryClassOpen() throws JsonProcessingException {
        // 1353 (工业) without figures: each class is unknown → LARGE, MEDIUM, SMALL, MICRO all possible.
        SizeClassResult result = CRITERIA.classifySize(example("minimal"), LocalDate.of(2024, 6, 30));
        assertThat(result.outcome()).isEqualTo(SizeOutcome.UNDETERMINED);
        assertThat(result.possible()).containsExactly(SizeOutcome.LARGE, SizeOutcome.MEDIUM, SizeOutcome.SMALL,
                SizeOutcome.MICRO);
        assertThat(result.missingInputs()).containsExactly("employees[2023]", "operatingRevenue[2023]");
    }
}
