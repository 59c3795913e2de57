package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of one vector.
 *
 * @param vector the vector
 * @param status the outcome
 * @param detail what differed or what went wrong, or {@code null} when it passed or was skipped
 * @param actual the implementation's output, or {@code null} if there was none
 * @param expectedFailureReason the reason from the expected-failures list, or {@code null}
 * @param durationMillis how long the exchange took
 */
public record VectorResult(Vector vector, Status status, String detail, JsonNode actual, String expectedFailureReason,
        long durationMillis) {
}
