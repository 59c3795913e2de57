package org.opensrdi.sdk.internal.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.internal.designations.Holding;

/**
 * Whether an enterprise holds a tier on a date, as specification.md §8.2 defines it
 * ({@link Holding#holds}). Internal, not API.
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
            if (designation.getTier() != null && tiers.contains(designation.getTier())
                    && Holding.holds(designation, date, asOf)) {
                return designation;
            }
        }
        return null;
    }
}
