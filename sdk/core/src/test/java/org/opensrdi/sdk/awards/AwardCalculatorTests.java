package org.opensrdi.sdk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensrdi.sdk.awards.Records.JINGHE;
import static org.opensrdi.sdk.awards.Records.yuan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.AwardAmount;
import org.opensrdi.model.AwardRule;
import org.opensrdi.model.AwardTrigger;
import org.opensrdi.model.Citation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.EventKind;
import org.opensrdi.model.Explanation;
import org.opensrdi.model.Level;
import org.opensrdi.model.LocalizedText;
import org.opensrdi.model.PolicyDocument;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Submission;
import org.opensrdi.model.Tier;
import org.opensrdi.model.TraceInput;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.SchemaValidator;
import org.opensrdi.sdk.SpecResources;

/** {@link AwardCalculator}: a whole submission, explanations, the as-of date, misuse and sharing. */
class AwardCalculatorTests {

    @Test
    void theJingheSampleSubmissionGivesItsStackedAndMatchedAwards() throws IOException {
        AwardResult result = calculator("2024-12-31", "652700", "652722").calculate(sample("jinghe-2024.json"));
        // 9165272231349876XH: HTE re-recognised 2024-11-20 → 100000 + 50000 + 50000 (二.(三).1);
        // the prefecture's 200000 platform funding matched 1:0.5 → 100000 (二.(二).2). Total 300000.00.
        assertThat(result.total("9165272231349876XH").exact()).isEqualByComparingTo("300000");
        // 91652722MA78D6KP6J: first HTE recognition 2024-11-20 → 100000 (二.(三).1).
        assertThat(result.total("91652722MA78D6KP6J").exact()).isEqualByComparingTo("100000");
        assertThat(result.total().exact()).isEqualByComparingTo("400000");
        assertThat(result.totalsByPayer().get("652722").exact()).isEqualByComparingTo("250000");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void explanationsPointIntoTheSubmissionAndValidateAgainstTheirSchema() throws IOException {
        AwardResult result = calculator("2024-12-31", "652700", "652722").calculate(sample("jinghe-2024.json"));
        SchemaValidator validator = SchemaValidator.create();
        for (AwardLine line : result.lines()) {
            JsonNode tree = OpenSrdi.jsonMapper().valueToTree(line.explanation());
            assertThat(validator.validate(tree, "explanation.schema.json")).as(line.toString()).isEmpty();
        }
        Explanation renewal = Records.line(result, "JINGHE-AWARD-HTE-RENEWAL-COUNTY").explanation();
        assertThat(renewal.getRuleSet()).isEqualTo("652722-2022-hte-doubling@0.1.0");
        assertThat(renewal.getAsOfDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(renewal.getInputs()).extracting(TraceInput::getName, TraceInput::getPointer)
                .contains(org.assertj.core.groups.Tuple.tuple("designation[JH24-D-002].recognitionType",
                        "/records/3/designation/recognitionType"));
        assertThat(renewal.getCitations()).singleElement().extracting(Citation::getClause).isEqualTo("二.(三).1");
    }

    @Test
    void recordsAfterTheAsOfDateAreNotCounted() {
        Records records = new Records().enterprise(JINGHE, "652722");
        records.designation("D-1", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.FIRST, "2025-03-01");
        AwardResult result = records.awards("2025-02-28", "652722");
        assertThat(result.lines()).isEmpty();
        assertThat(result.warnings()).extracting(AwardWarning::code).containsExactly(AwardWarning.Code.AFTER_AS_OF_DATE);
    }

    @Test
    void aDesignationOfAnEnterpriseNotGivenIsReported() {
        Records records = new Records();
        records.designation("D-2", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.FIRST, "2024-03-01");
        AwardResult result = records.awards("2025-02-28", "652722");
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(AwardWarning.Code.UNKNOWN_ENTERPRISE);
            assertThat(warning.record()).isEqualTo("designation[D-2]");
        });
    }

