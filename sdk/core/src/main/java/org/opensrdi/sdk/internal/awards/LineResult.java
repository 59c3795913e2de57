package org.opensrdi.sdk.internal.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.opensrdi.model.Citation;
import org.opensrdi.model.Explanation;
import org.opensrdi.model.LocalizedText;

/**
 * One award line as the engine computed it. Internal, not API: the calculator turns it into an
 * immutable {@code AwardLine}.
 *
 * @param enterpriseUscc the enterprise
 * @param packId the pack
 * @param packVersion the pack's version
 * @param ruleId the award rule or unquantified award
 * @param title the rule's title
 * @param payer the paying jurisdiction, or {@code null} when the text leaves it open
 * @param kind EXACT, RANGE or UNQUANTIFIED
 * @param minimum the amount (EXACT) or the lower end (RANGE), scale 2; {@code null} if UNQUANTIFIED
 * @param maximum the amount (EXACT) or the upper end (RANGE, {@code null} when open), scale 2
 * @param citation the rule's citation
 * @param explanation the trace
 * @param record the label of the triggering record
 * @param date the date of the triggering record
 */
public record LineResult(String enterpriseUscc, String packId, String packVersion, String ruleId, LocalizedText title,
        String payer, Kind kind, BigDecimal minimum, BigDecimal maximum, Citation citation, Explanation explanation,
        String record, LocalDate date) {

    /** What kind of amount a line has. */
    public enum Kind {
        /** One exact amount. */
        EXACT,
        /** A range, possibly open at the top. */
        RANGE,
        /** The text states no amount. */
        UNQUANTIFIED
    }
}
