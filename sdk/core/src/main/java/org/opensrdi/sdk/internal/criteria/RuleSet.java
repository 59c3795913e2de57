package org.opensrdi.sdk.internal.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.SizeClass;
import org.opensrdi.model.Tier;
import org.opensrdi.sdk.OpenSrdiException;

/**
 * One rule set of {@code spec/rules/}, read into the structures its interpreter uses
 * (spec/docs/rules/README.md §2). Only the structure is kept; titles and citations stay JSON, for the
 * trace. Immutable. Internal, not API.
 *
 * @param id the rule set id, e.g. {@code srdi-sme-2022}
 * @param version its encoding version
 * @param title its name, a LocalizedText
 * @param tier the tier it decides, or null for a subject rule set
 * @param subject SIZE_CLASS, VALIDITY_TERMS or INDICATOR_SLOT, or null for a tier rule set
 * @param regime 2022, 2026 or NOT_APPLICABLE
 * @param start the first as-of date it applies to
 * @param end the last as-of date it applies to, or null (open)
 * @param transitionalUses extra periods for given recognition types
 * @param documents the documents cited, by id
 * @param reuses parts taken from other rule sets
 * @param parameters the parameters by id, each with its dated entries
 * @param conditions the gates
 * @param scoreTable the points table, or null
 * @param directPaths the direct paths
 * @param qualification the verdict expression, or null
 * @param qualificationCitation the verdict rule's citation, or null
 * @param sizeClassification the size classification, or null
 * @param validityTerms the validity terms
 * @param indicatorSlot the provincial slot filled by this rule set, or null
 * @param nearMiss the near-miss admission rule, or null
 * @param assumptions the assumptions by id, as JSON ({@code id}, {@code text}, {@code confidence})
 * @param source where the rule set was read from, for messages
 */
