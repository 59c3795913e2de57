package org.opensrdi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.opensrdi.cli.conformance.Comparison;
import org.opensrdi.cli.conformance.ConformanceJson;

/** The comparison rules of conformance-tests/README.md §4, one by one. */
class ConformanceComparisonTests {

    @Test
    void numbersAreEqualAsDecimalsWhateverTheirNotation() {
        assertThat(Comparison.equal(json("100000"), json("100000.00"))).isTrue();
        assertThat(Comparison.equal(json("1E+5"), json("100000"))).isTrue();
        // One fen apart at 10^15 yuan: a double cannot tell them apart, a decimal can.
        assertThat(Comparison.equal(json("1000000000000000.01"), json("1000000000000000"))).isFalse();
    }

    @Test
    void arraysAreMultisetsAndNullIsAbsent() {
        assertThat(Comparison.equal(json("[1, 2, 2]"), json("[2, 1, 2]"))).isTrue();
        assertThat(Comparison.equal(json("[1, 2, 2]"), json("[1, 1, 2]"))).isFalse();
        assertThat(Comparison.equal(json("{\"a\": 1, \"b\": null}"), json("{\"a\": 1.0}"))).isTrue();
    }

    @Test
    void validationIssuesAreASetAndOnlyCanonicalMembersCount() {
        JsonNode expected = json("""
                {"accepted": false, "issues": [{"code": "SRDI-E4301", "pointer": "/enterprise/yearlyFigures/0/rdExpense", "recordIndex": 0}]}""");
        JsonNode actual = json("""
                {"accepted": false, "counts": {"recordsRead": 1, "recordsAccepted": 0, "recordsRejected": 1},
                 "issues": [{"code": "SRDI-E4301", "severity": "ERROR", "pointer": "/enterprise/yearlyFigures/0/rdExpense", "recordIndex": 0,
                             "message": {"en": "…"}},
                            {"code": "SRDI-E4301", "pointer": "/enterprise/yearlyFigures/0/rdExpense", "recordIndex": 0}]}""");

        assertThat(Comparison.difference("record-rules", expected, actual)).isEmpty();
    }

    @Test
    void aMissingRecordIndexIsADifference() {
        JsonNode expected = json("{\"accepted\": true, \"issues\": [{\"code\": \"SRDI-I1001\", \"pointer\": \"\"}]}");
        JsonNode actual = json("{\"accepted\": true, \"issues\": [{\"code\": \"SRDI-I1001\", \"pointer\": \"\", \"recordIndex\": 0}]}");

        assertThat(Comparison.difference("syntax", expected, actual))
                .hasValue("issues missing [SRDI-I1001 \"\"]; issues unexpected [SRDI-I1001 \"\" #0]");
    }

    @Test
    void countsAreComparedOnlyWhenTheVectorGivesThem() {
        JsonNode actual = json("{\"accepted\": true, \"issues\": [], \"counts\": {\"recordsRead\": 2, \"recordsAccepted\": 2, \"recordsRejected\": 0}}");

        assertThat(Comparison.difference("dataset-rules", json("{\"accepted\": true, \"issues\": []}"), actual)).isEmpty();
        assertThat(Comparison.difference("dataset-rules",
                json("{\"accepted\": true, \"issues\": [], \"counts\": {\"recordsRead\": 3, \"recordsAccepted\": 3, \"recordsRejected\": 0}}"), actual))
                .hasValue("counts.recordsRead: expected 3, got 2; counts.recordsAccepted: expected 3, got 2");
    }

    @Test
    void schemaErrorsIgnorePassThroughKeywordsAndTheBranchesOfAnOpaqueKeyword() {
        JsonNode expected = json("{\"valid\": false, \"errors\": [{\"keyword\": \"oneOf\", \"pointer\": \"/conditions/0/test\"}]}");
        JsonNode actual = json("""
                {"valid": false, "errors": [
                  {"keyword": "oneOf", "pointer": "/conditions/0/test"},
                  {"keyword": "enum", "pointer": "/conditions/0/test/op"},
                  {"keyword": "required", "pointer": "/conditions/0/test"},
                  {"keyword": "$ref", "pointer": "/conditions/0"}]}""");

        assertThat(Comparison.difference("schema", expected, actual)).isEmpty();
        // The branches are ignored either way; the opaque keyword itself is required.
        assertThat(Comparison.difference("schema", expected, json("""
                {"valid": false, "errors": [{"keyword": "enum", "pointer": "/conditions/0/test/op"}]}""")))
                .hasValue("errors missing [oneOf /conditions/0/test]");
    }

    @Test
    void identifierOutputsCompareTheirFourMembers() {
        JsonNode expected = json("{\"wellFormed\": false, \"valid\": false}");

        assertThat(Comparison.difference("identifiers", expected, json("{\"wellFormed\": false, \"valid\": false, \"note\": \"x\"}"))).isEmpty();
        assertThat(Comparison.difference("identifiers", expected, json("{\"wellFormed\": false, \"checkCharacter\": \"6\", \"valid\": false}")))
                .hasValue("checkCharacter: expected nothing, got \"6\"");
    }

    @Test
    void aCapabilityWithoutACanonicalFormComparesTheMembersTheVectorGives() {
        JsonNode expected = json("{\"lines\": [{\"rule\": \"R\", \"amount\": 100000}]}");

        assertThat(Comparison.difference("awards", expected, json("{\"lines\": [{\"rule\": \"R\", \"amount\": 100000.00}], \"trace\": {}}"))).isEmpty();
        assertThat(Comparison.difference("awards", expected, json("{\"lines\": [{\"rule\": \"R\", \"amount\": 100000.01}]}")))
                .hasValueSatisfying(difference -> assertThat(difference).startsWith("/lines: expected"));
        assertThat(Comparison.difference("awards", expected, json("[]"))).hasValue("the output is not a JSON object");
    }

    private static JsonNode json(String text) {
        try {
            return ConformanceJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
