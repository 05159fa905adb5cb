package org.crmworkbench.analysis.basket;

import java.util.Arrays;

/** A hash set of k-itemsets stored back to back in one array (open addressing; the array is not copied). */
final class ItemsetIndex {
    private final int[] sets;
    private final int k;
    private final int[] table;
    private final int mask;

    ItemsetIndex(int[] sets, int k) {
        this.sets = sets;
        this.k = k;
        int m = sets.length / k;
        int capacity = Integer.highestOneBit(Math.max(4, m * 2 - 1)) << 1;
        table = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < m; i++) {
            int slot = hash(sets, i * k, k) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    boolean contains(int[] set) {
        int slot = hash(set, 0, k) & mask;
        while (table[slot] != 0) {
            int i = table[slot] - 1;
            if (Arrays.equals(sets, i * k, i * k + k, set, 0, k)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    private static int hash(int[] a, int from, int k) {
        int h = 1;
        for (int p = from; p < from + k; p++) {
            h = 31 * h + a[p];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