record RuleSet(String id, String version, JsonNode title, Tier tier, String subject, String regime, LocalDate start,
        LocalDate end, List<TransitionalUse> transitionalUses, Map<String, JsonNode> documents, List<Reuse> reuses,
        Map<String, List<Parameter>> parameters, List<Condition> conditions, ScoreTable scoreTable,
        List<DirectPath> directPaths, Expression qualification, JsonNode qualificationCitation,
        SizeClassification sizeClassification, List<ValidityTerm> validityTerms, IndicatorSlot indicatorSlot,
        NearMiss nearMiss, Map<String, JsonNode> assumptions, String source) {

    /** The {@code subject} of the SME size classification rule set. */
    static final String SIZE_CLASS = "SIZE_CLASS";
    /** The {@code subject} of the validity-terms rule set. */
    static final String VALIDITY_TERMS = "VALIDITY_TERMS";
    /** The {@code subject} of a provincial indicator slot. */
    static final String INDICATOR_SLOT = "INDICATOR_SLOT";

    /**
     * The id and version, as results name a rule set.
     *
     * @return e.g. {@code srdi-sme-2022@0.1.0}
     */
    String key() {
        return id + "@" + version;
    }

    /**
     * Whether an as-of date lies in the effective period, both ends included.
     *
     * @param date the date
     * @return {@code true} if it applies on that date
     */
    boolean inForce(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * The rule date of README §3: the as-of date if in the effective period, else its nearest end.
     *
     * @param asOf the as-of date
     * @return the date parameters are looked up at
     */
    LocalDate ruleDate(LocalDate asOf) {
        if (asOf.isBefore(start)) {
            return start;
        }
        return end != null && asOf.isAfter(end) ? end : asOf;
    }

    /**
     * The entry of a parameter in force at a date.
     *
     * @param parameterId the parameter id
     * @param date the rule date
     * @return the entry
     * @throws OpenSrdiException if the rule set has no such entry (a rule-data error)
     */
    Parameter parameter(String parameterId, LocalDate date) {
        for (Parameter entry : parameters.getOrDefault(parameterId, List.of())) {
            if (!date.isBefore(entry.effectiveFrom()) && (entry.effectiveTo() == null || !date.isAfter(entry.effectiveTo()))) {
                return entry;
            }
        }
        throw new OpenSrdiException(source + ": parameter " + parameterId + " has no value in force on " + date);
    }

    /**
     * An assumption of this rule set.
     *
     * @param assumptionId its id
     * @return the assumption as JSON, if the rule set has it
     */
    Optional<JsonNode> assumption(String assumptionId) {
        return Optional.ofNullable(assumptions.get(assumptionId));
    }

    /**
     * One dated value of a parameter.
     *
     * @param id the parameter id
     * @param value the number, or null for a boolean parameter
     * @param rawValue the value as written
     * @param unit CNY, FRACTION, PERCENT, …
     * @param effectiveFrom first day
     * @param effectiveTo last day, or null
     * @param citation where it comes from
     * @param assumptions the assumption ids it rests on
     */
    record Parameter(String id, BigDecimal value, JsonNode rawValue, String unit, LocalDate effectiveFrom,
            LocalDate effectiveTo, JsonNode citation, List<String> assumptions) {
    }

    /**
     * A gate.
     *
     * @param id the condition id
     * @param title its name
     * @param kind ELIGIBILITY or CRITERION
     * @param citation where it comes from
     * @param test its test
     * @param assumptions the assumption ids it rests on
     */
    record Condition(String id, JsonNode title, String kind, JsonNode citation, RuleTest test, List<String> assumptions) {

        /** The kind of a general eligibility condition, never a near-miss element. */
        static final String ELIGIBILITY = "ELIGIBILITY";
    }

    /**
     * A direct path: unknown counts as false.
     *
     * @param id the path id
     * @param title its name
     * @param alternativeTo the requirement it stands in for
     * @param citation where it comes from
     * @param test its test
     * @param assumptions the assumption ids it rests on
     */
    record DirectPath(String id, JsonNode title, String alternativeTo, JsonNode citation, RuleTest test,
            List<String> assumptions) {
    }

    /**
     * Parts of another rule set used as if written here (README §7.4).
     *
     * @param ruleSetId the other rule set
     * @param version its version (same MAJOR)
     * @param parts CONDITIONS, SCORE_TABLE, DIRECT_PATHS, PARAMETERS
     * @param citation why
     * @param assumptions the assumption ids
     */
    record Reuse(String ruleSetId, String version, Set<String> parts, JsonNode citation, List<String> assumptions) {
    }

    /**
     * An extra period of application for given recognition types (README §7.5).
     *
     * @param recognitionTypes the types it applies to
     * @param start first day
     * @param end last day, or null
     * @param citation why
     * @param assumptions the assumption ids
     */
    record TransitionalUse(Set<RecognitionType> recognitionTypes, LocalDate start, LocalDate end, JsonNode citation,
            List<String> assumptions) {

        boolean covers(RecognitionType type, LocalDate date) {
            return recognitionTypes.contains(type) && !date.isBefore(start) && (end == null || !date.isAfter(end));
        }
    }

    /**
     * A points table (README §6).
     *
     * @param title its name
     * @param maxPoints its maximum
     * @param citation where it comes from
     * @param groups the indicator groups
     * @param passMark the threshold on the total
     * @param minimums thresholds on groups or indicators
     * @param assumptions the assumption ids
     */
    record ScoreTable(JsonNode title, int maxPoints, JsonNode citation, List<Group> groups, Threshold passMark,
            List<Threshold> minimums, List<String> assumptions) {
    }

    /**
     * A group of indicators whose points add up, capped at its maximum.
     *
     * @param id the group id
     * @param title its name
     * @param maxPoints its maximum and cap
     * @param citation where it comes from
     * @param indicators its indicators
     */
    record Group(String id, JsonNode title, int maxPoints, JsonNode citation, List<Indicator> indicators) {
    }

    /**
     * “points OP parameter” on the total (no target) or on a group or indicator.
     *
     * @param target the group or indicator id, or null for the total
     * @param op {@code >=}, {@code >} or {@code !=}
     * @param parameter the threshold parameter
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record Threshold(String target, String op, String parameter, JsonNode citation, List<String> assumptions) {
    }

    /**
     * The size classification of README §8.1.
     *
     * @param categories the industries with their bounds
     * @param notCovered the industries outside the standard
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record SizeClassification(List<SizeCategory> categories, List<NotCovered> notCovered, JsonNode citation,
            List<String> assumptions) {
    }

    /**
     * An industry of the size standard.
     *
     * @param id e.g. INDUSTRY
     * @param title its name
     * @param industryCodes GB/T 4754-2017 codes of 2 to 4 digits
     * @param classes LARGE, MEDIUM and SMALL with their lower bounds, in that order
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record SizeCategory(String id, JsonNode title, List<String> industryCodes, List<SizeBounds> classes,
            JsonNode citation, List<String> assumptions) {
    }

    /**
     * The lower bounds of one size class, all to be met.
     *
     * @param sizeClass LARGE, MEDIUM or SMALL
     * @param bounds metric ≥ parameter, each
     * @param citation where it comes from
     */
    record SizeBounds(SizeClass sizeClass, List<Bound> bounds, JsonNode citation) {
    }

    /**
     * metric ≥ parameter.
     *
     * @param metric the metric code
     * @param parameter the parameter id
     */
    record Bound(String metric, String parameter) {
    }

    /**
     * Industries the size standard does not cover.
     *
     * @param id e.g. FINANCE
     * @param title its name
     * @param industryCodes GB/T 4754-2017 codes
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record NotCovered(String id, JsonNode title, List<String> industryCodes, JsonNode citation, List<String> assumptions) {
    }

    /**
     * The term of a tier under a regime (README §8.4).
     *
     * @param tier the tier
     * @param regime 2022, 2026 or NOT_APPLICABLE
     * @param termYearsParameter the parameter giving the term in years
     * @param reviewExtensionYearsParameter the parameter giving the review extension, or null
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record ValidityTerm(Tier tier, String regime, String termYearsParameter, String reviewExtensionYearsParameter,
            JsonNode citation, List<String> assumptions) {
    }

    /**
     * A provincial indicator slot (README §8.2).
     *
     * @param slotId the slot
     * @param jurisdiction the province's code, or null for the national default
     * @param maxPoints its cap
     * @param indicators the province's indicators, possibly none
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record IndicatorSlot(String slotId, String jurisdiction, int maxPoints, List<Indicator> indicators, JsonNode citation,
            List<String> assumptions) {
    }

    /**
     * Near-miss admission (README §8.3).
     *
     * @param defaultTargetTier the tier counted against unless the caller names another
     * @param citation where it comes from
     * @param assumptions the assumption ids
     */
    record NearMiss(Tier defaultTargetTier, JsonNode citation, List<String> assumptions) {
    }
}
