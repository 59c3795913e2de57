package org.opensrdi.sdk.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the specification's CSV tables (code lists, formats) from the classpath: RFC 4180 (quoted
 * cells with {@code ""} for a quote, commas and line breaks inside quotes), first row the header,
 * cells as written. A few lines instead of Jackson's CSV module, whose start-up the validator's
 * start-up would otherwise wait for; the rows are those {@code SpecResources.codeListRows} gives.
 * Internal, not API.
 */
public final class CsvTables {

    /** Where the opensrdi-spec jar keeps the specification's files. */
    public static final String SPEC_ROOT = "org/opensrdi/spec/";

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
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the specification resource " + resource, e);
        }
    }

    private static List<Map<String, String>> parse(String text, String resource) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                started = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                started = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                started = false;
            } else {
                cell.append(c);
                started = true;
            }
        }
        if (quoted) {
            throw new IllegalStateException(resource + ": a quoted cell is not closed");
        }
        if (started) {
            record.add(cell.toString());
            records.add(record);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() > header.size()) {
                throw new IllegalStateException(resource + ": row " + (r + 1) + " has more cells than the header");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
