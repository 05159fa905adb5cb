package org.crmworkbench.analysis.recommend;

import java.util.Arrays;

/** Maps sparse ids to dense indexes 0..n-1 (the order the ids were given in) by binary search on a sorted copy. */
final class IdIndex {
    private final long[] ids;
    private final long[] sorted;
    private final int[] indexOfSorted;

    IdIndex(long[] ids) {
        this.ids = ids.clone();
        int n = ids.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        sorted = new long[n];
        indexOfSorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = ids[order[i]];
            indexOfSorted[i] = order[i];
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("id " + sorted[i] + " occurs twice");
            }
        }
    }

    int size() {
        return ids.length;
    }

    long id(int index) {
        return ids[index];
    }

    long[] ids() {
        return ids.clone();
    }

    /** The index of {@code id}, or -1 when it is not one of the ids. */
    int indexOf(long id) {
        int at = Arrays.binarySearch(sorted, id);
        return at < 0 ? -1 : indexOfSorted[at];
    }
}
