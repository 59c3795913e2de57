package org.opensrdi.sdk.internal.validation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for NUL and for well-formed UTF-8 in one pass without decoding them: the byte
 * sequences of the Unicode Standard, Table 3-7, which are exactly the ones the JDK's UTF-8 decoder
 * accepts with {@code CodingErrorAction.REPORT} (no overlong forms, no surrogates, nothing above
 * U+10FFFF, no sequence cut off at the end). Internal, not API.
 */
final class Utf8 {

    /** Every byte is well-formed UTF-8 and none is NUL. */
    static final int VALID = 0;
    /** Some byte is NUL (reported before any encoding problem, wherever it is). */
    static final int NUL = 1;
    /** No NUL, but the bytes are not well-formed UTF-8. */
    static final int MALFORMED = 2;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /**
     * Checks a range of bytes.
     *
     * @param bytes the bytes
     * @param length how many, from the start
     * @return {@link #VALID}, {@link #NUL} or {@link #MALFORMED}
     */
    static int check(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            // Eight ASCII bytes at a time, none of them NUL: most of a record.
            while (i + 8 <= length) {
                long word = (long) LONGS.get(bytes, i);
                if (((word | (word - 0x0101010101010101L)) & 0x8080808080808080L) != 0) {
                    break; // a byte with its high bit set, or a NUL (0 - 1 borrows into the high bit)
                }
                i += 8;
            }
            if (i >= length) {
                break;
            }
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) {
                return NUL;
            }
            int next = sequenceEnd(bytes, i, length);
            if (next < 0) {
                return containsNul(bytes, i, length) ? NUL : MALFORMED;
            }
            i = next;
        }
        return VALID;
    }

    /** The index after the multi-byte sequence starting at {@code i}, or -1 if it is malformed. */
    private static int sequenceEnd(byte[] bytes, int i, int length) {
        int lead = bytes[i] & 0xFF;
        int count;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 3;
            if (lead == 0xE0) {
                secondMin = 0xA0; // overlong
            } else if (lead == 0xED) {
                secondMax = 0x9F; // surrogates
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 4;
            if (lead == 0xF0) {
                secondMin = 0x90; // overlong
            } else if (lead == 0xF4) {
                secondMax = 0x8F; // above U+10FFFF
            }
        } else {
            return -1; // a continuation byte, C0, C1 or F5–FF
        }
        if (i + count > length) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return -1;
        }
        for (int k = 2; k < count; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return i + count;
    }

    private static boolean containsNul(byte[] bytes, int from, int length) {
        for (int i = from; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
