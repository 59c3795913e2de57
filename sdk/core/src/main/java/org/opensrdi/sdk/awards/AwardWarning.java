package org.opensrdi.sdk.awards;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a reader of an award result should know: a record that did not pay and why (outside
 * the window, already paid, below the threshold, …), or a line that reached its cap. Programs act
 * on the code, never on the message. Immutable.
 *
 * @since 0.1.0
 */
public final class AwardWarning {

    /**
     * What the warning is about.
     *
     * @since 0.1.0
     */
    public enum Code {
        /** The record's date is outside the rule's window (window edges are inside); not paid. */
        OUTSIDE_WINDOW,
        /** A one-time rule was already paid to the enterprise for an earlier record; not paid again. */
        ALREADY_PAID,
        /** The base (or threshold field) is below the rule's threshold; not paid. */
        BELOW_THRESHOLD,
        /** The amount is limited by the rule's cap (paid, at the cap). */
        CAP_REACHED,
        /** The base was spent over a longer period than the rule allows; not paid. */
        BASE_PERIOD_TOO_LONG,
        /** The enterprise held none of the required tiers on the record's date; not paid. */
        REQUIRED_TIER_NOT_HELD,
        /** The award received was paid by another jurisdiction than the one the rule matches; not paid. */
        OTHER_MATCHED_JURISDICTION,
        /** A figure the rule needs is absent (absent is not zero): not paid, or a condition not checked. */
        MISSING_INPUT,
        /** The record is dated after the as-of date; not counted. */
        AFTER_AS_OF_DATE,
        /** The record refers to an enterprise that is not in the data; not counted. */
        UNKNOWN_ENTERPRISE
    }

    private final Code code;
    private final String enterpriseUscc;
    private final String packId;
    private final String ruleId;
    private final String record;
    private final LocalDate date;
    private final String messageZh;
    private final String messageEn;

    AwardWarning(Code code, String enterpriseUscc, String packId, String ruleId, String record, LocalDate date,
            String messageZh, String messageEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.enterpriseUscc = Objects.requireNonNull(enterpriseUscc, "enterpriseUscc");
        this.packId = packId;
        this.ruleId = ruleId;
        this.record = Objects.requireNonNull(record, "record");
        this.date = date;
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * The stable code.
     *
     * @return the code
     */
    public Code code() {
        return code;
    }

    /**
     * The enterprise concerned.
     *
     * @return its unified social credit code
     */
    public String enterpriseUscc() {
        return enterpriseUscc;
    }

    /**
     * The policy pack concerned.
     *
     * @return its id, empty for {@link Code#UNKNOWN_ENTERPRISE}
     */
    public Optional<String> packId() {
        return Optional.ofNullable(packId);
    }

    /**
     * The rule concerned.
     *
     * @return its element id, empty for {@link Code#UNKNOWN_ENTERPRISE}
     */
    public Optional<String> ruleId() {
        return Optional.ofNullable(ruleId);
    }

    /**
     * The record concerned.
     *
     * @return for example {@code designation[JH24-D-002]}
     */
    public String record() {
        return record;
    }

    /**
     * The record's date.
     *
     * @return the date, empty when the record has none or is not read
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * What happened, for people.
     *
     * @param language {@code zh} or {@code en}; anything else gives English
     * @return the message
     */
    public String message(String language) {
        return "zh".equals(language) ? messageZh : messageEn;
    }

    @Override
    public String toString() {
        return code + " " + messageEn;
    }
}
