package org.opensrdi.sdk.awards;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The sum of a set of award lines, kept apart by kind as spec/docs/policies/README.md requires:
 * exact amounts added up; range lines' lower ends and upper ends added up separately (the upper sum
 * is open when any range is open); unquantified lines counted. Immutable.
 *
 * @since 0.1.0
 */
public final class AwardTotal {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** The total of no lines. */
    static final AwardTotal NONE = new AwardTotal(ZERO, ZERO, ZERO, 0, 0, 0);

    private final BigDecimal exact;
    private final BigDecimal rangeMinimum;
    private final BigDecimal rangeMaximum;
    private final int exactLines;
    private final int rangeLines;
    private final int unquantifiedLines;

    private AwardTotal(BigDecimal exact, BigDecimal rangeMinimum, BigDecimal rangeMaximum, int exactLines,
            int rangeLines, int unquantifiedLines) {
        this.exact = exact;
        this.rangeMinimum = rangeMinimum;
        this.rangeMaximum = rangeMaximum;
        this.exactLines = exactLines;
        this.rangeLines = rangeLines;
        this.unquantifiedLines = unquantifiedLines;
    }

    /** This total with one more line. */
    AwardTotal plus(Amount amount) {
        return switch (amount.kind()) {
            case EXACT -> new AwardTotal(exact.add(amount.minimum().orElseThrow()), rangeMinimum, rangeMaximum,
                    exactLines + 1, rangeLines, unquantifiedLines);
            case RANGE -> new AwardTotal(exact, rangeMinimum.add(amount.minimum().orElseThrow()),
                    rangeMaximum == null || amount.maximum().isEmpty() ? null : rangeMaximum.add(amount.maximum().get()),
                    exactLines, rangeLines + 1, unquantifiedLines);
            case UNQUANTIFIED -> new AwardTotal(exact, rangeMinimum, rangeMaximum, exactLines, rangeLines,
                    unquantifiedLines + 1);
        };
    }

    /**
     * The sum of the exact lines.
     *
     * @return the sum, scale 2
     */
    public BigDecimal exact() {
        return exact;
    }

    /**
     * The sum of the lower ends of the range lines.
     *
     * @return the sum, scale 2
     */
    public BigDecimal rangeMinimum() {
        return rangeMinimum;
    }

    /**
     * The sum of the upper ends of the range lines.
     *
     * @return the sum, scale 2; empty when a range line has no upper end
     */
    public Optional<BigDecimal> rangeMaximum() {
        return Optional.ofNullable(rangeMaximum);
    }

    /**
     * The least the lines pay: exact plus the range minimums (unquantified lines not counted).
     *
     * @return the sum, scale 2
     */
    public BigDecimal minimum() {
        return exact.add(rangeMinimum);
    }

    /**
     * The most the lines pay: exact plus the range maximums (unquantified lines not counted).
     *
     * @return the sum, scale 2; empty when a range line has no upper end
     */
    public Optional<BigDecimal> maximum() {
        return rangeMaximum().map(exact::add);
    }

    /**
     * How many exact lines were added.
     *
     * @return the count
     */
    public int exactLines() {
        return exactLines;
    }

    /**
     * How many range lines were added.
     *
     * @return the count
     */
    public int rangeLines() {
        return rangeLines;
    }

    /**
     * How many unquantified lines there are; their amounts are unknown and not in any sum.
     *
     * @return the count
     */
    public int unquantifiedLines() {
        return unquantifiedLines;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwardTotal total && exact.equals(total.exact) && rangeMinimum.equals(total.rangeMinimum)
                && Objects.equals(rangeMaximum, total.rangeMaximum) && exactLines == total.exactLines
                && rangeLines == total.rangeLines && unquantifiedLines == total.unquantifiedLines;
    }

    @Override
    public int hashCode() {
        return Objects.hash(exact, rangeMinimum, rangeMaximum, exactLines, rangeLines, unquantifiedLines);
    }

    /**
     * The total as text, e.g. {@code 200000.00} or {@code 2680000.00–5000000.00 (+1 unquantified)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        String text = rangeLines == 0 ? exact.toPlainString()
                : minimum().toPlainString() + "–" + maximum().map(BigDecimal::toPlainString).orElse("…");
        return unquantifiedLines == 0 ? text : text + " (+" + unquantifiedLines + " unquantified)";
    }
}
