package org.crmworkbench.analysis.basket;

import java.util.Arrays;

/**
 * Apriori's candidates of one size in a prefix tree of flat arrays: a node's children are contiguous and sorted by
 * item, and the leaves are the candidates. A basket is counted by walking the tree and the basket together, merging
 * each node's children with the basket items still long enough to finish a candidate (or, when the children far
 * outnumber those items, looking each item up among them by binary search).
 */
final class CandidateTrie {
    private final int size;
    private int[] item = new int[64];
    private int[] firstChild = new int[64];
    private int[] childCount = new int[64];
    private int nodes = 1;
    private final int[] counts;

    /** The trie of {@code candidates} ({@code size} items each, back to back, lexicographic). */
    CandidateTrie(int[] candidates, int size) {
        this.size = size;
        int m = candidates.length / size;
        counts = new int[m];
        build(0, candidates, 0, m, 0);
    }

    private void build(int node, int[] candidates, int lo, int hi, int depth) {
        int distinct = 0;
        for (int c = lo; c < hi; c++) {
            if (c == lo || candidates[c * size + depth] != candidates[(c - 1) * size + depth]) {
                distinct++;
            }
        }
        int first = nodes;
        ensure(nodes + distinct);
        nodes += distinct;
        firstChild[node] = first;
        childCount[node] = distinct;
        int child = first;
        int c = lo;
        while (c < hi) {
            int value = candidates[c * size + depth];
            int end = c + 1;
            while (end < hi && candidates[end * size + depth] == value) {
                end++;
            }
            item[child] = value;
            if (depth + 1 == size) {
                firstChild[child] = c;
                childCount[child] = 0;
            } else {
                build(child, candidates, c, end, depth + 1);
            }
            child++;
            c = end;
        }
    }

    private void ensure(int capacity) {
        if (capacity > item.length) {
            int grown = Math.max(capacity, item.length * 2);
            item = Arrays.copyOf(item, grown);
            firstChild = Arrays.copyOf(firstChild, grown);
            childCount = Arrays.copyOf(childCount, grown);
        }
    }

    long bytes() {
        return 12L * item.length + 4L * counts.length;
    }

    /** Adds one to each candidate contained in the basket {@code codes[from..to)} (ascending). */
    void count(int[] codes, int from, int to) {
        walk(0, codes, from, to, 0);
    }

    private void walk(int node, int[] codes, int from, int to, int depth) {
        int c = firstChild[node];
        int cEnd = c + childCount[node];
        int last = to - (size - depth - 1);
        int p = from;
        boolean leaves = depth + 1 == size;
        if (cEnd - c > 8 * (last - p)) {
            for (; p < last; p++) {
                int found = Arrays.binarySearch(item, c, cEnd, codes[p]);
                if (found >= 0) {
                    if (leaves) {
                        counts[firstChild[found]]++;
                    } else {
                        walk(found, codes, p + 1, to, depth + 1);
                    }
                    c = found + 1;
                }
            }
            return;
        }
        while (c < cEnd && p < last) {
            int x = codes[p];
            int y = item[c];
            if (x < y) {
                p++;
            } else if (x > y) {
                c++;
            } else {
                if (leaves) {
                    counts[firstChild[c]]++;
                } else {
                    walk(c, codes, p + 1, to, depth + 1);
                }
                p++;
                c++;
            }
        }
    }

    /** Each candidate's count, in the candidates' order. */
    int[] counts() {
        return counts;
    }
}
