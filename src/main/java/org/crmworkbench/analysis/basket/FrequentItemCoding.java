package org.crmworkbench.analysis.basket;

import java.util.Arrays;

/**
 * The items that reach the min count, coded 0, 1, ... from the most frequent down (ties by item number), and the
 * baskets rewritten in these codes (infrequent items dropped, codes ascending): what every miner starts from.
 */
final class FrequentItemCoding {
    private final int[] itemOfCode;
    private final int[] countOfCode;
    private final int[] start;
    private final int[] codes;

    FrequentItemCoding(Transactions transactions, int minCount) {
        int[] counts = transactions.itemCounts();
        int frequent = 0;
        for (int c : counts) {
            if (c >= minCount) {
                frequent++;
            }
        }
        long[] keyed = new long[frequent];
        int k = 0;
        for (int item = 0; item < counts.length; item++) {
            if (counts[item] >= minCount) {
                keyed[k++] = ((long) (Integer.MAX_VALUE - counts[item]) << 32) | item;
            }
        }
        Arrays.sort(keyed);
        itemOfCode = new int[frequent];
        countOfCode = new int[frequent];
        int[] codeOfItem = new int[counts.length];
        Arrays.fill(codeOfItem, -1);
        for (int c = 0; c < frequent; c++) {
            itemOfCode[c] = (int) keyed[c];
            countOfCode[c] = counts[itemOfCode[c]];
            codeOfItem[itemOfCode[c]] = c;
        }
        int[] flatStart = transactions.flatStarts();
        int[] flatItems = transactions.flatItems();
        int n = transactions.size();
        start = new int[n + 1];
        int used = 0;
        for (int p = 0; p < flatItems.length; p++) {
            if (codeOfItem[flatItems[p]] >= 0) {
                used++;
            }
        }
        codes = new int[used];
        used = 0;
        for (int t = 0; t < n; t++) {
            int from = used;
            for (int p = flatStart[t]; p < flatStart[t + 1]; p++) {
                int code = codeOfItem[flatItems[p]];
                if (code >= 0) {
                    codes[used++] = code;
                }
            }
            Arrays.sort(codes, from, used);
            start[t + 1] = used;
        }
    }

    /** Number of frequent items. */
    int size() {
        return itemOfCode.length;
    }

    /** The largest item number among the frequent items (0 when there are none). */
    int maxItem() {
        int max = 0;
        for (int item : itemOfCode) {
            max = Math.max(max, item);
        }
        return max;
    }

    int item(int code) {
        return itemOfCode[code];
    }

    int count(int code) {
        return countOfCode[code];
    }

    int transactions() {
        return start.length - 1;
    }

    /** Where each coded basket starts in {@link #codes()}; do not modify. */
    int[] starts() {
        return start;
    }

    /** Every coded basket back to back; do not modify. */
    int[] codes() {
        return codes;
    }

    /** Bytes held by the coded baskets. */
    long bytes() {
        return 4L * (start.length + codes.length + 2L * itemOfCode.length);
    }
}
