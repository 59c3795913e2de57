package org.opensrdi.sdk.criteria;

import java.time.LocalDate;
import java.util.Objects;
import org.opensrdi.model.Level;
import org.opensrdi.model.Tier;

/**
 * A designation an enterprise holds on the ladder's date, with its term (spec/docs/rules/README.md
 * §8.4).
 *
 * @param designationId the designation record's id, or null
 * @param tier the tier
 * @param level the level
 * @param underReview whether its term ended and a review is pending (it stays valid meanwhile)
 * @param termStart the first day of the term
 * @param termEnd the last day of the term, or null when neither given nor computable
 * @param termEndComputed whether the end was computed from the validity terms (start + term − 1 day)
 * @param termEndAfterReview the last day of the next term if a review is passed, or null when the tier
 *     has no review (e.g. high-tech enterprises are recognised anew)
 * @since 0.1.0
 */
public record HeldDesignation(String designationId, Tier tier, Level level, boolean underReview, LocalDate termStart,
        LocalDate termEnd, boolean termEndComputed, LocalDate termEndAfterReview) {

    /**
     * Checks the required components.
     *
     * @param designationId the id, or null
     * @param tier the tier
     * @param level the level
     * @param underReview whether under review
     * @param termStart the first day
     * @param termEnd the last day, or null
     * @param termEndComputed whether computed
     * @param termEndAfterReview the end after a review, or null
     */
    public HeldDesignation {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(termStart, "termStart");
    }
}
