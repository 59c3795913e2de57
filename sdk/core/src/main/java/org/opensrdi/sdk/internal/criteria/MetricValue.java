package org.opensrdi.sdk.internal.criteria;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Supplier;

/**
 * The value of a metric of {@code metric.csv} for one enterprise and as-of date: an exact rational,
 * no value (an input is missing) or undefined (division by zero), README §4. A compound growth rate
 * √q − 1 keeps its radicand q and is compared squared, never through a rounded root. Immutable.
 * Internal, not API.
 */
final class MetricValue {

    enum State { KNOWN, MISSING, UNDEFINED }

    private static final MathContext DISPLAY_ROOT = new MathContext(24, RoundingMode.HALF_EVEN);

    private final State state;
    private final Ratio value;
    private final boolean rootMinusOne;
    private final Supplier<String> formula;

    private MetricValue(State state, Ratio value, boolean rootMinusOne, Supplier<String> formula) {
        this.state = state;
        this.value = value;
        this.rootMinusOne = rootMinusOne;
        this.formula = formula;
    }

    /** A known value with the calculation that gave it, e.g. {@code 900000 / 30000000}. */
    static MetricValue of(Ratio value, String formula) {
        return new MetricValue(State.KNOWN, value, false, () -> formula);
    }

    /**
     * A known value with the calculation that gave it, written only when the trace asks for it:
     * most evaluations decide without writing one.
     */
    static MetricValue of(Ratio value, Supplier<String> formula) {
        return new MetricValue(State.KNOWN, value, false, formula);
    }

    /** √radicand − 1, radicand ≥ 0. */
    static MetricValue rootMinusOne(Ratio radicand, Supplier<String> formula) {
        return new MetricValue(State.KNOWN, radicand, true, formula);
    }

    static MetricValue missing() {
        return new MetricValue(State.MISSING, null, false, null);
    }

    /** Undefined, e.g. {@code 900000 / 0}. */
    static MetricValue undefined(String formula) {
        return new MetricValue(State.UNDEFINED, null, false, () -> formula);
    }

    State state() {
        return state;
    }

    boolean known() {
        return state == State.KNOWN;
    }

    /** The exact value; only for a known value that is not a root. */
    Ratio ratio() {
        if (!known() || rootMinusOne) {
            throw new IllegalStateException("no exact rational value");
        }
        return value;
    }

    /**
     * Compares with a threshold exactly: unknown when the metric has no value or is undefined.
     *
     * @param op {@code >=}, {@code >}, {@code <=}, {@code <} or {@code ==}
     * @param threshold the threshold
     * @return the test's value
     */
    Tri compare(String op, BigDecimal threshold) {
        if (!known()) {
            return Tri.UNKNOWN;
        }
        int sign = signAgainst(threshold);
        return Tri.of(switch (op) {
            case ">=" -> sign >= 0;
            case ">" -> sign > 0;
            case "<=" -> sign <= 0;
            case "<" -> sign < 0;
            case "==" -> sign == 0;
            default -> throw new IllegalArgumentException("comparison " + op);
        });
    }

    /** The sign of (this − threshold), exactly. */
    int signAgainst(BigDecimal threshold) {
        if (!rootMinusOne) {
            return value.compareTo(threshold);
        }
        // √q − 1 OP r ⇔ q OP (1 + r)² for 1 + r ≥ 0 (metric.csv, OPERATING_REVENUE_CAGR_2Y); for
        // 1 + r < 0 the left side, never below −1, is the greater.
        BigDecimal onePlus = threshold.add(BigDecimal.ONE);
        return onePlus.signum() < 0 ? 1 : value.compareTo(onePlus.multiply(onePlus));
    }

    /** The value for people: rounded half-even to 4 decimals. */
    String display() {
        if (!known()) {
            return state == State.MISSING ? "?" : "undefined";
        }
        if (!rootMinusOne) {
            return value.display();
        }
        BigDecimal quotient = value.numerator().divide(value.denominator(), DISPLAY_ROOT);
        return Ratio.plain(quotient.sqrt(DISPLAY_ROOT).subtract(BigDecimal.ONE).setScale(Ratio.DISPLAY_SCALE,
                RoundingMode.HALF_EVEN));
    }

    /** The calculation with the values put in, or null. */
    String formula() {
        return formula == null ? null : formula.get();
    }
}
