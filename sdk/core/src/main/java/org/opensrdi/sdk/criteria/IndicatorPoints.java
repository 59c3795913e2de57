package org.opensrdi.sdk.criteria;

import java.util.Objects;

/**
 * The points of one indicator of a points table.
 *
 * @param id the indicator's id in the rule data, e.g. {@code RD_INTENSITY}
 * @param number its number in the official table, e.g. {@code 2}, or null
 * @param group the id of its group, e.g. {@code INNOVATION_CAPABILITY}
 * @param label the band or case that gave the points, e.g. {@code B}; null when the data leave it open
 * @param points the points
 * @since 0.1.0
 */
public record IndicatorPoints(String id, String number, String group, String label, PointsInterval points) {

    /**
     * Checks the required components.
     *
     * @param id the indicator id
     * @param number its number, or null
     * @param group its group
     * @param label its band or case, or null
     * @param points its points
     */
    public IndicatorPoints {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(points, "points");
    }
}
