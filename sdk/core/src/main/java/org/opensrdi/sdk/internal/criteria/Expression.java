package org.opensrdi.sdk.internal.criteria;

import java.util.List;

/**
 * A qualification expression (spec/docs/rules/README.md §7.3): references to conditions, direct
 * paths and {@code SCORE}, combined with {@code allOf} and {@code anyOf}. Internal, not API.
 */
sealed interface Expression {

    /** The id that refers to the points table. */
    String SCORE = "SCORE";

    /** {@code {"ref": id}}. */
    record Ref(String id) implements Expression {
    }

    /** {@code {"allOf": [...]}}. */
    record AllOf(List<Expression> members) implements Expression {
    }

    /** {@code {"anyOf": [...]}}. */
    record AnyOf(List<Expression> members) implements Expression {
    }
}
