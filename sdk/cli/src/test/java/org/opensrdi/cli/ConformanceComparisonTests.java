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
        // A capability a later suite may add, unknown to this runner (README §4 rule 1).
        JsonNode expected = json("{\"items\": [{\"id\": \"T\", \"value\": 16}]}");

        assertThat(Comparison.difference("a-later-capability", expected, json("{\"items\": [{\"id\": \"T\", \"value\": 16.0}], \"trace\": {}}"))).isEmpty();
        assertThat(Comparison.difference("a-later-capability", expected, json("{\"items\": [{\"id\": \"T\", \"value\": 16.01}]}")))
                .hasValueSatisfying(difference -> assertThat(difference).startsWith("/items: expected"));
        assertThat(Comparison.difference("a-later-capability", expected, json("[]"))).hasValue("the output is not a JSON object");
    }

    @Test
    void targetsAreASetKeyedByTargetJurisdictionAndYear() {
        // README §3.7: 16 and 16.0 are one actual value; order does not matter; a changed status is a difference.
        JsonNode expected = json("{\"targets\": [{\"targetId\": \"T\", \"jurisdiction\": \"652722\", \"status\": \"BEHIND\", \"actual\": 16},"
                + " {\"targetId\": \"T\", \"jurisdiction\": \"652722\", \"year\": 2024, \"status\": \"MET\", \"actual\": 3}]}");

        assertThat(Comparison.difference("targets", expected, json("{\"targets\": [{\"targetId\": \"T\", \"jurisdiction\": \"652722\","
                + " \"year\": 2024, \"status\": \"MET\", \"actual\": 3.00}, {\"targetId\": \"T\", \"jurisdiction\": \"652722\","
                + " \"status\": \"BEHIND\", \"actual\": 16.0}]}"))).isEmpty();
        assertThat(Comparison.difference("targets", expected, json("{\"targets\": [{\"targetId\": \"T\", \"jurisdiction\": \"652722\","
                + " \"year\": 2024, \"status\": \"MET\", \"actual\": 3}, {\"targetId\": \"T\", \"jurisdiction\": \"652722\","
                + " \"status\": \"AT_RISK\", \"actual\": 16}]}")))
                .hasValue("targets missing [T 652722 - BEHIND 16]; targets unexpected [T 652722 - AT_RISK 16]");
    }

    @Test
    void awardLinesAreAMultisetWithExactAmountsAnOptionalPayerAndUnquantifiedLines() {
        // README §3.6: 100000 and 100000.00 are one amount; a line without payer or amount is its own kind.
        JsonNode expected = json("{\"lines\": [{\"rule\": \"R\", \"payer\": \"652722\", \"enterpriseUscc\": \"U\", \"amount\": 100000},"
                + " {\"rule\": \"M\", \"enterpriseUscc\": \"U\"}, {\"rule\": \"M\", \"enterpriseUscc\": \"U\"}]}");

        assertThat(Comparison.difference("awards", expected, json("{\"lines\": [{\"rule\": \"M\", \"enterpriseUscc\": \"U\"},"
                + " {\"rule\": \"R\", \"payer\": \"652722\", \"enterpriseUscc\": \"U\", \"amount\": 100000.00},"
                + " {\"rule\": \"M\", \"enterpriseUscc\": \"U\"}]}"))).isEmpty();
        assertThat(Comparison.difference("awards", expected, json("{\"lines\": [{\"rule\": \"R\", \"payer\": \"652722\","
                + " \"enterpriseUscc\": \"U\", \"amount\": 100000}, {\"rule\": \"M\", \"enterpriseUscc\": \"U\"}]}")))
                .hasValue("lines missing [M U payer - unquantified]");
        assertThat(Comparison.difference("awards", json("{\"lines\": [{\"rule\": \"R\", \"enterpriseUscc\": \"U\", \"range\": {\"min\": 0}}]}"),
                json("{\"lines\": [{\"rule\": \"R\", \"enterpriseUscc\": \"U\", \"range\": {\"min\": 0, \"max\": 1000000}}]}")))
                .hasValue("lines missing [R U payer - [0, ]]; lines unexpected [R U payer - [0, 1000000]]");
    }

    @Test
    void tierCriteriaCompareConditionsAsSetsAndTheScoreInterval() {
        JsonNode expected = json("{\"ruleSetId\": \"tech-sme-2017\", \"verdict\": \"NOT_QUALIFIED\", \"score\": {\"min\": 68, \"max\": 68},"
                + " \"failedConditions\": [\"SCORE\", \"SIZE_LIMITS\"], \"unknownConditions\": []}");

        assertThat(Comparison.difference("tier-criteria", expected, json("{\"ruleSetId\": \"tech-sme-2017\", \"verdict\": \"NOT_QUALIFIED\","
                + " \"score\": {\"min\": 68, \"max\": 68}, \"failedConditions\": [\"SIZE_LIMITS\", \"SCORE\"]}"))).isEmpty();
        assertThat(Comparison.difference("tier-criteria", expected, json("{\"ruleSetId\": \"tech-sme-2017\", \"verdict\": \"NOT_QUALIFIED\","
                + " \"score\": {\"min\": 60, \"max\": 68}, \"failedConditions\": [\"SCORE\"]}")))
                .hasValue("score.min: expected 68, got 60; failedConditions missing [SIZE_LIMITS]");
    }

    private static JsonNode json(String text) {
        try {
            return ConformanceJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
