package org.opensrdi.sdk.validation;

import java.util.Objects;
import org.opensrdi.model.Severity;

/**
 * One finding of the validator: a stable code from {@code spec/codelists/validation-issue.csv}, its
 * severity, where it is, and what is wrong in Chinese and English. Programs act on the code and the
 * location, never on the message text.
 *
 * @param code the stable issue code, e.g. {@code SRDI-E4101}
 * @param severity how serious the issue is; fixed per code
 * @param location where the issue is
 * @param messageZh the message in Simplified Chinese
 * @param messageEn the message in English
 * @since 0.1.0
 */
public record Issue(String code, Severity severity, IssueLocation location, String messageZh, String messageEn) {

    /**
     * Checks that every component is present.
     *
     * @param code the stable issue code
     * @param severity the severity
     * @param location the location
     * @param messageZh the Chinese message
     * @param messageEn the English message
     */
    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * Whether this issue makes its record rejected and its input not accepted.
     *
     * @return {@code true} for ERROR and FATAL
     */
    public boolean rejects() {
        return severity == Severity.ERROR || severity == Severity.FATAL;
    }

    /**
     * The message in the requested language.
     *
     * @param language {@code zh} or {@code en}; anything else gives English
     * @return the message
     */
    public String message(String language) {
        return "zh".equals(language) ? messageZh : messageEn;
    }
}
