package org.crmworkbench.analysis.recommend;

import java.util.function.IntPredicate;

/** Picks the highest-scoring products: a bounded min-heap, ties broken towards the lower product index. */
public final class TopItems {
    private TopItems() {
    }

    /**
     * The indexes of the at most {@code n} highest scores, best first; NaN scores and excluded indexes are skipped.
     */
    public static int[] select(float[] scores, int n, IntPredicate excluded) {
        if (n <= 0) {
            return new int[0];
        }
        int[] heap = new int[n];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (Float.isNaN(s) || excluded.test(i)) {
                continue;
            }
            if (size < n) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else if (better(i, heap[0], scores)) {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
        }
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            out[k] = heap[0];
            heap[0] = heap[k];
            siftDown(heap, k, scores);
        }
        return out;
    }

    /** Whether item a ranks above item b. */
    private static boolean better(int a, int b, float[] s) {
        return s[a] > s[b] || (s[a] == s[b] && a < b);
    }

    private static void siftUp(int[] heap, int at, float[] s) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(heap[parent], heap[at], s)) {
                break;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, float[] s) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(heap[left], heap[right], s)) {
                worst = right;
            }
            if (!better(heap[at], heap[worst], s)) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
