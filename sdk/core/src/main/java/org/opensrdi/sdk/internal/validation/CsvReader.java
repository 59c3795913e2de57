package org.opensrdi.sdk.internal.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * Reads CSV enterprise-year rows (spec/formats/csv-enterprise-year.csv maps headers to JSON Pointers)
 * and turns each row into an Enterprise record with one fiscal year. Chinese headers and aliases are
 * accepted. A broken row is reported and skipped. Internal, not API.
 */
final class CsvReader implements RecordReader {

    /** One column of the CSV format. */
    private record FormatColumn(String column, String pointer, String type, boolean required) {
    }

    private static final List<FormatColumn> FORMAT = new ArrayList<>();
    private static final Map<String, FormatColumn> BY_HEADER = new HashMap<>();
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    /** A date cell must be written YYYY-MM-DD; whether the day exists is the schema's check. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    static {
        for (Map<String, String> row : CsvTables.rows("formats/csv-enterprise-year.csv")) {
            FormatColumn column = new FormatColumn(row.get("column"), row.get("json_pointer"), row.get("type"),
                    "true".equals(row.get("required")));
            FORMAT.add(column);
            BY_HEADER.put(normalise(column.column()), column);
            BY_HEADER.put(normalise(row.get("header_zh")), column);
            for (String alias : row.get("aliases_zh").split("\\|")) {
                if (!alias.isBlank()) {
                    BY_HEADER.put(normalise(alias), column);
                }
            }
        }
    }

    private final String source;
    private final IssueCatalogue catalogue;
    private final SyntaxErrors errors;
    private final MappingIterator<String[]> rows;
    private final List<Issue> documentIssues = new ArrayList<>();
    private FormatColumn[] columns;
    private CsvColumns csvColumns;
    private boolean done;
    private long index;

    CsvReader(InputStream in, String source, IssueCatalogue catalogue, SyntaxErrors errors) throws IOException {
        this.source = source;
        this.catalogue = catalogue;
        this.errors = errors;
        boolean[] bom = new boolean[1];
        InputStream body = Bom.strip(in, bom);
        if (bom[0]) {
            documentIssues.add(catalogue.issue("SRDI-I1001", IssueLocation.ofDocument(source, 1, 1)));
        }
        // Malformed bytes become U+FFFD; a row containing one is reported as wrongly encoded.
        this.rows = CSV.readerFor(String[].class).readValues(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    @Override
    public RawRecord next() throws IOException {
        if (done) {
            return null;
        }
        if (columns == null && !readHeader()) {
            done = true;
            return null;
        }
        while (true) {
            int line = rows.getCurrentLocation().getLineNr();
            String[] cells;
            try {
                if (!rows.hasNextValue()) {
                    done = true;
                    return null;
                }
                cells = rows.nextValue();
            } catch (JsonProcessingException e) {
                IssueLocation at = at(line);
                // The CSV parser cannot resynchronise reliably inside a broken quoted field.
                done = true;
                Issue issue = errors.recordIssue(e, at);
                return RawRecord.broken(at, issue);
            }
            if (cells.length == 0 || cells.length == 1 && cells[0].isEmpty()) {
                continue;
            }
            IssueLocation at = at(Math.max(line, 1));
            for (String cell : cells) {
                if (cell.indexOf('\uFFFD') >= 0) {
                    return RawRecord.broken(at, catalogue.issue("SRDI-E1003", at));
                }
                if (cell.indexOf('\0') >= 0) {
                    return RawRecord.broken(at, catalogue.issue("SRDI-E1005", at));
                }
            }
            if (cells.length != columns.length) {
                return RawRecord.broken(at, catalogue.issue("SRDI-E1302", at, "found", cells.length,
                        "expected", columns.length));
            }
            return toRecord(cells, at);
        }
    }

    private RawRecord toRecord(String[] cells, IssueLocation at) {
        ObjectNode enterprise = JsonNodeFactory.instance.objectNode();
        List<Issue> cellIssues = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            FormatColumn column = columns[i];
            String cell = cells[i].trim();
            if (column == null || cell.isEmpty()) {
                continue;
            }
            Object value = convert(cell, column.type());
            if (value == null) {
                cellIssues.add(catalogue.issue("SRDI-E1304",
                        at.withPointer("/enterprise" + column.pointer()).withHeader(header(i), i + 1),
                        "header", header(i), "value", cell, "expected", column.type()));
                continue;
            }
            put(enterprise, column.pointer(), value);
        }
        if (!cellIssues.isEmpty()) {
            return new RawRecord(at, null, List.copyOf(cellIssues), csvColumns);
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.set("enterprise", enterprise);
        return new RawRecord(at, record, List.of(), csvColumns);
    }

    private boolean readHeader() throws IOException {
        String[] header;
        try {
            if (!rows.hasNextValue()) {
                documentIssues.add(catalogue.issue("SRDI-F1006", IssueLocation.ofDocument(source, 1, 1)));
                return false;
            }
            header = rows.nextValue();
        } catch (JsonProcessingException e) {
            documentIssues.add(errors.documentIssue(e, IssueLocation.ofDocument(source, 1, 1)));
            return false;
        }
        columns = new FormatColumn[header.length];
        Map<String, CsvColumns.Column> byPointer = new LinkedHashMap<>();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            FormatColumn column = BY_HEADER.get(normalise(header[i]));
            if (column == null || present.contains(column.column())) {
                documentIssues.add(catalogue.issue("SRDI-W1303",
                        IssueLocation.ofDocument(source, 1, i + 1).withHeader(header[i], i + 1), "header", header[i]));
                continue;
            }
            columns[i] = column;
            present.add(column.column());
            byPointer.put("/enterprise" + column.pointer(), new CsvColumns.Column(header[i], i + 1));
        }
        List<String> missing = FORMAT.stream().filter(FormatColumn::required).map(FormatColumn::column)
                .filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            documentIssues.add(catalogue.issue("SRDI-F1301", IssueLocation.ofDocument(source, 1, null),
                    "columns", String.join(", ", missing)));
            return false;
        }
        csvColumns = new CsvColumns(Map.copyOf(byPointer));
        this.header = header;
        return true;
    }

    private String[] header;

    private String header(int i) {
        return header[i];
    }

    private IssueLocation at(int line) {
        return new IssueLocation(source, "", index++, line, null, null);
    }

    private static Object convert(String cell, String type) {
        switch (type) {
            case "integer":
                return INTEGER.matcher(cell).matches() ? new BigInteger(cell) : null;
            case "decimal":
                return DECIMAL.matcher(cell).matches() ? new BigDecimal(cell) : null;
            case "date":
                return DATE.matcher(cell).matches() ? cell : null;
            case "boolean":
                return switch (cell.toLowerCase(Locale.ROOT)) {
                    case "true", "是", "1" -> Boolean.TRUE;
                    case "false", "否", "0" -> Boolean.FALSE;
                    default -> null;
                };
            default:
                return cell;
        }
    }

    /** Sets a value at a pointer such as /yearlyFigures/0/rdExpense, creating objects and arrays. */
    private static void put(ObjectNode root, String pointer, Object value) {
        String[] parts = pointer.substring(1).split("/");
        com.fasterxml.jackson.databind.JsonNode current = root;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            boolean nextIsIndex = parts[i + 1].chars().allMatch(Character::isDigit);
            if (current instanceof ObjectNode object) {
                com.fasterxml.jackson.databind.JsonNode child = object.get(part);
                if (child == null) {
                    child = nextIsIndex ? object.putArray(part) : object.putObject(part);
                }
                current = child;
            } else if (current instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
                int at = Integer.parseInt(part);
                while (array.size() <= at) {
                    if (nextIsIndex) {
                        array.addArray();
                    } else {
                        array.addObject();
                    }
                }
                current = array.get(at);
            }
        }
        ObjectNode parent = (ObjectNode) current;
        String last = parts[parts.length - 1];
        if (value instanceof BigInteger integer) {
            parent.put(last, integer);
        } else if (value instanceof BigDecimal decimal) {
            parent.put(last, decimal);
        } else if (value instanceof Boolean bool) {
            parent.put(last, bool);
        } else {
            parent.put(last, (String) value);
        }
    }

    private static String normalise(String header) {
        return header == null ? "" : header.strip().replace('（', '(').replace('）', ')').replace("Ⅱ", "II")
                .replace("Ⅰ", "I").toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Issue> documentIssues() {
        return documentIssues;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
