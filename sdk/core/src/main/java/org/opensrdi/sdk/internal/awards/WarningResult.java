package org.opensrdi.sdk.internal.awards;

import java.time.LocalDate;

/**
 * Something the engine wants the reader to know about a record and a rule. Internal, not API: the
 * calculator turns it into an {@code AwardWarning}.
 *
 * @param code the warning code, a constant of {@code AwardWarning.Code}
 * @param enterpriseUscc the enterprise
 * @param packId the pack, or {@code null}
 * @param ruleId the rule, or {@code null}
 * @param record the label of the record concerned
 * @param date the record's date, or {@code null}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record WarningResult(String code, String enterpriseUscc, String packId, String ruleId, String record,
        LocalDate date, String messageZh, String messageEn) {
}
