package org.opensrdi.sdk.awards;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opensrdi.model.Citation;
import org.opensrdi.model.Explanation;
import org.opensrdi.sdk.OpenSrdi;

/**
 * One award an enterprise gets under one rule of one policy pack for one triggering record (a
 * designation or an event): how much, who pays, where the rule comes from, and the explanation of
 * the calculation. Immutable: the citation and explanation are returned as new copies.
 *
 * @since 0.1.0
 */
public final class AwardLine {

    private final String enterpriseUscc;
    private final String packId;
    private final String packVersion;
    private final String ruleId;
    private final String titleZh;
    private final String titleEn;
    private final String payer;
    private final Amount amount;
    private final String record;
    private final LocalDate date;
    private final JsonNode citation;
    private final JsonNode explanation;

    AwardLine(String enterpriseUscc, String packId, String packVersion, String ruleId, String titleZh, String titleEn,
            String payer, Amount amount, String record, LocalDate date, Citation citation, Explanation explanation) {
        this.enterpriseUscc = Objects.requireNonNull(enterpriseUscc, "enterpriseUscc");
        this.packId = Objects.requireNonNull(packId, "packId");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.titleZh = Objects.requireNonNull(titleZh, "titleZh");
        this.titleEn = titleEn != null ? titleEn : titleZh;
        this.payer = payer;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.record = Objects.requireNonNull(record, "record");
        this.date = date;
        this.citation = OpenSrdi.jsonMapper().valueToTree(Objects.requireNonNull(citation, "citation"));
        this.explanation = OpenSrdi.jsonMapper().valueToTree(Objects.requireNonNull(explanation, "explanation"));
    }

    /**
     * The enterprise that gets the award.
     *
     * @return its unified social credit code
     */
    public String enterpriseUscc() {
        return enterpriseUscc;
    }

    /**
     * The policy pack the rule belongs to.
     *
     * @return for example {@code 652722-2022-hte-doubling}
     */
    public String packId() {
        return packId;
    }

    /**
     * The version of that pack.
     *
     * @return for example {@code 0.1.0}
     */
    public String packVersion() {
        return packVersion;
    }

    /**
     * The award rule, or the unquantified award kept as a qualitative measure.
     *
     * @return the element id, for example {@code JINGHE-AWARD-HTE-RENEWAL-COUNTY}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The rule's short name.
     *
     * @param language {@code zh} or {@code en}; anything else gives English
     * @return the title
     */
    public String title(String language) {
        return "zh".equals(language) ? titleZh : titleEn;
    }

    /**
     * The jurisdiction that pays.
     *
     * @return its GB/T 2260 code, or empty when the text leaves the payer open (e.g. "counties
     *     with the means"); such lines are always unquantified
     */
    public Optional<String> payer() {
        return Optional.ofNullable(payer);
    }

    /**
     * How much.
     *
     * @return the amount
     */
    public Amount amount() {
        return amount;
    }

    /**
     * The record that triggered the line.
     *
     * @return for example {@code designation[JH24-D-002]}, or {@code event[#3]} for a record without id
     */
    public String record() {
        return record;
    }

    /**
     * The date of the triggering record (designation date or event date).
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Where the rule comes from, with the document's title filled in.
     *
     * @return a new copy of the citation
     */
    public Citation citation() {
        return OpenSrdi.jsonMapper().convertValue(citation, Citation.class);
    }

    /**
     * How the amount was computed: inputs, parameters with their dates, citation and assumptions,
     * steps and outcome (explanation.schema.json).
     *
     * @return a new copy of the explanation
     */
    public Explanation explanation() {
        return OpenSrdi.jsonMapper().convertValue(explanation, Explanation.class);
    }

    @Override
    public String toString() {
        return enterpriseUscc + " " + packId + "/" + ruleId + " " + record + " → " + amount + " (payer "
                + (payer != null ? payer : "not stated") + ")";
    }
}
