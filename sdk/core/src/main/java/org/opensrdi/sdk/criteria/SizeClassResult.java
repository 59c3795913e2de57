package org.opensrdi.sdk.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.opensrdi.model.Explanation;
import org.opensrdi.model.SizeClass;
import org.opensrdi.sdk.internal.criteria.Outcomes;

/**
 * The size class of an enterprise on a date: LARGE, MEDIUM, SMALL or MICRO, NOT_COVERED, or
 * UNDETERMINED with the classes still possible, and the trace. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SizeClassResult {

    private final SizeOutcome outcome;
    private final Set<SizeOutcome> possible;
    private final String industry;
    private final String ruleSet;
    private final LocalDate asOf;
    private final List<String> missingInputs;
    private final List<Finding> findings;
    private final List<String> assumptions;
    private final Supplier<ObjectNode> explanation;

    SizeClassResult(Outcomes.SizeOutcome outcome, LocalDate asOf) {
        this.outcome = SizeOutcome.valueOf(outcome.result());
        Set<SizeOutcome> classes = EnumSet.noneOf(SizeOutcome.class);
        outcome.possible().forEach(p -> classes.add(SizeOutcome.valueOf(p)));
        this.possible = Collections.unmodifiableSet(classes);
        this.industry = outcome.category();
        this.ruleSet = outcome.ruleSet();
        this.asOf = asOf;
        this.missingInputs = outcome.missingInputs();
        this.findings = outcome.findings().stream().map(f -> new Finding(f.code(), f.element(), f.detail())).toList();
        this.assumptions = outcome.assumptions();
        this.explanation = outcome.explanation();
    }

    /**
     * The classification.
     *
     * @return a class, NOT_COVERED or UNDETERMINED
     */
    public SizeOutcome outcome() {
        return outcome;
    }

    /**
     * The size class, when decided.
     *
     * @return LARGE, MEDIUM, SMALL or MICRO; empty for NOT_COVERED and UNDETERMINED
     */
    public Optional<SizeClass> sizeClass() {
        return outcome.sizeClass();
    }

    /**
     * The outcomes still possible: for UNDETERMINED the classes the data leave open (e.g. SMALL and
     * MICRO when total assets are missing); otherwise the outcome alone.
     *
     * @return the possible outcomes
     */
    public Set<SizeOutcome> possible() {
        return possible;
    }

    /**
     * The industry of the standard the enterprise's GB/T 4754 class falls in, or the not-covered
     * entry.
     *
     * @return e.g. {@code INDUSTRY}, {@code WAREHOUSING} or {@code FINANCE}; empty if no code matched
     */
    public Optional<String> industry() {
        return Optional.ofNullable(industry);
    }

    /**
     * The rule set used.
     *
     * @return {@code id@version}, e.g. {@code size-class-2011@0.1.0}
     */
    public String ruleSet() {
        return ruleSet;
    }

    /**
     * The as-of date; figures are those of the year before it.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The inputs needed but absent.
     *
     * @return input names such as {@code totalAssets[2023]}
     */
    public List<String> missingInputs() {
        return missingInputs;
    }

    /**
     * Findings, e.g. {@code UNKNOWN_INDUSTRY}.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The interpretation assumptions involved.
     *
     * @return assumption ids
     */
    public List<String> assumptions() {
        return assumptions;
    }

    /**
     * The trace, per {@code explanation.schema.json}.
     *
     * @return a new copy on every call
     */
    public Explanation explanation() {
        return Explanations.of(explanation.get());
    }

    /**
     * The trace as JSON.
     *
     * @return a new copy on every call
     */
    public JsonNode explanationJson() {
        return explanation.get().deepCopy();
    }

    /**
     * A one-line summary for logs.
     *
     * @return e.g. {@code SMALL (INDUSTRY, size-class-2011@0.1.0)}
     */
    @Override
    public String toString() {
        return outcome + (outcome == SizeOutcome.UNDETERMINED ? " " + possible : "") + " (" + industry + ", " + ruleSet + ")";
    }
}
