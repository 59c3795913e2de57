package org.opensrdi.sdk.internal.criteria;

/** The three truth values of spec/docs/rules/README.md §5. Internal, not API. */
enum Tri {
    TRUE, FALSE, UNKNOWN;

    static Tri of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /** False if either is false, else unknown if either is unknown, else true. */
    Tri and(Tri other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
    }

    /** True if either is true, else unknown if either is unknown, else false. */
    Tri or(Tri other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
    }
}
