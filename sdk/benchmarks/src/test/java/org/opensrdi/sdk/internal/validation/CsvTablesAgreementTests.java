package org.opensrdi.sdk.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensrdi.sdk.SpecResources;

/**
 * The validator's small CSV reader gives, for every table of the specification, exactly the rows
 * Jackson's CSV module gives (which it replaced to start faster).
 */
class CsvTablesAgreementTests {

    @Test
    void everyTableOfTheSpecificationReadsAsJacksonReadsIt() throws IOException {
        CsvMapper csv = new CsvMapper();
        int tables = 0;
        for (String path : SpecResources.paths()) {
            if (!path.endsWith(".csv")) {
                continue;
            }
            List<Map<String, String>> expected = new ArrayList<>();
            try (InputStream in = SpecResources.open(path);
                    MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                            .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (rows.hasNextValue()) {
                    expected.add(rows.nextValue());
                }
            }
            assertThat(CsvTables.rows(path)).as(path).isEqualTo(expected);
            tables++;
        }
        assertThat(tables).isGreaterThan(20);
    }
}
