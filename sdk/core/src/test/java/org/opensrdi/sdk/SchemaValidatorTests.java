package org.opensrdi.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchemaValidatorTests {

    private static final SchemaValidator VALIDATOR = SchemaValidator.create();

    /** A provincial SRDI SME designation; the USCC is the example of common.schema.json#/$defs/Uscc. */
    private static final String DESIGNATION = """
            {
              "enterpriseUscc": "91350100M000100Y43",
              "tier": "SRDI_SME",
              "level": "PROVINCIAL",
              "grantingJurisdiction": "500000",
              "designationDate": "2024-12-20",
              "recognitionType": "FIRST"
            }
            """;

    @Test
    void validateFindsNothingInAValidDocument() throws Exception {
        assertThat(VALIDATOR.validate(read(DESIGNATION), "designation.schema.json")).isEmpty();
    }

    @Test
    void validateReportsEachViolationWithItsJsonPointerAndKeyword() throws Exception {
        ObjectNode designation = read(DESIGNATION);
        designation.put("enterpriseUscc", "not-a-uscc");
        designation.put("designationDate", "2026-02-30");
        designation.remove("level");

        List<SchemaViolation> violations = VALIDATOR.validate(designation, "designation.schema.json");

        assertThat(violations)
                .extracting(SchemaViolation::instanceLocation, SchemaViolation::keyword)
                .containsExactlyInAnyOrder(
                        tuple("", "required"),
                        tuple("/enterpriseUscc", "pattern"),
                        tuple("/designationDate", "format"));
        assertThat(violations).allSatisfy(violation -> assertThat(violation.message()).isNotBlank());
    }

    @Test
    void validateChecksMultipleOfInDecimalArithmetic() throws Exception {
        // MoneyCny is a multiple of 0.01 (fen); in binary floating point 1000000.10 is not.
        String figures = "{\"yearlyFigures\": [{\"fiscalYear\": 2025, \"operatingRevenue\": %s}]}";

        assertThat(VALIDATOR.validate(read(figures.formatted("1000000.10")), "enterprise.schema.json"))
                .extracting(SchemaViolation::instanceLocation)
                .doesNotContain("/yearlyFigures/0/operatingRevenue");
        assertThat(VALIDATOR.validate(read(figures.formatted("0.001")), "enterprise.schema.json"))
                .extracting(SchemaViolation::instanceLocation, SchemaViolation::keyword)
                .contains(tuple("/yearlyFigures/0/operatingRevenue", "multipleOf"));
    }

    @Test
    void validateReturnsAnUnmodifiableList() throws Exception {
        List<SchemaViolation> violations = VALIDATOR.validate(read("{}"), "designation.schema.json");

        assertThat(violations).isNotEmpty();
        assertThatThrownBy(violations::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void validateAgainstAnUnknownSchemaIsMisuse() {
        assertThatThrownBy(() -> VALIDATOR.validate(read("{}"), "enterprize.schema.json"))
                .isInstanceOf(OpenSrdiException.class)
                .hasMessageContaining("No schema enterprize.schema.json");
    }

    @Test
    void oneValidatorGivesTheSameAnswersFromManyThreads() throws Exception {
        SchemaValidator shared = SchemaValidator.create();
        ObjectNode invalid = read(DESIGNATION);
        invalid.put("grantingJurisdiction", "5000");
        List<SchemaViolation> expected = SchemaValidator.create().validate(invalid, "designation.schema.json");

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SchemaViolation>>> answers = IntStream.range(0, 32)
                    .mapToObj(i -> threads.submit(() -> shared.validate(invalid, "designation.schema.json")))
                    .toList();
            for (Future<List<SchemaViolation>> answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static ObjectNode read(String json) throws Exception {
        JsonNode node = OpenSrdi.jsonMapper().readTree(json);
        return (ObjectNode) node;
    }
}
