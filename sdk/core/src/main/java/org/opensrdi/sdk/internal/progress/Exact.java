package org.opensrdi.sdk.internal.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact quotient of two decimals, compared by cross-multiplication so that no value is rounded
 * before a comparison (specification.md §3.4). Internal, not API.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 */
public record Exact(BigDecimal numerator, BigDecimal denominator) {

    /** Checks the denominator. */
    public Exact {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    /** A whole number or decimal. */
    public static Exact of(BigDecimal value) {
        return new Exact(value, BigDecimal.ONE);
    }

    /** A whole number. */
    public static Exact of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** Compares exactly: negative, zero or positive. */
    public int compareTo(Exact other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Whether this is at least the other. */
    public boolean atLeast(Exact other) {
        return compareTo(other) >= 0;
    }

    /** This minus a decimal, exactly. */
    public Exact minus(BigDecimal value) {
        return new Exact(numerator.subtract(value.multiply(denominator)), denominator);
    }

    /** The value to 34 significant digits (decimal128), for arithmetic that cannot stay exact. */
    public BigDecimal approximate() {
        return numerator.divide(denominator, MathContext.DECIMAL128);
    }

    /** The value rounded HALF_UP to a number of decimals, for display only. */
    public BigDecimal rounded(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** The smallest whole number not below the value. */
    public BigDecimal ceiling() {
        return numerator.divide(denominator, 0, RoundingMode.CEILING);
    }
}
