package org.opensrdi.sdk.internal.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Tier;

/**
 * Whether an enterprise holds a tier on a date, as specification.md §8.2 defines it: the term has
 * started ({@code termStart}, else {@code designationDate}); the date is not after {@code termEnd},
 * or there is none, or the designation is UNDER_REVIEW and the date is not after the as-of date
 * (a designation under review stays valid); and it was not revoked on or before the date. Internal,
 * not API.
 */
final class Holdings {

    private Holdings() {
    }

    /**
     * The first designation that makes the enterprise hold one of the tiers on the date.
     *
     * @param designations the enterprise's designations
     * @param tiers the tiers, one of which must be held
     * @param date the date
     * @param asOf the as-of date of the calculation
     * @return the designation, or {@code null} if none
     */
    static Designation holding(List<Dataset.Entry<Designation>> designations, Set<Tier> tiers, LocalDate date,
            LocalDate asOf) {
        for (Dataset.Entry<Designation> entry : designations) {
            Designation designation = entry.record();
            if (designation.getTier() != null && tiers.contains(designation.getTier()) && holds(designation, date, asOf)) {
                return designation;
            }
        }
        return null;
    }

    private static boolean holds(Designation designation, LocalDate date, LocalDate asOf) {
        LocalDate start = designation.getTermStart() != null ? designation.getTermStart() : designation.getDesignationDate();
        if (start == null || date.isBefore(start)) {
            return false;
        }
        LocalDate end = designation.getTermEnd();
        boolean underReview = designation.getStatus() == Designation.StatusEnum.UNDER_REVIEW;
        if (end != null && date.isAfter(end) && !(underReview && !date.isAfter(asOf))) {
            return false;
        }
        return designation.getRevocationDate() == null || designation.getRevocationDate().isAfter(date);
    }
}
