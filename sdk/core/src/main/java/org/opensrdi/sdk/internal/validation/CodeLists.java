package org.opensrdi.sdk.internal.validation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The code lists record rules consult: GB/T 2260 divisions (current and withdrawn), GB/T 4754-2017
 * classes and the tier table. Loaded once from the specification; immutable and thread-safe.
 * Internal, not API.
 */
public final class CodeLists {

    /** The code OpenSRDI uses for the State (national level); GB/T 2260 has none. */
    public static final String NATIONAL = "000000";

    /** A current division. */
    public record Division(String code, String name, String level, String parent) {
    }

    /** A withdrawn division code, with the first year-end list that no longer had it. */
    public record Withdrawn(String code, String name, int year) {
    }

    /** The dates and term of a tier, from tier.csv. */
    public record TierPeriod(LocalDate firstDesignationFrom, LocalDate firstDesignationUntil, Integer termYears) {
    }

    private static final Division STATE = new Division(NATIONAL, "中华人民共和国", "national", null);
    private static final CodeLists INSTANCE = new CodeLists();

    private final Map<String, Division> divisions = new HashMap<>();
    private final Map<String, Withdrawn> withdrawn = new HashMap<>();
    private final Set<String> industryClasses = new HashSet<>();
    private final Map<String, TierPeriod> tiers = new HashMap<>();

    private CodeLists() {
        for (Map<String, String> row : CsvTables.rows("codelists/gbt2260-divisions.csv")) {
            divisions.put(row.get("code"), new Division(row.get("code"), row.get("name"), row.get("level"),
                    emptyToNull(row.get("parent"))));
        }
        for (Map<String, String> row : CsvTables.rows("codelists/gbt2260-withdrawn.csv")) {
            Withdrawn entry = new Withdrawn(row.get("code"), row.get("name"), Integer.parseInt(row.get("withdrawn_year")));
            // A code may have been withdrawn more than once (reused); the latest withdrawal is reported.
            withdrawn.merge(entry.code(), entry, (a, b) -> a.year() >= b.year() ? a : b);
        }
        for (Map<String, String> row : CsvTables.rows("codelists/gbt4754-2017-industries.csv")) {
            if ("class".equals(row.get("level"))) {
                industryClasses.add(row.get("code"));
            }
        }
        for (Map<String, String> row : CsvTables.rows("codelists/tier.csv")) {
            tiers.put(row.get("code"), new TierPeriod(date(row.get("first_designation_from")),
                    date(row.get("first_designation_until")),
                    row.get("term_years") == null || row.get("term_years").isEmpty() ? null
                            : Integer.valueOf(row.get("term_years"))));
        }
    }

    /**
     * The code lists of the bundled specification.
     *
     * @return the code lists
     */
    public static CodeLists get() {
        return INSTANCE;
    }

    /**
     * A current division, or 000000 for the State.
     *
     * @param code a six-digit code
     * @return the division, if current
     */
    public Optional<Division> division(String code) {
        if (NATIONAL.equals(code)) {
            return Optional.of(STATE);
        }
        return Optional.ofNullable(divisions.get(code));
    }

    /**
     * Whether a code is a current division or 000000: {@code division(code).isPresent()}, without
     * allocating.
     *
     * @param code a six-digit code
     * @return {@code true} if current
     */
    public boolean isCurrent(String code) {
        return NATIONAL.equals(code) || divisions.containsKey(code);
    }

    /**
     * A withdrawn division code that is not current.
     *
     * @param code a six-digit code
     * @return its latest withdrawal, if any
     */
    public Optional<Withdrawn> withdrawn(String code) {
        return divisions.containsKey(code) ? Optional.empty() : Optional.ofNullable(withdrawn.get(code));
    }

    /**
     * Whether a division is the given ancestor or lies below it in the GB/T 2260 tree; the State
     * (000000) contains every division.
     *
     * @param code a current division code
     * @param ancestor a current division code or 000000
     * @return {@code true} if inside
     */
    public boolean isWithin(String code, String ancestor) {
        if (NATIONAL.equals(ancestor) || ancestor.equals(code)) {
            return true;
        }
        String current = code;
        for (int depth = 0; depth < 4 && current != null; depth++) {
            Division division = divisions.get(current);
            if (division == null) {
                return false;
            }
            current = division.parent();
            if (ancestor.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The OpenSRDI level of a division: NATIONAL, PROVINCIAL (incl. the four municipalities),
     * PREFECTURAL or COUNTY.
     *
     * @param code a current division code or 000000
     * @return the level, if the code is current
     */
    public Optional<String> levelOf(String code) {
        return division(code).map(d -> switch (d.level()) {
            case "national" -> "NATIONAL";
            case "province" -> "PROVINCIAL";
            case "prefecture" -> "PREFECTURAL";
            default -> "COUNTY";
        });
    }

    /**
     * Whether a code is a GB/T 4754-2017 class.
     *
     * @param code a four-digit code
     * @return {@code true} if it is a class of the list
     */
    public boolean isIndustryClass(String code) {
        return industryClasses.contains(code);
    }

    /**
     * The dates and term of a tier.
     *
     * @param tier a tier code
     * @return its period, if the tier is in tier.csv
     */
    public Optional<TierPeriod> tier(String tier) {
        return Optional.ofNullable(tiers.get(tier));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
