package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An enterprise record as one evaluation reads it: {@code FY(k)} entries by fiscal year and facts by
 * dot path, every read recorded in the trace with its JSON Pointer (README §4.1, §5). Internal, not
 * API.
 */
final class EnterpriseData {

    /** The member names of the dot paths of the rule data, split once. */
    private static final Map<String, String[]> SEGMENTS = new ConcurrentHashMap<>();

    private final JsonNode root;
    private final LocalDate asOf;
    private final Trace trace;
    private final Map<Integer, Integer> yearIndex = new HashMap<>();

    /**
     * @param root the enterprise record as JSON
     * @param asOf the as-of date; Y is its year
     * @param trace where reads are recorded
     */
    EnterpriseData(JsonNode root, LocalDate asOf, Trace trace) {
        this.root = root;
        this.asOf = asOf;
        this.trace = trace;
        JsonNode years = root.path("yearlyFigures");
        for (int i = 0; i < years.size(); i++) {
            JsonNode fiscalYear = years.get(i).path("fiscalYear");
            if (fiscalYear.canConvertToInt()) {
                // A duplicate year is a validation error (SRDI-E5…); the first entry is used.
                yearIndex.putIfAbsent(fiscalYear.asInt(), i);
            }
        }
    }

    /** Y, the calendar year of the as-of date. */
    int year() {
        return asOf.getYear();
    }

    LocalDate asOf() {
        return asOf;
    }

    Trace trace() {
        return trace;
    }

    JsonNode root() {
        return root;
    }

    /**
     * {@code FY(fiscalYear).field}, recorded as {@code field[fiscalYear]}.
     *
     * @return the number, or null when the year or the field is absent (recorded as missing)
     */
    BigDecimal figure(int fiscalYear, String field) {
        return number(fiscalYear, field + "[" + fiscalYear + "]", field, null);
    }

    /** Whether {@code FY(fiscalYear).field} is present, without recording a read. */
    boolean hasFigure(int fiscalYear, String field) {
        Integer index = yearIndex.get(fiscalYear);
        return index != null && root.path("yearlyFigures").path(index).path(field).isNumber();
    }

    /**
     * {@code FY(fiscalYear).provincialIndicators[key]}.
     *
     * @return the number, or null (recorded as missing)
     */
    BigDecimal provincialIndicator(int fiscalYear, String key) {
        return number(fiscalYear, "provincialIndicators." + key + "[" + fiscalYear + "]", "provincialIndicators", key);
    }

    /**
     * The number {@code FY(fiscalYear).field} or {@code FY(fiscalYear).field[key]}, recorded under a
     * name with its JSON Pointer.
     */
    private BigDecimal number(int fiscalYear, String name, String field, String key) {
        Integer index = yearIndex.get(fiscalYear);
        if (index == null) {
            trace.missingInput(name, null);
            return null;
        }
        JsonNode value = root.path("yearlyFigures").path(index).path(field);
        if (key != null) {
            value = value.path(key);
        }
        String pointer = trace.recording() ? "/yearlyFigures/" + index + "/" + field
                + (key == null ? "" : "/" + key.replace("~", "~0").replace("/", "~1")) : null;
        if (!value.isNumber()) {
            trace.missingInput(name, pointer);
            return null;
        }
        trace.input(name, value, pointer);
        return value.decimalValue();
    }

    /**
     * A fact by dot path from the record's root, e.g. {@code criteriaFacts.compliance.noMajorIncidents}.
     *
     * @return the value, or null when absent (recorded as missing)
     */
    JsonNode fact(String path) {
        JsonNode value = root;
        for (String name : SEGMENTS.computeIfAbsent(path, p -> p.split("\\.", -1))) {
            value = value.get(name);
            if (value == null) {
                break;
            }
        }
        String pointer = trace.recording() ? "/" + path.replace('.', '/') : null;
        if (value == null || value.isMissingNode() || value.isNull()) {
            trace.missingInput(path, pointer);
            return null;
        }
        trace.input(path, value, pointer);
        return value;
    }

    /** A date fact, or null when absent or not a date (recorded as missing). */
    LocalDate dateFact(String path) {
        JsonNode value = fact(path);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            trace.finding("NOT_A_DATE", path, value.asText());
            return null;
        }
    }
}
