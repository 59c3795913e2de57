package org.opensrdi.sdk.internal.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.opensrdi.model.CountMetric;
import org.opensrdi.model.CountedItem;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.internal.designations.Holding;

/**
 * Counts one {@link CountMetric} in a jurisdiction (spec/docs/progress.md §3–§4): enterprises by
 * USCC for designation, event and enterprise metrics, summed counts for counted items. Internal,
 * not API.
 */
public final class MetricCounter {

    /** A closed date window; {@code start} null means open. */
    public record Window(LocalDate start, LocalDate end) {

        boolean contains(LocalDate date) {
            return date != null && (start == null || !date.isBefore(start)) && !date.isAfter(end);
        }

        @Override
        public String toString() {
            return (start == null ? "…" : start.toString()) + " – " + end;
        }
    }

    /**
     * What a count found.
     *
     * @param count the number
     * @param enterprises the USCCs counted (empty for counted items)
     * @param items the ids (or positions) of the counted-item records used, with their counts
     */
    public record Result(int count, SortedSet<String> enterprises, List<String> items) {
    }

    private final Dataset data;

    /** A counter over the data. */
    public MetricCounter(Dataset data) {
        this.data = data;
    }

    /** Whether a metric counts a stock on a date rather than a flow in a window. */
    public static boolean isStock(CountMetric metric) {
        return metric.getKind() == CountMetric.KindEnum.DESIGNATION_STOCK
                || metric.getKind() == CountMetric.KindEnum.ENTERPRISE_STOCK;
    }

    /**
     * Counts a metric in a jurisdiction: a stock on {@code window.end()}, a flow within the window.
     *
     * @param metric what to count
     * @param jurisdiction where: enterprises registered in it or below, counted items reported by it or below
     * @param window the flow window (for a stock only its end is used)
     * @return the count
     */
    public Result count(CountMetric metric, String jurisdiction, Window window) {
        return switch (metric.getKind()) {
            case DESIGNATION_STOCK -> designationStock(metric, jurisdiction, window.end());
            case ENTERPRISE_STOCK -> enterpriseStock(metric, jurisdiction, window.end());
            case DESIGNATION_FLOW -> designations(metric, jurisdiction, window, FlowKind.FIRST);
            case DESIGNATION_RENEWED -> designations(metric, jurisdiction, window, FlowKind.RENEWAL);
            case DESIGNATION_EXPIRING -> designations(metric, jurisdiction, window, FlowKind.EXPIRING);
            case EVENT_FLOW -> eventFlow(metric, jurisdiction, window);
            case COUNTED_ITEMS -> countedItems(metric, jurisdiction, window);
        };
    }

    private enum FlowKind { FIRST, RENEWAL, EXPIRING }

    private boolean passesEnterpriseFilters(Enterprise enterprise, CountMetric metric, String jurisdiction) {
        if (!data.isWithin(enterprise, jurisdiction)) {
            return false;
        }
        if (Boolean.TRUE.equals(metric.getAboveDesignatedSizeOnly())
                && !Boolean.TRUE.equals(enterprise.getAboveDesignatedSize())) {
            return false;
        }
        return !Boolean.TRUE.equals(metric.getIndustrialOnly()) || Dataset.isIndustrial(enterprise);
    }

    private boolean holdsRequiredTiers(String uscc, CountMetric metric, LocalDate date) {
        Set<Tier> required = metric.getRequiredTiers();
        return required == null || required.isEmpty() || data.holdsAny(uscc, required, date);
    }

    private Result designationStock(CountMetric metric, String jurisdiction, LocalDate date) {
        SortedSet<String> counted = new TreeSet<>();
        for (Enterprise enterprise : data.enterprises()) {
            if (!passesEnterpriseFilters(enterprise, metric, jurisdiction)
                    || !holdsRequiredTiers(enterprise.getUscc(), metric, date)) {
                continue;
            }
            for (Designation designation : data.designationsOf(enterprise.getUscc())) {
                if (designation.getTier() == metric.getTier() && Dataset.hasLevel(designation, metric.getLevels())
                        && data.isActive(designation, date)) {
                    counted.add(enterprise.getUscc());
                    break;
                }
            }
        }
        return new Result(counted.size(), counted, List.of());
    }

    private Result enterpriseStock(CountMetric metric, String jurisdiction, LocalDate date) {
        SortedSet<String> counted = new TreeSet<>();
        for (Enterprise enterprise : data.enterprises()) {
            boolean registered = enterprise.getRegistrationDate() == null
                    || !enterprise.getRegistrationDate().isAfter(date);
            if (registered && passesEnterpriseFilters(enterprise, metric, jurisdiction)
                    && holdsRequiredTiers(enterprise.getUscc(), metric, date)) {
                counted.add(enterprise.getUscc());
            }
        }
        return new Result(counted.size(), counted, List.of());
    }

