package org.opensrdi.sdk.internal.designations;

import java.time.LocalDate;
import org.opensrdi.model.Designation;

/**
 * Whether a designation holds on a date, as specification.md §8.2 defines it, for every calculator
 * that asks (awards, progress): its term has started ({@code termStart}, else
 * {@code designationDate}); it was not revoked on or before the date ({@code REVOKED} without a
 * revocation date counts as revoked); and the date is not after {@code termEnd}, or there is no
 * {@code termEnd} (except {@code EXPIRED} without one: it ended on an unknown day, so it does not
 * hold), or the status is {@code UNDER_REVIEW} and the date is not after the data's as-of date (a
 * designation under review stays valid). Stateless. Internal, not API.
 */
public final class Holding {

    private Holding() {
    }

    /**
     * Whether the designation holds on the date.
     *
     * @param designation the designation
     * @param date the date
     * @param asOf the as-of date of the data, which bounds a term kept alive by a review
     * @return whether it holds
     */
    public static boolean holds(Designation designation, LocalDate date, LocalDate asOf) {
        LocalDate start = designation.getTermStart() != null ? designation.getTermStart()
                : designation.getDesignationDate();
        if (start == null || start.isAfter(date) || isRevokedBy(designation, date)) {
            return false;
        }
        if (designation.getTermEnd() == null) {
            return designation.getStatus() != Designation.StatusEnum.EXPIRED;
        }
        if (!date.isAfter(designation.getTermEnd())) {
            return true;
        }
        return designation.getStatus() == Designation.StatusEnum.UNDER_REVIEW && !date.isAfter(asOf);
    }

    /**
     * Whether the designation was revoked on or before the date: its revocation date is not after
     * it, or it is {@code REVOKED} without a revocation date.
     *
     * @param designation the designation
     * @param date the date
     * @return whether it was revoked by then
     */
    public static boolean isRevokedBy(Designation designation, LocalDate date) {
        if (designation.getRevocationDate() != null) {
            return !designation.getRevocationDate().isAfter(date);
        }
        return designation.getStatus() == Designation.StatusEnum.REVOKED;
    }
}
