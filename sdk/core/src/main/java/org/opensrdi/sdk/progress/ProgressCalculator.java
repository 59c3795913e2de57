package org.opensrdi.sdk.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.opensrdi.model.ConsistencyFinding;
import org.opensrdi.model.PolicyPack;
import org.opensrdi.model.ProgressReport;
import org.opensrdi.sdk.OpenSrdi;
import org.opensrdi.sdk.OpenSrdiException;
import org.opensrdi.sdk.internal.progress.ProgressEngine;

/**
 * Computes progress against the targets of policy packs from designation data, by the rules of
 * {@code spec/docs/progress.md}: for the jurisdiction asked for and each jurisdiction above it up to
 * its province (Jinghe 652722 → Bortala 652700 → Xinjiang 650000 in one report), every target of
 * the packs at that level with its actual value, gap, expected value on a straight path, status
 * ({@code MET}, {@code ON_TRACK}, {@code AT_RISK}, {@code BEHIND}), what each remaining year still
 * needs, and an explanation a person can check by hand.
 *
 * <p>Build one with {@link #builder()} and share it: a calculator is immutable and thread-safe, and
 * the consistency of the packs' own targets is checked once, when it is built.
 *
 * <pre>{@code
 * ProgressCalculator calculator = ProgressCalculator.builder().packs(packs).build();
 * ProgressReport report = calculator.calculate(ProgressData.of(submission), "652722", LocalDate.of(2024, 12, 31));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ProgressCalculator {

    private final ProgressEngine engine;

    private ProgressCalculator(Builder builder) {
        this.engine = new ProgressEngine(builder.packs, OpenSrdi.specVersion());
    }

    /**
     * A builder with no packs.
     *
     * @return the builder
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The packs whose targets this calculator evaluates, in the order given.
     *
     * @return an unmodifiable list
     * @since 0.1.0
     */
    public List<PolicyPack> packs() {
        return engine.packs();
    }

    /**
     * The progress report for a jurisdiction and its ancestors up to its province.
     *
     * @param data the records to count
     * @param jurisdiction a current GB/T 2260 code (or 000000 for the State)
     * @param asOf the date progress is measured at
     * @return the report: one {@code JurisdictionProgress} per level, lowest first
     * @throws OpenSrdiException if the jurisdiction is not a current division code
     * @since 0.1.0
     */
    public ProgressReport calculate(ProgressData data, String jurisdiction, LocalDate asOf) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(asOf, "asOf");
        return engine.calculate(data, jurisdiction, asOf);
    }

    /**
     * The progress report as of today in Asia/Shanghai (specification.md §4).
     *
     * @param data the records to count
     * @param jurisdiction a current GB/T 2260 code (or 000000 for the State)
     * @return the report
     * @throws OpenSrdiException if the jurisdiction is not a current division code
     * @since 0.1.0
     */
    public ProgressReport calculate(ProgressData data, String jurisdiction) {
        return calculate(data, jurisdiction, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    /**
     * What the check of a plan's own targets finds (spec/docs/progress.md §9): the baselines its
     * yearly additions imply for its cumulative targets (Hailing: 10 − (2 + 3) = 5), and yearly
     * figures that do not add up to the total or cumulative target. Needs no data.
     *
     * @param pack the pack
     * @return the findings, in target order
     * @since 0.1.0
     */
    public static List<ConsistencyFinding> checkConsistency(PolicyPack pack) {
        return ProgressEngine.findings(Objects.requireNonNull(pack, "pack"));
    }

    /**
     * The jurisdictions a report covers: the one given and its ancestors up to its province.
     *
     * @param jurisdiction a current GB/T 2260 code or 000000
     * @return the codes, lowest first, e.g. 652722, 652700, 650000
     * @throws OpenSrdiException if the code is not a current division
     * @since 0.1.0
     */
    public static List<String> jurisdictionChain(String jurisdiction) {
        return ProgressEngine.chain(Objects.requireNonNull(jurisdiction, "jurisdiction"));
    }

    /**
     * Settings of a calculator. Not thread-safe; {@link #build()} makes the immutable calculator.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final List<PolicyPack> packs = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a pack.
         *
         * @param pack a policy pack
         * @return this builder
         * @since 0.1.0
         */
        public Builder pack(PolicyPack pack) {
            packs.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Adds packs.
         *
         * @param packs policy packs
         * @return this builder
         * @since 0.1.0
         */
        public Builder packs(Collection<PolicyPack> packs) {
            Objects.requireNonNull(packs, "packs").forEach(this::pack);
            return this;
        }

        /**
         * The calculator.
         *
         * @return a new, immutable calculator
         * @since 0.1.0
         */
        public ProgressCalculator build() {
            return new ProgressCalculator(this);
        }
    }
}
