package org.opensrdi.sdk.internal.criteria;

/**
 * Something an evaluation found that does not stop it, e.g. {@code SLOT_NOT_DEFINED},
 * {@code INPUT_OUTSIDE_BAND}, {@code INPUT_OUT_OF_RANGE} or {@code UNDEFINED} (README §4.2, §6.1,
 * §8.2). Internal, not API.
 *
 * @param code the code
 * @param element the indicator, metric or fact it concerns
 * @param detail what was found
 */
public record Finding(String code, String element, String detail) {
}
