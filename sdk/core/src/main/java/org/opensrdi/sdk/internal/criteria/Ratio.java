package org.opensrdi.sdk.internal.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number as a quotient of two decimals with a positive denominator, so that a
 * metric such as 900000 ÷ 30000000 is compared with 0.03 unrounded, by cross-multiplication
 * (spec/docs/rules/README.md §4.3). Immutable. Internal, not API.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

    /** Decimals shown for a ratio; the comparison never rounds. */
    static final int DISPLAY_SCALE = 4;

    static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);

    Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    static Ratio of(BigDecimal value) {
        return new Ratio(value, BigDecimal.ONE);
    }

    /** a ÷ b; the caller has checked b ≠ 0. */
    static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator);
    }

    Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Ratio dividedBy(BigDecimal divisor) {
        return new Ratio(numerator, denominator.multiply(divisor));
    }

    /** The sign of this − value, exactly: compares numerator with value × denominator. */
    int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    Ratio min(Ratio other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Whether the value is a whole number. */
    boolean isInteger() {
        return numerator.remainder(denominator).signum() == 0;
    }

    /** The value rounded half-even to 4 decimals, trailing zeros dropped: for display only. */
    String display() {
        BigDecimal rounded = numerator.divide(denominator, DISPLAY_SCALE, RoundingMode.HALF_EVEN);
        return plain(rounded);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
