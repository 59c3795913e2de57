package org.opensrdi.sdk.internal.validation;

import java.util.HashMap;
import java.util.Map;
import org.opensrdi.model.Severity;
import org.opensrdi.sdk.validation.Issue;
import org.opensrdi.sdk.validation.IssueLocation;

/**
 * The issue codes of {@code spec/codelists/validation-issue.csv} with their severities and message
 * templates. Builds {@link Issue} values by filling the named placeholders. Internal, not API.
 */
public final class IssueCatalogue {

    /** A code's fixed data. */
    record Entry(String code, Severity severity, String layer, String titleZh, String titleEn,
            String messageZh, String messageEn) {
    }

    private static final IssueCatalogue INSTANCE = new IssueCatalogue();

    private final Map<String, Entry> entries = new HashMap<>();

    private IssueCatalogue() {
        for (Map<String, String> row : CsvTables.rows("codelists/validation-issue.csv")) {
            entries.put(row.get("code"), new Entry(row.get("code"), Severity.fromValue(row.get("severity")),
                    row.get("layer"), row.get("title_zh"), row.get("title_en"), row.get("message_zh"),
                    row.get("message_en")));
        }
    }

    /**
     * The catalogue of the bundled specification.
     *
     * @return the catalogue
     */
    public static IssueCatalogue get() {
        return INSTANCE;
    }

    /**
     * Whether the catalogue defines a code.
     *
     * @param code an issue code
     * @return {@code true} if defined
     */
    public boolean defines(String code) {
        return entries.containsKey(code);
    }

    /**
     * The severity of a code.
     *
     * @param code a defined issue code
     * @return its severity
     */
    public Severity severity(String code) {
        return entry(code).severity();
    }

    /**
     * The Chinese title of a code.
     *
     * @param code a defined issue code
     * @return the title
     */
    public String titleZh(String code) {
        return entry(code).titleZh();
    }

    /**
     * The English title of a code.
     *
     * @param code a defined issue code
     * @return the title
     */
    public String titleEn(String code) {
        return entry(code).titleEn();
    }

    /**
     * An issue of a code at a location, its messages filled from name/value pairs.
     *
     * @param code a defined issue code
     * @param location where the issue is
     * @param namesAndValues placeholder names and their values, alternating
     * @return the issue
     */
    public Issue issue(String code, IssueLocation location, Object... namesAndValues) {
        Entry entry = entry(code);
        return new Issue(code, entry.severity(), location, fill(entry.messageZh(), namesAndValues),
                fill(entry.messageEn(), namesAndValues));
    }

    private Entry entry(String code) {
        Entry entry = entries.get(code);
        if (entry == null) {
            throw new IllegalArgumentException("Issue code " + code + " is not in validation-issue.csv");
        }
        return entry;
    }

    private static String fill(String template, Object... namesAndValues) {
        String text = template;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            String shown = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
            text = text.replace("{" + namesAndValues[i] + "}", shown);
        }
        return text;
    }
}
