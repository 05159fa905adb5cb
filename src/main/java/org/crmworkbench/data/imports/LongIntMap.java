package org.crmworkbench.data.imports;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values (12 bytes a slot), for the (customer, product) pairs of a
 * ratings file and the (order, product) pairs of order lines: a {@code HashMap<Long, Integer>} needs about five times
 * the memory. The slots are spread over 64 segments that grow on their own, so a growth copies a sixty-fourth of the
 * map instead of briefly holding the old and the new whole table (31M order-line pairs went from 400 MB to 800 MB
 * in one step, more than a 2 GB heap had left beside the order ids). Written here rather than adding a 20 MB
 * primitive-collections library for one class.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private static final int SEGMENT_BITS = 6;

    private final long[][] keys = new long[1 << SEGMENT_BITS][];
    private final int[][] values = new int[1 << SEGMENT_BITS][];
    private final int[] counts = new int[1 << SEGMENT_BITS];
    private long size;

    /** A map sized for about {@code expected} keys (it grows past them). */
    LongIntMap(long expected) {
        long perSegment = Math.max(8, expected >> SEGMENT_BITS);
        int capacity = Integer.highestOneBit((int) Math.min(1 << 29, perSegment * 3 / 2)) << 1;
        for (int s = 0; s < keys.length; s++) {
            keys[s] = new long[capacity];
            values[s] = new int[capacity];
            Arrays.fill(keys[s], EMPTY);
        }
    }

    long size() {
        return size;
    }

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        int h = mix(key);
        int s = h >>> (32 - SEGMENT_BITS);
        int i = slot(keys[s], h, key);
        return keys[s][i] == key ? values[s][i] : missing;
    }

    /** Stores {@code value} for {@code key} unless present; returns the earlier value, or {@code missing}. */
    int putIfAbsent(long key, int value, int missing) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int h = mix(key);
        int s = h >>> (32 - SEGMENT_BITS);
        long[] k = keys[s];
        int i = slot(k, h, key);
        if (k[i] == key) {
            return values[s][i];
        }
        k[i] = key;
        values[s][i] = value;
        size++;
        if (++counts[s] * 3L > k.length * 2L) { // at most two thirds full
            grow(s);
        }
        return missing;
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private static int slot(long[] k, int h, long key) {
        int mask = k.length - 1;
        int i = h & mask;
        while (k[i] != key && k[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow(int s) {
        long[] oldKeys = keys[s];
        int[] oldValues = values[s];
        long[] k = new long[oldKeys.length * 2];
        int[] v = new int[oldValues.length * 2];
        Arrays.fill(k, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(k, mix(oldKeys[j]), oldKeys[j]);
                k[i] = oldKeys[j];
                v[i] = oldValues[j];
            }
        }
        keys[s] = k;
        values[s] = v;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
