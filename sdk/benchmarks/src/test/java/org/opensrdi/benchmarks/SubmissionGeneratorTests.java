package org.opensrdi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opensrdi.model.ValidationReport;
import org.opensrdi.sdk.validation.InputFormat;
import org.opensrdi.sdk.validation.Validator;

/**
 * The generator behind the benchmarks: the same seed gives the same bytes, records meant to be
 * valid pass all five layers without any issue (so USCC check characters, divisions, industry
 * classes, figures, terms and references are consistent), and each kind of invalid record is
 * answered with its issue code.
 */
class SubmissionGeneratorTests {

    private static final LocalDate AS_OF = SubmissionGenerator.Settings.DEFAULT_AS_OF;
    private static final Validator VALIDATOR = Validator.builder().asOf(AS_OF).build();

    private static byte[] generate(long records, long seed, double invalidPercent, SubmissionGenerator.Format format,
            String jurisdiction) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SubmissionGenerator(new SubmissionGenerator.Settings(records, seed, invalidPercent, format, jurisdiction, AS_OF))
                .write(out);
        return out.toByteArray();
    }

    private static ValidationReport validate(byte[] bytes, InputFormat format) {
        return VALIDATOR.validate(new ByteArrayInputStream(bytes), "generated", format);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        byte[] first = generate(2_000, 7, 5, SubmissionGenerator.Format.NDJSON, "000000");
        assertThat(generate(2_000, 7, 5, SubmissionGenerator.Format.NDJSON, "000000")).isEqualTo(first);
        assertThat(generate(2_000, 8, 5, SubmissionGenerator.Format.NDJSON, "000000")).isNotEqualTo(first);
    }

    @Test
    void recordsMeantToBeValidHaveNoIssueAtAll() throws IOException {
        ValidationReport report = validate(generate(5_000, 42, 0, SubmissionGenerator.Format.NDJSON, "000000"),
                InputFormat.NDJSON);

        assertThat(report.getCounts().getRecordsRead()).isEqualTo(5_000);
        assertThat(report.getCounts().getIssuesByCode()).isEmpty();
    }

    @Test
    void aSubmissionDocumentOfOneProvinceIsAcceptedWhole() throws IOException {
        ValidationReport report = validate(generate(3_000, 42, 0, SubmissionGenerator.Format.JSON, "650000"),
                InputFormat.SUBMISSION_JSON);

        assertThat(report.getCounts().getRecordsRead()).isEqualTo(3_000);
        assertThat(report.getCounts().getIssuesByCode()).isEmpty();
        assertThat(report.getAccepted()).isTrue();
    }

    @Test
    void everyInvalidRecordIsRejectedWithTheCodeOfItsKind() throws IOException {
        ValidationReport report = validate(generate(3_000, 42, 100, SubmissionGenerator.Format.NDJSON, "000000"),
                InputFormat.NDJSON);

        assertThat(report.getCounts().getRecordsRejected()).isEqualTo(3_000);
        // BAD_CHECK_DIGIT, UNKNOWN_DIVISION, RD_ABOVE_REVENUE, BAD_MONEY_DECIMALS, BROKEN_JSON (a cut line).
        assertThat(report.getCounts().getIssuesByCode()).containsKeys("SRDI-E4101", "SRDI-E4201", "SRDI-E4301",
                "SRDI-E2006", "SRDI-E1102");
    }

    @Test
    void inASubmissionDocumentABrokenRecordComesAsAStringAndTheRestIsRead() throws IOException {
        ValidationReport report = validate(generate(1_000, 42, 100, SubmissionGenerator.Format.JSON, "000000"),
                InputFormat.SUBMISSION_JSON);

        assertThat(report.getCounts().getRecordsRead()).isEqualTo(1_000);
        assertThat(report.getCounts().getIssuesByCode()).containsKeys("SRDI-E1202", "SRDI-E4101", "SRDI-E2006")
                .doesNotContainKeys("SRDI-F1101", "SRDI-F1103");
    }
}
