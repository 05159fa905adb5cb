package org.crmworkbench.data;

import java.util.Arrays;

/** A growable list of ints (reused between customers by the sample generator to avoid garbage). */
public final class IntList {
    private int[] values = new int[16];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int get(int i) {
        return values[i];
    }

    public void set(int i, int value) {
        values[i] = value;
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

    /** The values as an array of exactly {@link #size()} elements. */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
