package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the specification's CSV tables (code lists, formats) from the classpath. Internal, not API.
 */
public final class CsvTables {

    /** Where the opensrdi-spec jar keeps the specification's files. */
    public static final String SPEC_ROOT = "org/opensrdi/spec/";

    private static final CsvMapper CSV = new CsvMapper();

    private CsvTables() {
    }

    /**
     * All rows of a CSV table of the specification, as header-to-value maps, in file order.
     *
     * @param path the path below {@code spec/}, e.g. {@code codelists/tier.csv}
     * @return the rows
     */
    public static List<Map<String, String>> rows(String path) {
        String resource = SPEC_ROOT + path;
        try (InputStream in = CsvTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The specification resource " + resource
                        + " is not on the class path; is opensrdi-spec a dependency?");
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (it.hasNextValue()) {
                    rows.add(it.nextValue());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the specification resource " + resource, e);
        }
    }
}
