package org.opensrdi.sdk.internal.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.opensrdi.model.AwardAmount;

/**
 * How much a rule pays, checked for completeness when the pack was compiled. Internal, not API.
 *
 * @param kind FIXED, RATE, UP_TO, NOT_LESS_THAN, MATCHING or UNQUANTIFIED
 * @param amount FIXED: the amount; UP_TO: the cap; NOT_LESS_THAN: the floor
 * @param rateFraction RATE: the rate
 * @param baseField RATE: the event amount the rate applies to
 * @param thresholdField RATE: the event amount the threshold is tested on
 * @param threshold RATE: the inclusive minimum of the threshold field, or {@code null}
 * @param cap RATE: the most the line pays, or {@code null}
 * @param basePeriodMaxYears RATE: the longest period of the base in years, or {@code null}
 * @param alternative RATE: the rate under a condition, or {@code null}
 * @param matchingRatio MATCHING: the ratio
 * @param matchedJurisdiction MATCHING: whose award is matched
 * @param rounding how amounts are rounded to fen
 */
record AmountRule(AwardAmount.KindEnum kind, BigDecimal amount, BigDecimal rateFraction, String baseField,
        String thresholdField, BigDecimal threshold, BigDecimal cap, Integer basePeriodMaxYears,
        Alternative alternative, BigDecimal matchingRatio, String matchedJurisdiction, RoundingMode rounding) {

    /** No amount: an unquantified award. */
    static final AmountRule UNQUANTIFIED = new AmountRule(AwardAmount.KindEnum.UNQUANTIFIED, null, null, null, null,
            null, null, null, null, null, null, RoundingMode.HALF_UP);

    /**
     * A rate that applies under a condition.
     *
     * @param rateFraction the rate
     * @param upTo the amount is a range from the main rate to this one
     * @param capApplies the main cap limits this rate too
     */
    record Alternative(BigDecimal rateFraction, boolean upTo, boolean capApplies) {
    }
}
