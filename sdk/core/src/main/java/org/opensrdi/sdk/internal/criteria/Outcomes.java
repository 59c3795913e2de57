package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.opensrdi.model.Level;
import org.opensrdi.model.Tier;

/**
 * What the engine returns, before the API wraps it in its result values. Internal, not API.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * Points of one indicator or group.
     *
     * @param id the indicator or group id
     * @param number the indicator's number in the official table, or null
     * @param group the group of an indicator, or null for a group
     * @param label the band or case label, or null
     * @param low the lowest points
     * @param high the highest points
     */
    public record Points(String id, String number, String group, String label, int low, int high) {
    }

    /**
     * The near-miss count of README §8.3.
     *
     * @param targetRuleSet the target tier's rule set, {@code id@version}
     * @param maxMissing N
     * @param missed the elements that are false
     * @param undecided the elements that are unknown
     * @param met the elements that are true
     * @param eligibilityFailed the general eligibility conditions that are false
     * @param eligibilityUnknown the general eligibility conditions that are unknown
     */
    public record NearMiss(String targetRuleSet, int maxMissing, List<String> missed, List<String> undecided,
            List<String> met, List<String> eligibilityFailed, List<String> eligibilityUnknown) {
    }

    /**
     * The evaluation of one tier.
     *
     * @param tier the tier
     * @param ruleSet the rule set used, {@code id@version}
     * @param transitional whether a transitional use chose it
     * @param verdict QUALIFIED, NOT_QUALIFIED or UNDETERMINED
     * @param total the total points, or null without a points table
     * @param indicators the indicators' points
     * @param groups the groups' points
     * @param failedConditions conditions (and SCORE) that are false
     * @param undecidedConditions conditions (and SCORE) that are unknown
     * @param missingInputs inputs needed but absent
     * @param directPathsHeld direct paths that hold
     * @param directPath the direct path that stood in for a requirement not met, or null
     * @param nearMiss the near-miss count, or null
     * @param findings findings that did not stop the evaluation
     * @param assumptions every assumption id involved
     * @param explanation the trace, as explanation.schema.json, made when first asked for; never to
     *     be modified (callers hand out copies)
     */
    public record TierOutcome(Tier tier, String ruleSet, boolean transitional, String verdict, Points total,
            List<Points> indicators, List<Points> groups, List<String> failedConditions, List<String> undecidedConditions,
            List<String> missingInputs, List<String> directPathsHeld, String directPath, NearMiss nearMiss,
            List<Finding> findings, List<String> assumptions, Supplier<ObjectNode> explanation) {

        TierOutcome withExplanation(Supplier<ObjectNode> made) {
            return new TierOutcome(tier, ruleSet, transitional, verdict, total, indicators, groups, failedConditions,
                    undecidedConditions, missingInputs, directPathsHeld, directPath, nearMiss, findings, assumptions,
                    made);
        }
    }

    /**
     * A size classification.
     *
     * @param result LARGE, MEDIUM, SMALL, MICRO, NOT_COVERED or UNDETERMINED
     * @param possible the possible results when UNDETERMINED, else the result alone
     * @param category the industry of the standard (e.g. INDUSTRY) or the not-covered entry, or null
     * @param ruleSet the rule set used
     * @param missingInputs inputs needed but absent
     * @param findings findings
     * @param assumptions every assumption id involved
     * @param explanation the trace, made when first asked for; never to be modified
     */
    public record SizeOutcome(String result, List<String> possible, String category, String ruleSet,
            List<String> missingInputs, List<Finding> findings, List<String> assumptions,
            Supplier<ObjectNode> explanation) {

        SizeOutcome withExplanation(Supplier<ObjectNode> made) {
            return new SizeOutcome(result, possible, category, ruleSet, missingInputs, findings, assumptions, made);
        }
    }

    /**
     * An explanation made on the first call and kept. Thread-safe: two threads asking at once may
     * both make it (the same document) and one is kept.
     *
     * @param maker makes the explanation
     * @return the memoising supplier
     */
    static Supplier<ObjectNode> explainedLater(Supplier<ObjectNode> maker) {
        return new Supplier<>() {
            private volatile ObjectNode made;

            @Override
            public ObjectNode get() {
                ObjectNode node = made;
                if (node == null) {
                    node = maker.get();
                    made = node;
                }
                return node;
            }
        };
    }

    /**
     * A designation held on the as-of date.
     *
     * @param designationId the designation's id, or null
     * @param tier its tier
     * @param level its level
     * @param underReview whether it is under review (still valid)
     * @param termStart the first day of its term
     * @param termEnd the last day of its term, or null if neither given nor computable
     * @param termEndComputed whether the term end was computed from the validity terms
     * @param termEndAfterReview the end of the next term if a review is passed, or null
     */
    public record Held(String designationId, Tier tier, Level level, boolean underReview, LocalDate termStart,
            LocalDate termEnd, boolean termEndComputed, LocalDate termEndAfterReview) {
    }

    /**
     * An enterprise's place on the ladder.
     *
     * @param asOf the as-of date
     * @param regime the regime in force, or null
     * @param rungs the programme tiers of that regime, lowest first
     * @param held the designations held
     * @param nextTier the tier it can apply for next, or null at the top
     * @param termsRuleSet the validity-terms rule set used, {@code id@version}
     */
    public record LadderOutcome(LocalDate asOf, String regime, List<Tier> rungs, List<Held> held, Tier nextTier,
            String termsRuleSet) {
    }
}
