package org.opensrdi.sdk.criteria;

import java.util.Objects;

/**
 * Something an evaluation found that did not stop it. Codes: {@code UNDEFINED} (a metric divides by
 * zero), {@code SLOT_NOT_DEFINED} (no provincial indicators, so the slot scores its whole range),
 * {@code INPUT_OUT_OF_RANGE} (expert points outside the indicator's range, ignored),
 * {@code INPUT_OUTSIDE_BAND} (expert points outside the band the data give, used as given),
 * {@code UNKNOWN_INDUSTRY} (no industry of the size standard matches) and {@code NOT_A_DATE}.
 * Programs act on the code and element, never on the detail text.
 *
 * @param code the code
 * @param element the indicator, metric or fact concerned
 * @param detail what was found
 * @since 0.1.0
 */
public record Finding(String code, String element, String detail) {

    /**
     * Checks the components.
     *
     * @param code the code
     * @param element the element concerned
     * @param detail what was found
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(detail, "detail");
    }
}
