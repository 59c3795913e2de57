package org.opensrdi.sdk.criteria;

/**
 * Points as an interval [low, high] of whole points, both included (spec/docs/rules/README.md §6.1):
 * low = high when the data decide them; a range when data are missing, experts score within a
 * band, or a provincial slot is empty.
 *
 * @param low the lowest possible points
 * @param high the highest possible points
 * @since 0.1.0
 */
public record PointsInterval(int low, int high) {

    /**
     * Checks the bounds.
     *
     * @param low the lowest possible points, at least 0
     * @param high the highest possible points, at least {@code low}
     * @throws IllegalArgumentException if the bounds are negative or reversed
     */
    public PointsInterval {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("not a points interval: [" + low + ", " + high + "]");
        }
    }

    /**
     * Exact points.
     *
     * @param points the points
     * @return [points, points]
     */
    public static PointsInterval exactly(int points) {
        return new PointsInterval(points, points);
    }

    /**
     * Whether the data decide the points.
     *
     * @return {@code true} when low = high
     */
    public boolean isExact() {
        return low == high;
    }

    /**
     * The interval as people read it.
     *
     * @return e.g. {@code 65} or {@code [56, 71]}
     */
    @Override
    public String toString() {
        return low == high ? Integer.toString(low) : "[" + low + ", " + high + "]";
    }
}
