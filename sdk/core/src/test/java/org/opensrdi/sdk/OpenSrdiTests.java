package org.opensrdi.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.opensrdi.model.LocalizedText;
import org.junit.jupiter.api.Test;

class OpenSrdiTests {

    private final JsonMapper mapper = OpenSrdi.jsonMapper();

    @Test
    void jsonMapperIsOneSharedInstance() {
        assertThat(OpenSrdi.jsonMapper()).isSameAs(OpenSrdi.jsonMapper());
    }

    @Test
    void jsonMapperReadsDecimalsExactlySoThatTenthsAddUp() throws Exception {
        // In binary floating point 0.1 + 0.2 = 0.30000000000000004; amounts must not drift.
        JsonNode amounts = mapper.readTree("{\"a\": 0.1, \"b\": 0.2}");

        BigDecimal sum = amounts.get("a").decimalValue().add(amounts.get("b").decimalValue());

        assertThat(amounts.get("a").isBigDecimal()).isTrue();
        assertThat(sum).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void jsonMapperKeepsTrailingZerosAndWritesDecimalsWithoutExponent() throws Exception {
        JsonNode tree = mapper.readTree("{\"revenue\": 1000.00, \"tiny\": 0.00000001}");

        assertThat(tree.get("revenue").decimalValue()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(mapper.writeValueAsString(tree)).isEqualTo("{\"revenue\":1000.00,\"tiny\":0.00000001}");
        assertThat(mapper.writeValueAsString(Map.of("big", new BigDecimal("1E+7")))).isEqualTo("{\"big\":10000000}");
    }

    @Test
    void jsonMapperWritesIsoDatesAndKeepsOffsets() throws Exception {
        OffsetDateTime submittedAt = mapper.readValue("\"2026-03-31T17:30:00+08:00\"", OffsetDateTime.class);

        assertThat(mapper.writeValueAsString(LocalDate.of(2026, 4, 1))).isEqualTo("\"2026-04-01\"");
        assertThat(mapper.writeValueAsString(submittedAt)).isEqualTo("\"2026-03-31T17:30:00+08:00\"");
    }

    @Test
    void jsonMapperLeavesNullPropertiesOut() throws Exception {
        assertThat(mapper.writeValueAsString(new LocalizedText("专精特新"))).isEqualTo("{\"zh\":\"专精特新\"}");
    }

    @Test
    void jsonMapperRejectsUnknownProperties() {
        assertThatThrownBy(() -> mapper.readValue("{\"zh\": \"专精特新\", \"eng\": \"SRDI\"}", LocalizedText.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("\"eng\"");
    }

    @Test
    void jsonMapperRejectsDuplicateProperties() {
        assertThatThrownBy(() -> mapper.readTree("{\"uscc\": \"A\", \"uscc\": \"B\"}"))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'uscc'");
    }

    @Test
    void jsonMapperRejectsNestingDeeperThan64WithAClearMessage() throws Exception {
        String deep = "[".repeat(65) + "]".repeat(65);

        assertThat(mapper.readTree("[".repeat(64) + "]".repeat(64)).isArray()).isTrue();
        assertThatThrownBy(() -> mapper.readTree(deep))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("nesting depth (65) exceeds the maximum allowed (64");
    }

    @Test
    void jsonMapperRejectsNumbersLongerThan64Characters() {
        assertThatThrownBy(() -> mapper.readTree("1" + "0".repeat(64)))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Number value length");
    }

    @Test
    void specVersionIsTheVersionOfTheShippedOpenApiDocument() {
        JsonNode bundled = SpecResources.json("openapi/opensrdi-api.bundled.json");

        assertThat(OpenSrdi.specVersion()).isEqualTo("0.1.0").isEqualTo(bundled.at("/info/version").asText());
    }
}
