package org.opensrdi.sdk.internal.validation;

import java.util.Arrays;

/**
 * A compact map from USCC to the index of the record that first used it, for millions of records in
 * little memory: a USCC is packed into 80 bits (twelve base-31 characters and six digits), stored in
 * primitive arrays with open addressing — about 21 bytes an entry instead of ~120 for a HashMap of
 * strings. Not thread-safe. Internal, not API.
 */
final class UsccIndex {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int NONE = -1;

    private long[] high = new long[1024];
    private int[] low = new int[1024];
    private long[] values = new long[1024];
    private int size;

    UsccIndex() {
        Arrays.fill(values, NONE);
    }

    /**
     * Records a USCC with its record index unless already present.
     *
     * @param uscc a USCC of valid form (see {@link org.opensrdi.sdk.identifiers.Uscc#hasValidForm})
     * @param recordIndex the record that uses it
     * @return the record index already stored for it, or -1 if it was new
     */
    long putIfAbsent(String uscc, long recordIndex) {
        return putIfAbsent(uscc, 0, recordIndex);
    }

    /**
     * Records a USCC and a small discriminator (e.g. a fiscal year) with its record index unless present.
     *
     * @param uscc a USCC of valid form
     * @param discriminator a number below 4096 that is part of the key (e.g. a fiscal year)
     * @param recordIndex the record that uses it
     * @return the record index already stored for the key, or -1 if it was new
     */
    long putIfAbsent(String uscc, int discriminator, long recordIndex) {
        long h = packHigh(uscc);
        int l = packLow(uscc) | discriminator << 20;
        int slot = find(h, l);
        if (values[slot] != NONE) {
            return values[slot];
        }
        high[slot] = h;
        low[slot] = l;
        values[slot] = recordIndex;
        if (++size * 4L > values.length * 3L) {
            grow();
        }
        return NONE;
    }

    /**
     * Whether a USCC is present (with discriminator 0).
     *
     * @param uscc a USCC of valid form
     * @return {@code true} if present
     */
    boolean contains(String uscc) {
        return values[find(packHigh(uscc), packLow(uscc))] != NONE;
    }

    private int find(long h, int l) {
        int mask = values.length - 1;
        int slot = (int) mix(h ^ (long) l * 0x9E3779B97F4A7C15L) & mask;
        while (values[slot] != NONE && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        int[] oldLow = low;
        long[] oldValues = values;
        high = new long[oldValues.length * 2];
        low = new int[oldValues.length * 2];
        values = new long[oldValues.length * 2];
        Arrays.fill(values, NONE);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != NONE) {
                int slot = find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** Twelve non-digit-position characters in base 31: positions 1, 2 and 9–18 (60 bits). */
    private static long packHigh(String uscc) {
        long packed = 0;
        for (int i = 0; i < 18; i++) {
            if (i < 2 || i > 7) {
                packed = packed * 31 + CHARACTERS.indexOf(uscc.charAt(i));
            }
        }
        return packed;
    }

    /** The six digits of positions 3–8 (below 2^20). */
    private static int packLow(String uscc) {
        return Integer.parseInt(uscc, 2, 8, 10);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
