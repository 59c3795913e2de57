package org.opensrdi.sdk.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The amount of an award line in CNY yuan: one exact amount; a range from a minimum to a maximum,
 * or with no maximum ("not less than"); or unquantified (the text states no amount). Every amount
 * has scale 2 (fen). Immutable.
 *
 * @since 0.1.0
 */
public final class Amount {

    /**
     * What an amount is.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** One exact amount. */
        EXACT,
        /** From a minimum to a maximum, or with no maximum. */
        RANGE,
        /** The text states no amount. */
        UNQUANTIFIED
    }

    private static final Amount UNQUANTIFIED = new Amount(Kind.UNQUANTIFIED, null, null);

    private final Kind kind;
    private final BigDecimal minimum;
    private final BigDecimal maximum;

    private Amount(Kind kind, BigDecimal minimum, BigDecimal maximum) {
        this.kind = kind;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /**
     * An exact amount.
     *
     * @param value the amount, at most two fraction digits
     * @return the amount, with scale 2
     * @throws IllegalArgumentException if the value is negative or has more than two fraction digits
     */
    public static Amount exact(BigDecimal value) {
        BigDecimal fen = fen(value, "value");
        return new Amount(Kind.EXACT, fen, fen);
    }

    /**
     * A range.
     *
     * @param minimum the lower end
     * @param maximum the upper end, not below the lower one
     * @return the range, with scale 2
     * @throws IllegalArgumentException if an end is negative, has more than two fraction digits, or
     *     the ends are reversed
     */
    public static Amount range(BigDecimal minimum, BigDecimal maximum) {
        BigDecimal low = fen(minimum, "minimum");
        BigDecimal high = fen(maximum, "maximum");
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("maximum " + high + " is below minimum " + low);
        }
        return new Amount(Kind.RANGE, low, high);
    }

    /**
     * A range with no upper end ("not less than").
     *
     * @param minimum the lower end
     * @return the range, with scale 2
     * @throws IllegalArgumentException if the minimum is negative or has more than two fraction digits
     */
    public static Amount atLeast(BigDecimal minimum) {
        return new Amount(Kind.RANGE, fen(minimum, "minimum"), null);
    }

    /**
     * No amount.
     *
     * @return the unquantified amount
     */
    public static Amount unquantified() {
        return UNQUANTIFIED;
    }

    /**
     * What this amount is.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The exact amount.
     *
     * @return the amount if {@link Kind#EXACT}, else empty
     */
    public Optional<BigDecimal> exactValue() {
        return kind == Kind.EXACT ? Optional.of(minimum) : Optional.empty();
    }

    /**
     * The lower end: the amount itself if exact.
     *
     * @return the lower end, empty if unquantified
     */
    public Optional<BigDecimal> minimum() {
        return Optional.ofNullable(minimum);
    }

    /**
     * The upper end: the amount itself if exact.
     *
     * @return the upper end, empty if unquantified or if the range is open ("not less than")
     */
    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maximum);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Amount amount && kind == amount.kind && Objects.equals(minimum, amount.minimum)
                && Objects.equals(maximum, amount.maximum);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, minimum, maximum);
    }

    /**
     * The amount as text: {@code 100000.00}, {@code 0.00–1000000.00}, {@code ≥ 10000000.00} or
     * {@code UNQUANTIFIED}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return switch (kind) {
            case EXACT -> minimum.toPlainString();
            case RANGE -> maximum == null ? "≥ " + minimum.toPlainString() : minimum.toPlainString() + "–" + maximum.toPlainString();
            case UNQUANTIFIED -> "UNQUANTIFIED";
        };
    }

    private static BigDecimal fen(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " has more than two fraction digits: " + value, e);
        }
    }
}
