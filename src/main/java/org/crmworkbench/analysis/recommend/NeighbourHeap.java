package org.crmworkbench.analysis.recommend;

/**
 * Keeps the {@code k} most similar candidates seen so far: a bounded min-heap on similarity, ties broken towards the
 * lower index so the result does not depend on the order candidates arrive in. Scratch for one thread.
 */
final class NeighbourHeap {
    private final int[] index;
    private final float[] similarity;
    private int size;

    NeighbourHeap(int k) {
        index = new int[k];
        similarity = new float[k];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** Offers a candidate; kept when among the best {@code k} so far. */
    void offer(int candidate, float sim) {
        if (size < index.length) {
            index[size] = candidate;
            similarity[size] = sim;
            siftUp(size++);
        } else if (index.length > 0 && better(sim, candidate, similarity[0], index[0])) {
            index[0] = candidate;
            similarity[0] = sim;
            siftDown(size);
        }
    }

    /**
     * Empties the heap into the arrays, most similar first; returns how many were written. The arrays need room for
     * {@link #size()} entries.
     */
    int drainInto(int[] outIndex, float[] outSimilarity) {
        int n = size;
        for (int at = n - 1; at >= 0; at--) {
            outIndex[at] = index[0];
            outSimilarity[at] = similarity[0];
            size--;
            index[0] = index[size];
            similarity[0] = similarity[size];
            siftDown(size);
        }
        size = 0;
        return n;
    }

    /** Whether (sa, a) ranks above (sb, b). */
    private static boolean better(float sa, int a, float sb, int b) {
        return sa > sb || (sa == sb && a < b);
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(similarity[parent], index[parent], similarity[at], index[at])) {
                break;
            }
            swap(parent, at);
            at = parent;
        }
    }

    private void siftDown(int n) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= n) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < n && better(similarity[left], index[left], similarity[right], index[right])) {
                worst = right;
            }
            if (!better(similarity[at], index[at], similarity[worst], index[worst])) {
                return;
            }
            swap(at, worst);
            at = worst;
        }
    }

    private void swap(int a, int b) {
        int ti = index[a];
        index[a] = index[b];
        index[b] = ti;
        float ts = similarity[a];
        similarity[a] = similarity[b];
        similarity[b] = ts;
    }
}