    @Test
    void aPackWhoseRateLineHasNoRateIsRefusedNamingPackAndRule() {
        PolicyPack pack = PolicyPacks.bundled("420000").get(0);
        pack.getAwardRules().get(0).getAmount().rateFraction(null);
        assertThatThrownBy(() -> AwardCalculator.builder().pack(pack).build()).isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining("420000-2023-srdi-measures").hasMessageContaining("HUBEI-AWARD-RD-CENTRE");
    }

    @Test
    void aRuleWithoutRoundingRoundsHalfUpAndOneWithDownTruncates() {
        // 0.5 × 33333.33 = 16666.665: HALF_UP → 16666.67 (the default), DOWN → 16666.66.
        assertThat(matchingAmount(null)).isEqualByComparingTo("16666.67");
        assertThat(matchingAmount(AwardAmount.RoundingEnum.DOWN)).isEqualByComparingTo("16666.66");
    }

    @Test
    void resultsAreImmutableAndTheCalculatorIsSharedAcrossThreads() throws Exception {
        Records records = new Records().enterprise(JINGHE, "652722");
        records.designation("D-3", JINGHE, Tier.HIGH_TECH_ENTERPRISE, Level.PROVINCIAL, RecognitionType.RENEWAL, "2024-11-20");
        AwardResult result = records.awards("2024-12-31", "652722");
        AwardLine line = result.lines().get(0);
        line.explanation().getSteps().clear();
        line.citation().setClause("changed");
        assertThat(line.explanation().getSteps()).isNotEmpty();
        assertThat(line.citation().getClause()).isEqualTo("二.(三).1");

        AwardCalculator calculator = calculator("2024-12-31", "652700", "652722");
        Submission submission = sample("jinghe-2024.json");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AwardTotal>> totals = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                totals.add(pool.submit(() -> calculator.calculate(submission).total()));
            }
            for (Future<AwardTotal> total : totals) {
                assertThat(total.get().exact()).isEqualByComparingTo("400000");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The line of a MATCHING rule written here, for 0.5 × 33333.33, with the given rounding. */
    private static BigDecimal matchingAmount(AwardAmount.RoundingEnum rounding) {
        PolicyPack pack = new PolicyPack().specVersion("0.1.0").packId("652722-2024-test").packVersion("0.1.0")
                .document(new PolicyDocument().title("test").issuer("test").jurisdiction("652722"))
                .awardRules(List.of(new AwardRule().id("MATCH").title(new LocalizedText().zh("配套")).payer("652722")
                        .trigger(new AwardTrigger().kind(AwardTrigger.KindEnum.EVENT).eventKinds(Set.of(EventKind.AWARD_RECEIVED)))
                        .amount(new AwardAmount().kind(AwardAmount.KindEnum.MATCHING).matchingRatio(yuan("0.5"))
                                .matchedJurisdiction("652700").rounding(rounding))
                        .oncePer(AwardRule.OncePerEnum.EVENT).citation(new Citation().clause("test"))));
        Enterprise enterprise = new Enterprise().uscc(JINGHE).name("示例").divisionCode("652722").industryCode("3841")
                .registrationDate(LocalDate.of(2015, 6, 1));
        Event event = new Event().id("E-1").enterpriseUscc(JINGHE).kind(EventKind.AWARD_RECEIVED).date(LocalDate.of(2024, 9, 12))
                .awardingJurisdiction("652700").awardAmount(yuan("33333.33"));
        AwardResult result = AwardCalculator.builder().pack(pack).asOf(LocalDate.of(2024, 12, 31)).build()
                .calculate(List.of(enterprise), List.of(), List.of(event));
        return result.lines().get(0).amount().exactValue().orElseThrow();
    }

    private static AwardCalculator calculator(String asOf, String... jurisdictions) {
        AwardCalculator.Builder builder = AwardCalculator.builder().asOf(LocalDate.parse(asOf));
        for (String jurisdiction : jurisdictions) {
            builder.packs(PolicyPacks.bundled(jurisdiction));
        }
        return builder.build();
    }

    private static Submission sample(String name) throws IOException {
        try (InputStream in = SpecResources.open("examples/submissions/" + name)) {
            return OpenSrdi.jsonMapper().readValue(in, Submission.class);
        }
    }
}
