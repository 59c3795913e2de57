package org.opensrdi.sdk;

import java.util.Objects;

/**
 * One way a document breaks a JSON Schema of the specification: where, which keyword, and the
 * validator's own message. Immutable.
 *
 * <p>The message is the raw English text of the JSON Schema validator and may change between
 * versions; match on {@link #instanceLocation()} and {@link #keyword()} instead.
 *
 * @param instanceLocation the JSON Pointer of the offending value in the document ({@code ""} for
 *     the whole document), for example {@code /records/0/enterprise/uscc}
 * @param keyword the JSON Schema keyword that failed, for example {@code pattern}
 * @param message the validator's message
 * @since 0.1.0
 */
public record SchemaViolation(String instanceLocation, String keyword, String message) {

    /**
     * Checks that no component is null.
     *
     * @since 0.1.0
     */
    public SchemaViolation {
        Objects.requireNonNull(instanceLocation, "instanceLocation");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A violation.
     *
     * @param instanceLocation the JSON Pointer of the offending value
     * @param keyword the JSON Schema keyword that failed
     * @param message the validator's message
     * @return the violation
     * @since 0.1.0
     */
    public static SchemaViolation of(String instanceLocation, String keyword, String message) {
        return new SchemaViolation(instanceLocation, keyword, message);
    }
}
