package org.crmworkbench.data.sample;

import java.util.Arrays;

/** A growable list of longs. */
final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    void sort() {
        Arrays.sort(values, 0, size);
    }

    long get(int i) {
        return values[i];
    }

    /** The values as a sorted array of exactly {@link #size()} elements. */
    long[] toSortedArray() {
        long[] out = Arrays.copyOf(values, size);
        Arrays.sort(out);
        return out;
    }
}
