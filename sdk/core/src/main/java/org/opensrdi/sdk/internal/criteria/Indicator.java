package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator of a points table (spec/docs/rules/README.md §6.1). Only the fields of its method are
 * set; the others are null. Immutable. Internal, not API.
 *
 * @param id the indicator id
 * @param number its number in the official table, or null
 * @param title its name
 * @param maxPoints its maximum
 * @param method BANDS, FIRST_MATCH, PER_ITEM, STEPS, MAX_OF or INPUT
 * @param metric the metric of BANDS and STEPS
 * @param key the key of a keyed metric
 * @param bands the bands of BANDS
 * @param cases the cases of FIRST_MATCH
 * @param items the items of PER_ITEM
 * @param pointsPerItem PER_ITEM points per true item
 * @param stepSize STEPS step
 * @param pointsPerStep STEPS points per step
 * @param cap PER_ITEM and STEPS cap
 * @param indicators the sub-indicators of MAX_OF
 * @param input the source of INPUT
 * @param rangeLow the lower end of the INPUT range
 * @param rangeHigh the upper end of the INPUT range
 * @param fallback the INPUT fallback, or null
 * @param citation where it comes from
 * @param assumptions the assumption ids
 */
record Indicator(String id, String number, JsonNode title, int maxPoints, String method, String metric, String key,
        List<Band> bands, List<Case> cases, List<Item> items, int pointsPerItem, BigDecimal stepSize, int pointsPerStep,
        int cap, List<Indicator> indicators, InputSource input, int rangeLow, int rangeHigh, Indicator fallback,
        JsonNode citation, List<String> assumptions) {

    static final String BANDS = "BANDS";
    static final String FIRST_MATCH = "FIRST_MATCH";
    static final String PER_ITEM = "PER_ITEM";
    static final String STEPS = "STEPS";
    static final String MAX_OF = "MAX_OF";
    static final String INPUT = "INPUT";

    /**
     * A band of BANDS: a missing bound is unbounded.
     *
     * @param label e.g. A
     * @param lower the lower bound, or null
     * @param lowerInclusive whether the lower bound belongs to the band
     * @param upper the upper bound, or null
     * @param upperInclusive whether the upper bound belongs to the band
     * @param low the lowest points
     * @param high the highest points (= low for {@code points})
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record Band(String label, BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive,
            int low, int high, JsonNode citation, List<String> assumptions) {
    }

    /**
     * A case of FIRST_MATCH.
     *
     * @param label e.g. A
     * @param test when it applies
     * @param low the lowest points
     * @param high the highest points
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record Case(String label, RuleTest test, int low, int high, JsonNode citation, List<String> assumptions) {
    }

    /**
     * An item of PER_ITEM.
     *
     * @param id the item id
     * @param label e.g. A, or null
     * @param test whether the item is met
     * @param citation where it comes from
     */
    record Item(String id, String label, RuleTest test, JsonNode citation) {
    }

    /**
     * Where an INPUT indicator reads its points: exactly one of the three is set.
     *
     * @param fact a fact path
     * @param metric a metric code
     * @param slot a provincial slot id
     */
    record InputSource(String fact, String metric, String slot) {
    }
}
