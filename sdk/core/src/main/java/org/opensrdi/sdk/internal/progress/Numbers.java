package org.opensrdi.sdk.internal.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How progress numbers are written in reports and traces. Internal, not API. */
public final class Numbers {

    /** Decimals of a displayed count-like value (an expected count, e.g. 54.46). */
    public static final int COUNT_SCALE = 2;

    /** Decimals of a displayed ratio (specification.md §3.4.6). */
    public static final int RATIO_SCALE = 4;

    private Numbers() {
    }

    /** A decimal without trailing zeros or exponent: 70, 0.1, 54.46. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** A decimal for a report, trailing zeros removed: 16.67, 18, 0.1961. */
    public static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** A fraction as a percentage for people: 0.1961 → 19.61%. */
    public static String percent(BigDecimal fraction) {
        return plain(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + "%";
    }
}
