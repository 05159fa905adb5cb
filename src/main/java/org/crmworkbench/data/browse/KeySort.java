package org.crmworkbench.data.browse;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Orders row keys by a column in memory, with primitive arrays only: values become dense ranks (missing values
 * rank lowest), then {@code rank << 32 | position} is sorted as one {@code long[]}. Positions are in key order, so
 * equal values keep key order in both directions, exactly as {@code ORDER BY value, key} would.
 */
final class KeySort {
    private KeySort() {
    }

    /** The keys reordered by rank; {@code rank[i]} belongs to {@code keys[i]}, ranks are 0 or more. */
    static long[] byRank(long[] keys, int[] rank, int n, boolean ascending) {
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, rank[i]);
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long r = ascending ? rank[i] : max - rank[i];
            packed[i] = (r << 32) | i;
        }
        Arrays.sort(packed);
        long[] ordered = new long[n];
        for (int i = 0; i < n; i++) {
            ordered[i] = keys[(int) (packed[i] & 0xFFFFFFFFL)];
        }
        return ordered;
    }

    /** Dense ranks of order-preserving numbers: equal values share a rank, {@code missing} rows rank 0. */
    static int[] ranks(long[] values, BitSet missing, int n) {
        long[] distinct = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!missing.get(i)) {
                distinct[m++] = values[i];
            }
        }
        Arrays.sort(distinct, 0, m);
        int u = unique(distinct, m);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = missing.get(i) ? 0 : 1 + Arrays.binarySearch(distinct, 0, u, values[i]);
        }
        return rank;
    }

    /** Dense ranks of texts in {@link String#compareTo} order (the order H2 uses); null ranks 0. */
    static int[] ranks(String[] values, int n) {
        String[] distinct = new String[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] != null) {
                distinct[m++] = values[i];
            }
        }
        Arrays.sort(distinct, 0, m);
        int u = 0;
        for (int i = 0; i < m; i++) {
            if (u == 0 || !distinct[i].equals(distinct[u - 1])) {
                distinct[u++] = distinct[i];
            }
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = values[i] == null ? 0 : 1 + Arrays.binarySearch(distinct, 0, u, values[i]);
        }
        return rank;
    }

    /** A long whose signed order is the numeric order of {@code d} (for doubles and decimals). */
    static long sortable(double d) {
        long bits = Double.doubleToLongBits(d == 0.0 ? 0.0 : d); // -0.0 sorts with 0.0, as in SQL
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static int unique(long[] sorted, int m) {
        int u = 0;
        for (int i = 0; i < m; i++) {
            if (u == 0 || sorted[i] != sorted[u - 1]) {
                sorted[u++] = sorted[i];
            }
        }
        return u;
    }
}
