package org.opensrdi.sdk.internal.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * Validity terms of designations (README §8.4) and whether a designation is held on a date, as
 * {@code hasDesignation} (README §5) and the ladder read it. Internal, not API.
 */
final class Terms {

    /** How a designation stands on a date. */
    enum Holding { NOT_HELD, ACTIVE, UNDER_REVIEW }

    /**
     * A term computed from the validity-terms rule set.
     *
     * @param end the last day of the term
     * @param reviewExtensionYears the years a passed review adds, or null if the tier has no review
     * @param term the validity-term entry used
     * @param owner the validity-terms rule set
     */
    record Computed(LocalDate end, Integer reviewExtensionYears, RuleSet.ValidityTerm term, RuleSet owner) {
    }

    private Terms() {
    }

    /** The first day of the term: termStart, else the designation date. */
    static LocalDate start(Designation designation) {
        return designation.getTermStart() != null ? designation.getTermStart() : designation.getDesignationDate();
    }

    /**
     * The term of a designation from the validity terms: the entry of its tier for the regime of the
     * designation date, parameters looked up at that date; end = start + N years − 1 day.
     *
     * @param terms the validity-terms rule set, or null
     * @param regime the regime of the designation date
     * @param designation the designation
     * @param trace where the parameters used are recorded, or null
     * @return the term, or empty when the rule data has no entry or value for it
     */
    static Optional<Computed> compute(RuleSet terms, String regime, Designation designation, Trace trace) {
        if (terms == null || designation.getDesignationDate() == null || start(designation) == null) {
            return Optional.empty();
        }
        Tier tier = designation.getTier();
        RuleSet.ValidityTerm entry = terms.validityTerms().stream()
                .filter(t -> t.tier() == tier && (t.regime().equals(regime) || "NOT_APPLICABLE".equals(t.regime())))
                .findFirst().orElse(null);
        if (entry == null) {
            return Optional.empty();
        }
        LocalDate date = designation.getDesignationDate();
        try {
            RuleSet.Parameter years = terms.parameter(entry.termYearsParameter(), date);
            RuleSet.Parameter extension = entry.reviewExtensionYearsParameter() == null ? null
                    : terms.parameter(entry.reviewExtensionYearsParameter(), date);
            if (trace != null) {
                trace.parameter(terms, years);
                if (extension != null) {
                    trace.parameter(terms, extension);
                }
                trace.assumptions(entry.assumptions());
            }
            return Optional.of(new Computed(CalendarYears.termEnd(start(designation), years(years)),
                    extension == null ? null : years(extension), entry, terms));
        } catch (OpenSrdiException e) {
            // No value in force on the designation date: the terms before it are not encoded.
            return Optional.empty();
        }
    }

    private static int years(RuleSet.Parameter parameter) {
        BigDecimal value = parameter.value();
        if (value == null) {
            throw new OpenSrdiException(parameter.id() + " is not a number of years");
        }
        return value.intValueExact();
    }

    /**
     * How a designation stands on a date (README §5 {@code hasDesignation}): not held if revoked or not
     * yet started; under review if its status says so (it stays valid, README §8.4); active if the
     * date is within its term (given, else computed; a term whose end is unknown counts by its status).
     */
    static Holding holding(Designation designation, LocalDate asOf, LocalDate end) {
        Designation.StatusEnum status = designation.getStatus();
        if (status == Designation.StatusEnum.REVOKED) {
            return Holding.NOT_HELD;
        }
        LocalDate start = start(designation);
        if (start == null || start.isAfter(asOf)) {
            return Holding.NOT_HELD;
        }
        if (status == Designation.StatusEnum.UNDER_REVIEW) {
            return Holding.UNDER_REVIEW;
        }
        if (end == null) {
            return status == null || status == Designation.StatusEnum.ACTIVE ? Holding.ACTIVE : Holding.NOT_HELD;
        }
        return asOf.isAfter(end) ? Holding.NOT_HELD : Holding.ACTIVE;
    }
}
