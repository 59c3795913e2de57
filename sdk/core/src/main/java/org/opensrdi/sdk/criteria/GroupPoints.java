package org.opensrdi.sdk.criteria;

import java.util.Objects;

/**
 * The points of a group of indicators: their sum, capped at the group's maximum.
 *
 * @param id the group's id in the rule data, e.g. {@code INNOVATION_CAPABILITY}
 * @param points the points
 * @since 0.1.0
 */
public record GroupPoints(String id, PointsInterval points) {

    /**
     * Checks the components.
     *
     * @param id the group id
     * @param points its points
     */
    public GroupPoints {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(points, "points");
    }
}
