package org.opensrdi.sdk.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/** Detects and strips a UTF-8 byte order mark. Internal, not API. */
final class Bom {

    private Bom() {
    }

    /**
     * Wraps a stream so that a leading UTF-8 BOM is consumed.
     *
     * @param in the raw stream
     * @param found receives {@code true} if a BOM was found
     * @return a stream positioned after the BOM, if any
     * @throws IOException if the stream cannot be read
     */
    static InputStream strip(InputStream in, boolean[] found) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int n = pushback.readNBytes(head, 0, 3);
        if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            found[0] = true;
        } else if (n > 0) {
            pushback.unread(head, 0, n);
        }
        return pushback;
    }
}
