package org.opensrdi.sdk.internal.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * A compact map from record id to the index of the record that first used it, for millions of
 * records in little memory. An ASCII id of up to eleven characters (the usual "JH24-D-001") is
 * packed with its record index into two longs — 16 bytes a slot, open addressing with linear
 * probing in 256 segments that grow (by a quarter) one at a time; any other id goes to a plain map. Not
 * thread-safe. Internal, not API.
 */
final class IdIndex {

    private static final int MAX_PACKED = 11;
    private static final int SEGMENT_BITS = 8;
    private static final long KEY_MASK = (1L << 28) - 1;

    private final Segment[] segments = new Segment[1 << SEGMENT_BITS];
    private final Map<String, Long> others = new HashMap<>();

    IdIndex() {
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment(16);
        }
    }

    /**
     * Records an id with its record index unless already present.
     *
     * @param id the id
     * @param recordIndex the record that uses it
     * @return the record index already stored for it, or {@code null} if it was new
     */
    Long putIfAbsent(String id, long recordIndex) {
        int length = id.length();
        if (length == 0 || length > MAX_PACKED) {
            return others.putIfAbsent(id, recordIndex);
        }
        long a = 0;
        long b = length << 24;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return others.putIfAbsent(id, recordIndex);
            }
            if (i < 8) {
                a |= (long) c << (8 * i);
            } else {
                b |= (long) c << (8 * (i - 8));
            }
        }
        long hash = hash(a, b);
        int first = segments[(int) (hash >>> (64 - SEGMENT_BITS))].putIfAbsent(a, b, hash, Math.toIntExact(recordIndex));
        return first < 0 ? null : Long.valueOf(first);
    }

    private static long hash(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L ^ b;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Slots of two longs: the first eight characters, then three more, the length and the record index. */
    private static final class Segment {

        private long[] slots;
        private int size;

        Segment(int capacity) {
            slots = new long[capacity * 2];
        }

        /** The record index stored for the key, or -1 after storing the given one. */
        int putIfAbsent(long a, long b, long hash, int recordIndex) {
            int capacity = slots.length / 2;
            int slot = start(hash, capacity);
            while (slots[2 * slot + 1] != 0) {
                if (slots[2 * slot] == a && (slots[2 * slot + 1] & KEY_MASK) == b) {
                    return (int) (slots[2 * slot + 1] >>> 28);
                }
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
            if ((size + 1) * 5L > capacity * 4L) {
                grow();
                capacity = slots.length / 2;
                slot = start(hash, capacity);
                while (slots[2 * slot + 1] != 0) {
                    slot = slot + 1 == capacity ? 0 : slot + 1;
                }
            }
            slots[2 * slot] = a;
            slots[2 * slot + 1] = b | (long) recordIndex << 28;
            size++;
            return -1;
        }

        /** Grows by a quarter: the load stays between 64 % and 80 %. */
        private void grow() {
            long[] old = slots;
            int capacity = old.length / 2 + old.length / 8;
            slots = new long[capacity * 2];
            for (int i = 0; i < old.length; i += 2) {
                if (old[i + 1] != 0) {
                    int slot = start(hash(old[i], old[i + 1] & KEY_MASK), capacity);
                    while (slots[2 * slot + 1] != 0) {
                        slot = slot + 1 == capacity ? 0 : slot + 1;
                    }
                    slots[2 * slot] = old[i];
                    slots[2 * slot + 1] = old[i + 1];
                }
            }
        }

        private static int start(long hash, int capacity) {
            return (int) (((hash & 0xFFFFFFFFL) * capacity) >>> 32);
        }
    }
}
