package org.opensrdi.sdk.internal.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensrdi.model.CountedItem;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.Level;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.internal.designations.Holding;
import org.opensrdi.sdk.internal.validation.CodeLists;
import org.opensrdi.sdk.progress.ProgressData;

/**
 * The records of one calculation, indexed by USCC, with the two questions every count asks: is an
 * enterprise registered in a jurisdiction (GB/T 2260 tree), and does a designation hold on a date
 * (specification.md §8.2). Built per calculation and used by one thread. Internal, not API.
 */
public final class Dataset {

    /** The four municipalities, whose 市级 designations are PROVINCIAL (specification.md §6). */
    private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

    private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
    private final Map<String, List<Designation>> designations = new LinkedHashMap<>();
    private final Map<String, List<Event>> events = new LinkedHashMap<>();
    private final List<CountedItem> countedItems;
    private final LocalDate dataAsOf;
    private final String coverage;
    private final Map<String, Boolean> within = new HashMap<>();
    private int duplicateEnterprises;
    private int designationsWithoutEnterprise;
    private int municipalLevelsNormalised;

    /**
     * Indexes the data.
     *
     * @param data the records
     * @param asOf the as-of date of the calculation, used as the data's as-of date when it has none
     */
    public Dataset(ProgressData data, LocalDate asOf) {
        for (Enterprise enterprise : data.enterprises()) {
            // One enterprise per USCC: the first record wins (the validator rejects the others, SRDI-E5001).
            if (enterprises.putIfAbsent(enterprise.getUscc(), enterprise) != null) {
                duplicateEnterprises++;
            }
        }
        for (Designation designation : data.designations()) {
            if (!enterprises.containsKey(designation.getEnterpriseUscc())) {
                designationsWithoutEnterprise++;
            }
            if (isMunicipalLevel(designation)) {
                municipalLevelsNormalised++;
            }
            designations.computeIfAbsent(designation.getEnterpriseUscc(), key -> new ArrayList<>()).add(designation);
        }
        for (Event event : data.events()) {
            events.computeIfAbsent(event.getEnterpriseUscc(), key -> new ArrayList<>()).add(event);
        }
        this.countedItems = data.countedItems();
        this.dataAsOf = data.dataAsOf().orElse(asOf);
        this.coverage = data.coverage().orElse(null);
    }

    /** Enterprises by USCC, one each. */
    public Collection<Enterprise> enterprises() {
        return enterprises.values();
    }

    /** The enterprise of a USCC, or null. */
    public Enterprise enterprise(String uscc) {
        return enterprises.get(uscc);
    }

    /** The designations of an enterprise, in input order. */
    public List<Designation> designationsOf(String uscc) {
        return designations.getOrDefault(uscc, List.of());
    }

    /** The events of an enterprise, in input order. */
    public List<Event> eventsOf(String uscc) {
        return events.getOrDefault(uscc, List.of());
    }

    /** The counted items, in input order. */
    public List<CountedItem> countedItems() {
        return countedItems;
    }

    /** The jurisdiction the data cover, or null. */
    public String coverage() {
        return coverage;
    }

    /** How many enterprise records repeated a USCC already seen (and were ignored). */
    public int duplicateEnterprises() {
        return duplicateEnterprises;
    }

    /** How many designations name an enterprise the data do not hold (and are never counted). */
    public int designationsWithoutEnterprise() {
        return designationsWithoutEnterprise;
    }

    /** How many designations granted by a municipality were recorded PREFECTURAL and read as PROVINCIAL. */
    public int municipalLevelsNormalised() {
        return municipalLevelsNormalised;
    }

    /** Whether an enterprise is registered in a jurisdiction or below it. */
    public boolean isWithin(Enterprise enterprise, String jurisdiction) {
        return isWithin(enterprise.getDivisionCode(), jurisdiction);
    }

    /** Whether a division is a jurisdiction or lies below it in the GB/T 2260 tree. */
    public boolean isWithin(String division, String jurisdiction) {
        if (division == null) {
            return false;
        }
        return within.computeIfAbsent(division + "/" + jurisdiction,
                key -> CodeLists.get().isWithin(division, jurisdiction));
    }

    /**
     * The level a designation counts at: its recorded level, except that a municipality's 市级
     * designation recorded as PREFECTURAL counts as PROVINCIAL (Chongqing's 市级 is provincial).
     */
    public static Level levelOf(Designation designation) {
        return isMunicipalLevel(designation) ? Level.PROVINCIAL : designation.getLevel();
    }

    private static boolean isMunicipalLevel(Designation designation) {
        return designation.getLevel() == Level.PREFECTURAL
                && MUNICIPALITIES.contains(designation.getGrantingJurisdiction());
    }

    /** Whether a designation's level is one of the levels (any level when there are none). */
    public static boolean hasLevel(Designation designation, Collection<Level> levels) {
        return levels == null || levels.isEmpty() || levels.contains(levelOf(designation));
    }

    /** Whether a designation holds on a date ({@link Holding#holds}, bounded by the data's as-of date). */
    public boolean isActive(Designation designation, LocalDate date) {
        return Holding.holds(designation, date, dataAsOf);
    }

    /** Whether an enterprise holds an active designation of one of the tiers (any level) on a date. */
    public boolean holdsAny(String uscc, Collection<Tier> tiers, LocalDate date) {
        for (Designation designation : designationsOf(uscc)) {
            if (tiers.contains(designation.getTier()) && isActive(designation, date)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an enterprise is industrial: GB/T 4754-2017 sections B, C and D, divisions 06–46. */
    public static boolean isIndustrial(Enterprise enterprise) {
        String code = enterprise.getIndustryCode();
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0))
                || !Character.isDigit(code.charAt(1))) {
            return false;
        }
        int division = Integer.parseInt(code.substring(0, 2));
        return division >= 6 && division <= 46;
    }
}
