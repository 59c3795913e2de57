package org.opensrdi.sdk.awards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.opensrdi.model.Designation;
import org.opensrdi.model.Enterprise;
import org.opensrdi.model.Event;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.Submission;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.internal.awards.AwardEngine;
import org.opensrdi.sdk.internal.awards.CompiledPack;
import org.opensrdi.sdk.internal.awards.Dataset;
import org.opensrdi.sdk.internal.awards.Evaluation;
import org.opensrdi.sdk.internal.awards.LineResult;
import org.opensrdi.sdk.internal.awards.PackCompiler;
import org.opensrdi.sdk.internal.awards.WarningResult;

/**
 * Computes the awards that enterprises' designations and events trigger under a set of policy
 * packs, at an as-of date. Each enterprise gets the rules of every pack whose jurisdiction contains
 * it (GB/T 2260 nesting: a Jinghe enterprise, 652722, gets the packs of 652722, 652700 and 650000);
 * lines of different payers stack. Amounts are exact decimals rounded once to fen; ranges ("up to",
 * "not less than", a rate that "may rise to") and unquantified awards are reported as such. Every
 * line carries its explanation. The algorithm is specified in {@code spec/docs/policies/README.md}.
 *
 * <p>Build one with {@link #builder()} and share it: a calculator is immutable and thread-safe.
 *
 * <pre>{@code
 * AwardCalculator calculator = AwardCalculator.builder()
 *         .packs(PolicyPacks.bundledApplicableTo("652722"))
 *         .asOf(LocalDate.of(2025, 3, 31))
 *         .build();
 * for (AwardLine line : calculator.calculate(submission).lines()) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AwardCalculator {

    private final LocalDate asOf;
    private final List<String> packIds;
    private final AwardEngine engine;

    private AwardCalculator(Builder builder) {
        this.asOf = builder.asOf != null ? builder.asOf : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<CompiledPack> compiled = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (PolicyPack pack : builder.packs) {
            if (ids.contains(pack.getPackId())) {
                throw new OpenSrdiException(pack.getPackId() + ": the pack was given twice");
            }
            ids.add(pack.getPackId());
            try {
                compiled.add(PackCompiler.compile(pack));
            } catch (IllegalArgumentException e) {
                throw new OpenSrdiException("policy pack " + e.getMessage(), e);
            }
        }
        this.packIds = List.copyOf(ids);
        this.engine = new AwardEngine(compiled, asOf, OpenSrdi.specVersion());
    }

    /**
     * A builder for a calculator.
     *
     * @return a builder without packs, as of today in Asia/Shanghai
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The as-of date: records dated after it are not counted, and tiers held under review are
     * evaluated at it.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The packs this calculator applies, in the order their lines are reported.
     *
     * @return their ids
     */
    public List<String> packIds() {
        return packIds;
    }

    /**
     * Computes the awards of the enterprises, designations and events of a submission; explanations
     * point into it with JSON Pointers. Validate the submission first: the calculator trusts that
     * records are valid.
     *
     * <p>The submission is read during the call only: the result keeps no reference to it or its
     * records, so changing them afterwards changes nothing. Do not change them while the call runs.
     *
     * @param submission the submission
     * @return the result
     */
    public AwardResult calculate(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        return result(engine.evaluate(Dataset.of(submission)));
    }

    /**
     * Computes the awards of enterprises given with their designations and events. Designations and
     * events whose enterprise is not given are reported as {@link AwardWarning.Code#UNKNOWN_ENTERPRISE}.
     *
     * <p>The records are read during the call only, as {@link #calculate(Submission)}.
     *
     * @param enterprises the enterprises
     * @param designations their designations
     * @param events their events
     * @return the result
     */
    public AwardResult calculate(Collection<Enterprise> enterprises, Collection<Designation> designations,
            Collection<Event> events) {
        return result(engine.evaluate(Dataset.of(copies(enterprises, Enterprise.class),
                copies(designations, Designation.class), copies(events, Event.class))));
    }

    private AwardResult result(Evaluation evaluation) {
        List<AwardLine> lines = new ArrayList<>();
        for (LineResult line : evaluation.lines()) {
            Amount amount = switch (line.kind()) {
                case EXACT -> Amount.exact(line.minimum());
                case RANGE -> line.maximum() == null ? Amount.atLeast(line.minimum()) : Amount.range(line.minimum(), line.maximum());
                case UNQUANTIFIED -> Amount.unquantified();
            };
            lines.add(new AwardLine(line.enterpriseUscc(), line.packId(), line.packVersion(), line.ruleId(),
                    line.title().getZh(), line.title().getEn(), line.payer(), amount, line.record(), line.date(),
                    line.citation(), line.explanation()));
        }
        List<AwardWarning> warnings = new ArrayList<>();
        for (WarningResult warning : evaluation.warnings()) {
            warnings.add(new AwardWarning(AwardWarning.Code.valueOf(warning.code()), warning.enterpriseUscc(),
                    warning.packId(), warning.ruleId(), warning.record(), warning.date(), warning.messageZh(),
                    warning.messageEn()));
        }
        return new AwardResult(asOf, lines, warnings);
    }

    /**
     * The records as a list, none null. Not deep copies: the engine only reads them during the call
     * and every result value is made from them before it returns (deep copies through Jackson took
     * three quarters of a calculation's time in the benchmark).
     */
    private static <T> List<T> copies(Collection<T> records, Class<T> type) {
        List<T> copies = new ArrayList<>(Objects.requireNonNull(records, type.getSimpleName()).size());
        for (T record : records) {
            copies.add(Objects.requireNonNull(record, type.getSimpleName()));
        }
        return copies;
    }

    /**
     * Settings of a calculator. Not thread-safe; {@link #build()} makes the immutable calculator.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final List<PolicyPack> packs = new ArrayList<>();
        private LocalDate asOf;

        private Builder() {
        }

        /**
         * Adds a policy pack (a private copy is kept).
         *
         * @param pack a pack valid against policy-pack.schema.json
         * @return this builder
         */
        public Builder pack(PolicyPack pack) {
            packs.add(OpenSrdi.jsonMapper().convertValue(Objects.requireNonNull(pack, "pack"), PolicyPack.class));
            return this;
        }

        /**
         * Adds policy packs, in order.
         *
         * @param packs packs valid against policy-pack.schema.json
         * @return this builder
         */
        public Builder packs(Collection<PolicyPack> packs) {
            Objects.requireNonNull(packs, "packs").forEach(this::pack);
            return this;
        }

        /**
         * The as-of date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * The calculator.
         *
         * @return a new, immutable calculator
         * @throws OpenSrdiException if a pack is given twice or has an award line that cannot be
         *     computed (the message names the pack and the element)
         */
        public AwardCalculator build() {
            return new AwardCalculator(this);
        }
    }
}
