package org.opensrdi.sdk.internal.validation;

/**
 * A compact map from USCC (plus a small discriminator, e.g. a fiscal year) to two int values, for
 * millions of records in little memory: a USCC is packed into 80 bits (twelve base-31 characters and
 * six digits) and stored with its values in primitive arrays, open addressing with linear probing —
 * 20 bytes a slot, about 28 bytes an entry at the average load, instead of ~150 for a HashMap of
 * strings. The table is split into 256 segments that grow (by a quarter) one at a time, so that growing
 * never needs twice the memory and no array is large enough for the garbage collector to treat it
 * specially. Not thread-safe. Internal, not API.
 */
final class UsccIndex {

    /** The value of a slot that has none. */
    static final int NONE = -1;

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int SEGMENT_BITS = 8;
    /** Marks a used slot: packed keys stay below 2^60. */
    private static final long USED = 1L << 62;

    private final Segment[] segments = new Segment[1 << SEGMENT_BITS];

    UsccIndex() {
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment(16);
        }
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
     * Records a USCC and a small discriminator (e.g. a fiscal year) with its record index (the
     * first value) unless one is present.
     *
     * @param uscc a USCC of valid form
     * @param discriminator a number below 4096 that is part of the key (e.g. a fiscal year)
     * @param recordIndex the record that uses it
     * @return the record index already stored for the key, or -1 if there was none
     */
    long putIfAbsent(String uscc, int discriminator, long recordIndex) {
        long h = packHigh(uscc);
        int l = packLow(uscc) | discriminator << 20;
        Segment segment = segment(h, l);
        int slot = segment.findOrAdd(h, l);
        int first = segment.first(slot);
        if (first != NONE) {
            return first;
        }
        segment.setFirst(slot, Math.toIntExact(recordIndex));
        return NONE;
    }

    /**
     * Whether a first value is stored for a USCC (with discriminator 0).
     *
     * @param uscc a USCC of valid form
     * @return {@code true} if present
     */
    boolean contains(String uscc) {
        long h = packHigh(uscc);
        int l = packLow(uscc);
        Segment segment = segment(h, l);
        int slot = segment.find(h, l);
        return slot >= 0 && segment.first(slot) != NONE;
    }

    /**
     * The second value of a USCC (with discriminator 0).
     *
     * @param uscc a USCC of valid form
     * @return the value, or {@link #NONE}
     */
    int second(String uscc) {
        long h = packHigh(uscc);
        int l = packLow(uscc);
        Segment segment = segment(h, l);
        int slot = segment.find(h, l);
        return slot < 0 ? NONE : segment.second(slot);
    }

    /**
     * Sets the second value of a USCC (with discriminator 0), adding the USCC if absent.
     *
     * @param uscc a USCC of valid form
     * @param value the value
     */
    void setSecond(String uscc, int value) {
        long h = packHigh(uscc);
        int l = packLow(uscc);
        Segment segment = segment(h, l);
        segment.setSecond(segment.findOrAdd(h, l), value);
    }

    private Segment segment(long h, int l) {
        return segments[(int) (hash(h, l) >>> (64 - SEGMENT_BITS))];
    }

    private static long hash(long h, int l) {
        long z = h ^ (l & 0xFFFFFFFFL) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Twelve non-digit-position characters in base 31: positions 1, 2 and 9–18 (60 bits). */
    static long packHigh(String uscc) {
        long packed = 0;
        for (int i = 0; i < 18; i++) {
            if (i < 2 || i > 7) {
                packed = packed * 31 + CHARACTERS.indexOf(uscc.charAt(i));
            }
        }
        return packed;
    }

    /** The six digits of positions 3–8 (below 2^20). */
    static int packLow(String uscc) {
        return Integer.parseInt(uscc, 2, 8, 10);
    }

    /**
     * The USCC of {@link #packHigh} and {@link #packLow}.
     *
     * @param high the packed characters
     * @param low the packed digits
     * @return the USCC
     */
    static String unpack(long high, int low) {
        char[] uscc = new char[18];
        long rest = high;
        for (int i = 17; i >= 0; i--) {
            if (i < 2 || i > 7) {
                uscc[i] = CHARACTERS.charAt((int) (rest % 31));
                rest /= 31;
            }
        }
        String digits = Integer.toString(low & 0xFFFFF);
        for (int i = 0; i < 6; i++) {
            uscc[2 + i] = i < 6 - digits.length() ? '0' : digits.charAt(i - (6 - digits.length()));
        }
        return new String(uscc);
    }

    /** One part of the table: keys (high word marked as used, low word with the first value) and second values. */
    private static final class Segment {

        private long[] high;
        private long[] lowAndFirst;
        private int[] second;
        private int size;

        Segment(int capacity) {
            allocate(capacity);
        }

        private void allocate(int capacity) {
            high = new long[capacity];
            lowAndFirst = new long[capacity];
            second = new int[capacity];
        }

        int find(long h, int l) {
            long used = h | USED;
            int capacity = high.length;
            int slot = start(hash(h, l), capacity);
            while (high[slot] != 0) {
                if (high[slot] == used && (int) (lowAndFirst[slot] >>> 32) == l) {
                    return slot;
                }
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
            return -1;
        }

        int findOrAdd(long h, int l) {
            long used = h | USED;
            long hash = hash(h, l);
            int capacity = high.length;
            int slot = start(hash, capacity);
            while (high[slot] != 0) {
                if (high[slot] == used && (int) (lowAndFirst[slot] >>> 32) == l) {
                    return slot;
                }
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
            if ((size + 1) * 5L > capacity * 4L) {
                grow();
                capacity = high.length;
                slot = start(hash, capacity);
                while (high[slot] != 0) {
                    slot = slot + 1 == capacity ? 0 : slot + 1;
                }
            }
            high[slot] = used;
            lowAndFirst[slot] = (long) l << 32 | (NONE & 0xFFFFFFFFL);
            second[slot] = NONE;
            size++;
            return slot;
        }

        int first(int slot) {
            return (int) lowAndFirst[slot];
        }

        void setFirst(int slot, int value) {
            lowAndFirst[slot] = lowAndFirst[slot] & 0xFFFFFFFF00000000L | value & 0xFFFFFFFFL;
        }

        int second(int slot) {
            return second[slot];
        }

        void setSecond(int slot, int value) {
            second[slot] = value;
        }

        /** Grows by a quarter: the load stays between 64 % and 80 %. */
        private void grow() {
            long[] oldHigh = high;
            long[] oldLowAndFirst = lowAndFirst;
            int[] oldSecond = second;
            allocate(oldHigh.length + oldHigh.length / 4);
            int capacity = high.length;
            for (int i = 0; i < oldHigh.length; i++) {
                if (oldHigh[i] != 0) {
                    long h = oldHigh[i] & ~USED;
                    int l = (int) (oldLowAndFirst[i] >>> 32);
                    int slot = start(hash(h, l), capacity);
                    while (high[slot] != 0) {
                        slot = slot + 1 == capacity ? 0 : slot + 1;
                    }
                    high[slot] = oldHigh[i];
                    lowAndFirst[slot] = oldLowAndFirst[i];
                    second[slot] = oldSecond[i];
                }
            }
        }

        /** A slot from the hash bits the segment choice did not use. */
        private static int start(long hash, int capacity) {
            return (int) (((hash & 0xFFFFFFFFL) * capacity) >>> 32);
        }
    }
}
