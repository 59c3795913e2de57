package org.opensrdi.sdk;

/**
 * The one unchecked exception the SDK throws: the SDK was misused, or could not read what it
 * needs. Its message says where the problem is (a file, a resource or an argument).
 *
 * <p>Problems found in a document are not exceptions: they are returned as values, such as
 * {@link SchemaViolation}.
 *
 * @since 0.1.0
 */
public class OpenSrdiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that says where the problem is.
     *
     * @param message the message
     * @since 0.1.0
     */
    public OpenSrdiException(String message) {
        super(message);
    }

    /**
     * An exception with a message that says where the problem is, and its cause.
     *
     * @param message the message
     * @param cause the cause
     * @since 0.1.0
     */
    public OpenSrdiException(String message, Throwable cause) {
        super(message, cause);
    }
}
