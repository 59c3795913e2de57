package org.opensrdi.sdk.criteria;

import java.util.List;
import java.util.Objects;

/**
 * The count of a near-miss admission (spec/docs/rules/README.md §8.3), e.g. a cultivation pool that
 * admits enterprises missing at most N elements of the SRDI SME criteria. Element names are
 * condition ids, {@code ID#k} for the k-th conjunct of a condition, or the ids of an alternative
 * joined by {@code |} (e.g. {@code SCORE|DIRECT_SCIENCE_AWARD|…}).
 *
 * @param targetRuleSet the target tier's rule set, {@code id@version}
 * @param maxMissing N
 * @param missed the elements that are not met
 * @param undecided the elements the data cannot decide
 * @param met the elements that are met
 * @param eligibilityFailed general eligibility conditions not met (never missable)
 * @param eligibilityUnknown general eligibility conditions the data cannot decide
 * @since 0.1.0
 */
public record NearMissCount(String targetRuleSet, int maxMissing, List<String> missed, List<String> undecided,
        List<String> met, List<String> eligibilityFailed, List<String> eligibilityUnknown) {

    /**
     * Copies the lists.
     *
     * @param targetRuleSet the target rule set
     * @param maxMissing N
     * @param missed the missed elements
     * @param undecided the undecided elements
     * @param met the met elements
     * @param eligibilityFailed eligibility conditions not met
     * @param eligibilityUnknown eligibility conditions undecided
     */
    public NearMissCount {
        Objects.requireNonNull(targetRuleSet, "targetRuleSet");
        missed = List.copyOf(missed);
        undecided = List.copyOf(undecided);
        met = List.copyOf(met);
        eligibilityFailed = List.copyOf(eligibilityFailed);
        eligibilityUnknown = List.copyOf(eligibilityUnknown);
    }
}
