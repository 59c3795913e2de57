package org.opensrdi.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.opensrdi.model.ValidationReport;

/**
 * Mutates valid records at random — bytes flipped, deleted or inserted, lines cut or doubled — and
 * checks that the validator never throws and always accounts for every record.
 */
class MutatedRecordPropertyTests {

    private static final Validator VALIDATOR = Validator.builder().asOf(LocalDate.of(2025, 6, 30)).build();

    private static final String VALID = String.join("\n",
            "{\"enterprise\":{\"uscc\":\"91652722MA7A000178\",\"name\":\"精河县示例机械有限公司\",\"divisionCode\":\"652722\","
                    + "\"industryCode\":\"3484\",\"registrationDate\":\"2015-05-20\",\"yearlyFigures\":[{\"fiscalYear\":2024,"
                    + "\"employees\":120,\"operatingRevenue\":56000000.50,\"rdExpense\":2300000}]}}",
            "{\"designation\":{\"enterpriseUscc\":\"91652722MA7A000178\",\"tier\":\"SRDI_SME\",\"level\":\"PROVINCIAL\","
                    + "\"grantingJurisdiction\":\"650000\",\"designationDate\":\"2024-05-20\",\"termStart\":\"2024-05-20\","
                    + "\"termEnd\":\"2027-05-19\",\"recognitionType\":\"FIRST\",\"status\":\"ACTIVE\"}}",
            "{\"event\":{\"enterpriseUscc\":\"91652722MA7A000178\",\"kind\":\"TECHNICAL_UPGRADE\",\"date\":\"2024-09-01\","
                    + "\"totalInvestment\":15600000,\"equipmentPurchase\":9800000}}");

    /** One edit of the text: where, what kind, which byte. */
    record Mutation(int position, int kind, byte value) {
    }

    @Provide
    Arbitrary<java.util.List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 4), Arbitraries.bytes()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 10_000)
    void mutatedInputIsReportedNotThrownAndCountsAddUp(@ForAll("mutations") java.util.List<Mutation> mutations) {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            bytes = apply(bytes, m);
        }
        ValidationReport report = VALIDATOR.validate(new ByteArrayInputStream(bytes), "mutated.ndjson", InputFormat.NDJSON);
        assertThat(report.getCounts().getRecordsAccepted() + report.getCounts().getRecordsRejected())
                .isEqualTo(report.getCounts().getRecordsRead());
        assertThat(report.getAccepted()).isEqualTo(report.getIssueGroups().stream()
                .noneMatch(g -> g.getSeverity().toString().equals("ERROR") || g.getSeverity().toString().equals("FATAL")));
    }

    private static byte[] apply(byte[] bytes, Mutation m) {
        if (bytes.length == 0) {
            return new byte[] {m.value()};
        }
        int at = m.position() % bytes.length;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + 16);
        switch (m.kind()) {
            case 0 -> { // flip one byte
                byte[] copy = bytes.clone();
                copy[at] = m.value();
                return copy;
            }
            case 1 -> { // delete one byte
                out.write(bytes, 0, at);
                out.write(bytes, at + 1, bytes.length - at - 1);
            }
            case 2 -> { // insert one byte
                out.write(bytes, 0, at);
                out.write(m.value());
                out.write(bytes, at, bytes.length - at);
            }
            case 3 -> { // cut the text here
                out.write(bytes, 0, at);
            }
            default -> { // double the text (duplicates, more records)
                out.write(bytes, 0, bytes.length);
                out.write('\n');
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toByteArray();
    }
}