    private Result designations(CountMetric metric, String jurisdiction, Window window, FlowKind kind) {
        SortedSet<String> counted = new TreeSet<>();
        for (Enterprise enterprise : data.enterprises()) {
            if (!passesEnterpriseFilters(enterprise, metric, jurisdiction)) {
                continue;
            }
            for (Designation designation : data.designationsOf(enterprise.getUscc())) {
                if (designation.getTier() != metric.getTier() || !Dataset.hasLevel(designation, metric.getLevels())) {
                    continue;
                }
                LocalDate date = switch (kind) {
                    case FIRST, RENEWAL -> designation.getDesignationDate();
                    case EXPIRING -> designation.getTermEnd();
                };
                RecognitionType wanted = kind == FlowKind.RENEWAL ? RecognitionType.RENEWAL : RecognitionType.FIRST;
                boolean typeMatches = kind == FlowKind.EXPIRING || designation.getRecognitionType() == wanted;
                // A revoked designation is void: it neither counts as granted nor as reaching its term end.
                boolean revoked = kind == FlowKind.EXPIRING
                        ? date != null && Holding.isRevokedBy(designation, date)
                        : Holding.isRevokedBy(designation, window.end());
                if (typeMatches && window.contains(date) && !revoked
                        && holdsRequiredTiers(enterprise.getUscc(), metric, date)) {
                    counted.add(enterprise.getUscc());
                    break;
                }
            }
        }
        return new Result(counted.size(), counted, List.of());
    }

    private Result eventFlow(CountMetric metric, String jurisdiction, Window window) {
        SortedSet<String> counted = new TreeSet<>();
        for (Enterprise enterprise : data.enterprises()) {
            if (!passesEnterpriseFilters(enterprise, metric, jurisdiction)) {
                continue;
            }
            for (Event event : data.eventsOf(enterprise.getUscc())) {
                if (event.getKind() == metric.getEventKind() && window.contains(event.getDate())
                        && holdsRequiredTiers(enterprise.getUscc(), metric, event.getDate())) {
                    counted.add(enterprise.getUscc());
                    break;
                }
            }
        }
        return new Result(counted.size(), counted, List.of());
    }

    /**
     * Counted items: per reporting jurisdiction, the latest cumulative record plus the period
     * records after it, or else the sum of the period records (spec/docs/progress.md §4).
     */
    private Result countedItems(CountMetric metric, String jurisdiction, Window window) {
        Map<String, List<CountedItem>> byReporter = new LinkedHashMap<>();
        List<CountedItem> all = data.countedItems();
        for (CountedItem item : all) {
            boolean kindMatches = item.getKind() == metric.getCountedItemKind();
            boolean levelMatches = metric.getLevels() == null || metric.getLevels().isEmpty()
                    || (item.getLevel() != null && metric.getLevels().contains(item.getLevel()));
            boolean inside = item.getPeriod() != null && item.getPeriod().getEnd() != null
                    && (window.start() == null || !item.getPeriod().getStart().isBefore(window.start()))
                    && !item.getPeriod().getEnd().isAfter(window.end());
            if (kindMatches && levelMatches && inside && data.isWithin(item.getJurisdiction(), jurisdiction)) {
                byReporter.computeIfAbsent(item.getJurisdiction(), key -> new ArrayList<>()).add(item);
            }
        }
        int total = 0;
        List<String> used = new ArrayList<>();
        for (List<CountedItem> items : byReporter.values()) {
            CountedItem latestCumulative = null;
            for (CountedItem item : items) {
                if (Boolean.TRUE.equals(item.getCumulative()) && (latestCumulative == null
                        || !item.getPeriod().getEnd().isBefore(latestCumulative.getPeriod().getEnd()))) {
                    latestCumulative = item;
                }
            }
            List<CountedItem> chosen = new ArrayList<>();
            if (latestCumulative != null) {
                chosen.add(latestCumulative);
            }
            for (CountedItem item : items) {
                boolean after = latestCumulative == null
                        || item.getPeriod().getStart().isAfter(latestCumulative.getPeriod().getEnd());
                if (!Boolean.TRUE.equals(item.getCumulative()) && after) {
                    chosen.add(item);
                }
            }
            chosen.sort(Comparator.comparing(item -> item.getPeriod().getEnd()));
            for (CountedItem item : chosen) {
                total += item.getCount();
                String name = item.getId() != null ? item.getId() : "#" + all.indexOf(item);
                used.add(name + " " + item.getJurisdiction() + " " + item.getPeriod().getStart() + "–"
                        + item.getPeriod().getEnd() + (Boolean.TRUE.equals(item.getCumulative()) ? " cumulative " : " ")
                        + item.getCount());
            }
        }
        return new Result(total, new TreeSet<>(), used);
    }
}
