package org.opensrdi.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensrdi.model.IssueGroup;
import org.opensrdi.model.ValidationReport;

/**
 * The catalogue of hostile inputs in {@code src/test/resources/hostile/}: each file with the FATAL
 * code it must produce ({@code expected.csv}), reported as a value — never an exception — with every
 * record read before the stop accounted for.
 */
class HostileInputTests {

    static Stream<Arguments> catalogue() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = HostileInputTests.class.getResourceAsStream("/hostile/expected.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",");
                rows.add(Arguments.of(cells[0], cells[1], Integer.parseInt(cells[2])));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("catalogue")
    void hostileFileIsReportedWithItsFatalCode(String file, String code, int recordsRead) throws IOException {
        Validator validator = Validator.builder().asOf(LocalDate.of(2025, 6, 30)).build();
        ValidationReport report;
        try (InputStream in = HostileInputTests.class.getResourceAsStream("/hostile/" + file)) {
            report = validator.validate(in, file, InputFormat.of(Path.of(file)));
        }
        assertThat(report.getIssueGroups()).extracting(IssueGroup::getCode).contains(code);
        // A FATAL issue is reported once, whether it belongs to a record or to the document.
        assertThat(report.getIssueGroups()).filteredOn(g -> g.getCode().equals(code)).extracting(IssueGroup::getCount)
                .containsExactly(1);
        assertThat(report.getAccepted()).isFalse();
        assertThat(report.getCounts().getRecordsRead()).isEqualTo(recordsRead);
        assertThat(report.getCounts().getRecordsAccepted() + report.getCounts().getRecordsRejected())
                .isEqualTo(report.getCounts().getRecordsRead());
    }
}
