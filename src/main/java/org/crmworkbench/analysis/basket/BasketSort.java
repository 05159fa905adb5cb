package org.crmworkbench.analysis.basket;

/**
 * Sorts baskets (ascending item codes, stored back to back) lexicographically, a shorter basket before its
 * extensions: multikey quicksort (Bentley and Sedgewick 1997), which compares each item position once per level.
 */
final class BasketSort {
    private BasketSort() {
    }

    /** Sorts {@code order[0..m)}, basket numbers into {@code start}/{@code codes}. */
    static void sort(int[] order, int m, int[] start, int[] codes) {
        sort(order, 0, m, 0, start, codes);
    }

    private static void sort(int[] order, int lo, int hi, int depth, int[] start, int[] codes) {
        while (hi - lo > 1) {
            if (hi - lo < 12) {
                insertion(order, lo, hi, depth, start, codes);
                return;
            }
            int pivot = median(key(order[lo], depth, start, codes),
                    key(order[(lo + hi) >>> 1], depth, start, codes), key(order[hi - 1], depth, start, codes));
            int lt = lo;
            int gt = hi - 1;
            int i = lo;
            while (i <= gt) {
                int k = key(order[i], depth, start, codes);
                if (k < pivot) {
                    swap(order, lt++, i++);
                } else if (k > pivot) {
                    swap(order, i, gt--);
                } else {
                    i++;
                }
            }
            sort(order, lo, lt, depth, start, codes);
            sort(order, gt + 1, hi, depth, start, codes);
            if (pivot < 0) {
                return;
            }
            lo = lt;
            hi = gt + 1;
            depth++;
        }
    }

    private static int key(int t, int depth, int[] start, int[] codes) {
        int p = start[t] + depth;
        return p < start[t + 1] ? codes[p] : -1;
    }

    private static int median(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(int[] a, int i, int j) {
        int v = a[i];
        a[i] = a[j];
        a[j] = v;
    }

    private static void insertion(int[] order, int lo, int hi, int depth, int[] start, int[] codes) {
        for (int i = lo + 1; i < hi; i++) {
            int v = order[i];
            int j = i - 1;
            while (j >= lo && compare(order[j], v, depth, start, codes) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
    }

    private static int compare(int s, int t, int depth, int[] start, int[] codes) {
        int p = start[s] + depth;
        int q = start[t] + depth;
        while (p < start[s + 1] && q < start[t + 1]) {
            int c = Integer.compare(codes[p], codes[q]);
            if (c != 0) {
                return c;
            }
            p++;
            q++;
        }
        return Integer.compare(start[s + 1] - p, start[t + 1] - q);
    }
}
