package org.opensrdi.sdk.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.opensrdi.model.Designation;
import org.opensrdi.model.RecognitionType;
import org.opensrdi.model.Tier;

/**
 * How to evaluate: the enterprise's designations, the recognition type and, for a near-miss tier
 * such as {@code CULTIVATION_POOL}, the most elements it may miss. Immutable; build one with
 * {@link #builder()} or use {@link #defaults()}.
 *
 * <pre>{@code
 * EvaluationOptions options = EvaluationOptions.builder()
 *         .designations(designationsOfTheEnterprise)
 *         .recognitionType(RecognitionType.RENEWAL)
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EvaluationOptions {

    private static final EvaluationOptions DEFAULTS = builder().build();

    private final List<Designation> designations;
    private final RecognitionType recognitionType;
    private final Integer maxMissingElements;
    private final Tier nearMissTarget;

    private EvaluationOptions(Builder builder) {
        this.designations = builder.designations;
        this.recognitionType = builder.recognitionType;
        this.maxMissingElements = builder.maxMissingElements;
        this.nearMissTarget = builder.nearMissTarget;
    }

    /**
     * No designations supplied, first recognition, no near-miss allowance.
     *
     * @return the default options
     */
    public static EvaluationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The enterprise's designations. Empty means “not supplied”, and a criterion that asks for a
     * designation is then unknown; a supplied empty list means “holds none”.
     *
     * @return the designations, if supplied
     */
    public Optional<List<Designation>> designations() {
        return Optional.ofNullable(designations);
    }

    /**
     * FIRST for a first designation, RENEWAL for a review; it chooses the rule set by date (README
     * §7.5) and some criteria depend on it.
     *
     * @return the recognition type
     */
    public RecognitionType recognitionType() {
        return recognitionType;
    }

    /**
     * N of a near-miss admission: the most elements an enterprise may miss (e.g. 3 in Bortala).
     *
     * @return N, if given
     */
    public OptionalInt maxMissingElements() {
        return maxMissingElements == null ? OptionalInt.empty() : OptionalInt.of(maxMissingElements);
    }

    /**
     * The tier whose criteria a near-miss admission counts against, if not the rule data's default.
     *
     * @return the target tier, if given
     */
    public Optional<Tier> nearMissTarget() {
        return Optional.ofNullable(nearMissTarget);
    }

    /**
     * A builder with these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.designations = designations;
        builder.recognitionType = recognitionType;
        builder.maxMissingElements = maxMissingElements;
        builder.nearMissTarget = nearMissTarget;
        return builder;
    }

    /**
     * Settings of {@link EvaluationOptions}. Not thread-safe; {@link #build()} makes the immutable
     * options.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private List<Designation> designations;
        private RecognitionType recognitionType = RecognitionType.FIRST;
        private Integer maxMissingElements;
        private Tier nearMissTarget;

        private Builder() {
        }

        /**
         * The enterprise's designations (copied; the objects themselves should not change while
         * evaluations run).
         *
         * @param designations the designations, possibly empty; null for “not supplied”
         * @return this builder
         */
        public Builder designations(List<Designation> designations) {
            this.designations = designations == null ? null : List.copyOf(designations);
            return this;
        }

        /**
         * The recognition type.
         *
         * @param recognitionType FIRST (the default) or RENEWAL
         * @return this builder
         */
        public Builder recognitionType(RecognitionType recognitionType) {
            this.recognitionType = Objects.requireNonNull(recognitionType, "recognitionType");
            return this;
        }

        /**
         * N of a near-miss admission.
         *
         * @param maxMissingElements the most elements that may be missed, at least 0
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxMissingElements(int maxMissingElements) {
            if (maxMissingElements < 0) {
                throw new IllegalArgumentException("maxMissingElements must be at least 0: " + maxMissingElements);
            }
            this.maxMissingElements = maxMissingElements;
            return this;
        }

        /**
         * The tier a near-miss admission counts against.
         *
         * @param target the tier, e.g. LITTLE_GIANT; null for the rule data's default
         * @return this builder
         */
        public Builder nearMissTarget(Tier target) {
            this.nearMissTarget = target;
            return this;
        }

        /**
         * The options.
         *
         * @return immutable options
         */
        public EvaluationOptions build() {
            return new EvaluationOptions(this);
        }
    }
}
