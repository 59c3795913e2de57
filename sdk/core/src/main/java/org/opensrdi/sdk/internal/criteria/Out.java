package org.opensrdi.sdk.internal.criteria;

/**
 * Where a test or an indicator writes itself, with its values, for a step of the trace. Writes
 * nothing when the trace does not record, so that an evaluation that only decides builds no text;
 * callers guard costly arguments with {@link #on()}. Internal, not API.
 */
final class Out {

    private final StringBuilder text;

    private Out(StringBuilder text) {
        this.text = text;
    }

    /** An empty text that records if the trace does. */
    static Out of(Trace trace) {
        return new Out(trace.recording() ? new StringBuilder() : null);
    }

    /** Another empty text that records if this one does. */
    Out sibling() {
        return new Out(text == null ? null : new StringBuilder());
    }

    /** Whether this text records. */
    boolean on() {
        return text != null;
    }

    /** Appends a value's text when recording; numbers and characters box, off the hot paths only. */
    Out append(Object value) {
        if (text != null) {
            text.append(value);
        }
        return this;
    }

    /** The length written, 0 when not recording. */
    int length() {
        return text == null ? 0 : text.length();
    }

    /** The text, empty when not recording. */
    @Override
    public String toString() {
        return text == null ? "" : text.toString();
    }
}
