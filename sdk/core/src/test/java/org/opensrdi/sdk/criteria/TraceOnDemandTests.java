package org.opensrdi.sdk.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensrdi.sdk.criteria.Fixtures.CRITERIA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Level;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.SpecResources;

/**
 * A result is decided without a trace and its explanation is written on demand by evaluating again
 * with tracing on. These tests hold the two to each other: what the result says (verdict, points,
 * failed conditions, direct path, assumptions, missing inputs) must be what its explanation's
 * outcome and inputs say, for the sample enterprises and stripped-down copies of them, on both
 * regimes, with and without designations; and evaluating several tiers at once must give exactly
 * the results of one call per tier.
 */
class TraceOnDemandTests {

    private static final List<String> SAMPLES = List.of("tech-sme", "innovative-sme", "srdi-sme", "little-giant",
            "single-champion", "high-tech-enterprise", "minimal");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String name : SAMPLES) {
            ObjectNode record = (ObjectNode) SpecResources.json("examples/enterprises/" + name + ".json");
            ObjectNode withoutFacts = record.deepCopy();
            withoutFacts.remove("criteriaFacts");
            ObjectNode oneYear = record.deepCopy();
            if (oneYear.path("yearlyFigures").size() > 1) {
                oneYear.withArray("/yearlyFigures").remove(0);
            }
            for (LocalDate asOf : List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2026, 6, 30))) {
                cases.add(Arguments.of(name, record, asOf, null));
                cases.add(Arguments.of(name + " without criteria facts", withoutFacts, asOf, null));
                cases.add(Arguments.of(name + " with one year less", oneYear, asOf, null));
                cases.add(Arguments.of(name + " holding an SRDI designation", record, asOf,
                        List.of(new Designation().id("D-1").enterpriseUscc(record.path("uscc").asText())
                                .tier(Tier.SRDI_SME).level(Level.PROVINCIAL).grantingJurisdiction("650000")
                                .designationDate(LocalDate.of(2023, 9, 1)).termStart(LocalDate.of(2023, 9, 1))
                                .termEnd(LocalDate.of(2026, 8, 31)))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {2}")
    @MethodSource("cases")
    void aResultSaysWhatItsExplanationSays(String name, JsonNode record, LocalDate asOf, List<Designation> held)
            throws IOException {
        Enterprise enterprise = OpenSrdi.jsonMapper().treeToValue(record, Enterprise.class);
        EvaluationOptions.Builder builder = EvaluationOptions.builder().maxMissingElements(2);
        if (held != null) {
            builder.designations(held);
        }
        EvaluationOptions options = builder.build();
        List<Tier> tiers = CRITERIA.tiers(asOf);
        List<EvaluationResult> together = CRITERIA.evaluate(enterprise, tiers, asOf, options);
        assertThat(together).hasSize(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            EvaluationResult result = together.get(i);
            JsonNode explanation = result.explanationJson();
            JsonNode outcome = explanation.path("outcome");
            assertThat(result.tier()).isEqualTo(tiers.get(i));
            assertThat(outcome.path("verdict").asText()).as("%s %s verdict", name, result.tier())
                    .isEqualTo(result.verdict().name());
            if (result.total().isPresent()) {
                assertThat(outcome.path("points").get(0).asInt()).isEqualTo(result.total().get().low());
                assertThat(outcome.path("points").get(1).asInt()).isEqualTo(result.total().get().high());
            } else {
                assertThat(outcome.has("points")).isFalse();
            }
            assertThat(texts(outcome.path("failedConditions"))).isEqualTo(result.failedConditions());
            assertThat(outcome.path("directPath").asText(null)).isEqualTo(result.directPath().orElse(null));
            assertThat(texts(outcome.path("assumptions"))).isEqualTo(result.assumptions());
            List<String> missing = new ArrayList<>();
            explanation.path("inputs").forEach(input -> {
                if (input.path("missing").asBoolean()) {
                    missing.add(input.path("name").asText());
                }
            });
            assertThat(missing).as("%s %s missing inputs", name, result.tier()).isEqualTo(result.missingInputs());
            assertThat(explanation.path("ruleSet").asText()).isEqualTo(result.ruleSet());

            // One tier at a time gives the same result and the same explanation.
            EvaluationResult alone = CRITERIA.evaluate(enterprise, tiers.get(i), asOf, options);
            assertThat(alone.toString()).isEqualTo(result.toString());
            assertThat(alone.failedConditions()).isEqualTo(result.failedConditions());
            assertThat(alone.undecidedConditions()).isEqualTo(result.undecidedConditions());
            assertThat(alone.indicators()).isEqualTo(result.indicators());
            assertThat(alone.findings()).isEqualTo(result.findings());
            assertThat(alone.explanationJson()).isEqualTo(explanation);
        }
        SizeClassResult size = CRITERIA.classifySize(enterprise, asOf);
        assertThat(size.explanationJson().path("outcome").path("sizeClass").asText()).isEqualTo(size.outcome().name());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
