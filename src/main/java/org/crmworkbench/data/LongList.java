package org.crmworkbench.data;

import java.util.Arrays;

/** A growable list of longs. */
public final class LongList {
    private long[] values = new long[1024];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    public void sort() {
        Arrays.sort(values, 0, size);
    }

    public long get(int i) {
        return values[i];
    }

    /** The values as a sorted array of exactly {@link #size()} elements. */
    public long[] toSortedArray() {
        long[] out = Arrays.copyOf(values, size);
        Arrays.sort(out);
        return out;
    }

    /** The values as an array of exactly {@link #size()} elements, in the order added. */
    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
