package org.crmworkbench.analysis.basket;

import java.util.Arrays;
import org.crmworkbench.work.Progress;

/**
 * Collects the itemsets a miner finds, back to back in flat arrays, and keeps the memory cap: it adds up the bytes
 * of what it holds (twice, for the {@link FrequentItemsets} it turns into) and of the miner's working tables, and
 * throws {@link MiningLimitException} before an allocation would pass the cap. Checks for cancellation every 16,384
 * itemsets.
 */
final class ItemsetStore implements ItemsetSink {
    private final FrequentItemCoding coding;
    private final long capBytes;
    private final int capMb;
    private final double minSupport;
    private final Progress progress;
    private int[] items = new int[4096];
    private int used;
    private int[] ends = new int[1024];
    private int[] counts = new int[1024];
    private int size;
    private long tableBytes;

    ItemsetStore(FrequentItemCoding coding, BasketSettings settings, Progress progress) {
        this.coding = coding;
        this.capMb = settings.memoryCapMb();
        this.capBytes = (long) settings.memoryCapMb() << 20;
        this.minSupport = settings.minSupport();
        this.progress = progress;
        this.tableBytes = coding.bytes();
        check(0);
    }

    @Override
    public void add(int[] prefix, int prefixLength, int item, int count) {
        if (used + prefixLength + 1 > items.length) {
            int grown = Math.max(items.length * 2, used + prefixLength + 1);
            check(4L * (grown - items.length));
            items = Arrays.copyOf(items, grown);
        }
        if (size == counts.length) {
            int grown = size * 2;
            check(8L * (grown - size));
            ends = Arrays.copyOf(ends, grown);
            counts = Arrays.copyOf(counts, grown);
        }
        System.arraycopy(prefix, 0, items, used, prefixLength);
        used += prefixLength;
        items[used++] = item;
        ends[size] = used;
        counts[size++] = count;
        if ((size & 0x3FFF) == 0) {
            progress.checkCancelled();
        }
    }

    @Override
    public void tablesGrew(long bytes) {
        check(bytes);
        tableBytes += bytes;
    }

    int size() {
        return size;
    }

    /** Bytes held now: the itemsets (counted twice) and the working tables. */
    long bytes() {
        return 2L * 4 * (items.length + ends.length + counts.length) + tableBytes;
    }

    private void check(long more) {
        if (bytes() + 2 * more > capBytes) {
            throw new MiningLimitException(size, capMb, minSupport);
        }
    }

    /** The itemsets in item numbers, each ascending, ordered by size then items. */
    FrequentItemsets toItemsets(int transactions) {
        int[] numbered = new int[used];
        int[] from = new int[size];
        int maxSize = 0;
        for (int s = 0, begin = 0; s < size; s++) {
            from[s] = begin;
            for (int p = begin; p < ends[s]; p++) {
                numbered[p] = coding.item(items[p]);
            }
            Arrays.sort(numbered, begin, ends[s]);
            maxSize = Math.max(maxSize, ends[s] - begin);
            begin = ends[s];
        }
        int[] bySize = new int[maxSize + 2];
        for (int s = 0; s < size; s++) {
            bySize[ends[s] - from[s] + 1]++;
        }
        for (int k = 1; k < bySize.length; k++) {
            bySize[k] += bySize[k - 1];
        }
        int[] order = new int[size];
        int[] fill = bySize.clone();
        for (int s = 0; s < size; s++) {
            order[fill[ends[s] - from[s]]++] = s;
        }
        int[] buffer = new int[size];
        int itemBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, coding.maxItem()));
        for (int k = 1; k <= maxSize; k++) {
            int lo = bySize[k];
            int hi = bySize[k + 1];
            int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, hi - lo));
            if (k * itemBits + indexBits <= 63) {
                packedSort(order, lo, hi, numbered, from, k, itemBits, indexBits);
            } else {
                mergeSort(order, buffer, lo, hi, numbered, from, k);
            }
        }
        int[] offsets = new int[size + 1];
        int[] sortedItems = new int[used];
        int[] sortedCounts = new int[size];
        int at = 0;
        for (int i = 0; i < size; i++) {
            int s = order[i];
            int length = ends[s] - from[s];
            System.arraycopy(numbered, from[s], sortedItems, at, length);
            at += length;
            offsets[i + 1] = at;
            sortedCounts[i] = counts[s];
        }
        return new FrequentItemsets(transactions, offsets, sortedItems, sortedCounts);
    }

    /** Sorts {@code order[lo..hi)} by the k-itemsets' items packed into longs above each one's position. */
    private static void packedSort(int[] order, int lo, int hi, int[] numbered, int[] from, int k, int itemBits,
                                   int indexBits) {
        long[] keys = new long[hi - lo];
        for (int i = lo; i < hi; i++) {
            long key = 0;
            int at = from[order[i]];
            for (int p = 0; p < k; p++) {
                key = (key << itemBits) | numbered[at + p];
            }
            keys[i - lo] = (key << indexBits) | (i - lo);
        }
        Arrays.sort(keys);
        int[] sorted = new int[hi - lo];
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = order[lo + (int) (keys[i] & mask)];
        }
        System.arraycopy(sorted, 0, order, lo, sorted.length);
    }

    private static void mergeSort(int[] order, int[] buffer, int lo, int hi, int[] numbered, int[] from, int k) {
        if (hi - lo < 24) {
            for (int i = lo + 1; i < hi; i++) {
                int v = order[i];
                int j = i - 1;
                while (j >= lo && compare(numbered, from[order[j]], from[v], k) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(order, buffer, lo, mid, numbered, from, k);
        mergeSort(order, buffer, mid, hi, numbered, from, k);
        if (compare(numbered, from[order[mid - 1]], from[order[mid]], k) <= 0) {
            return;
        }
        System.arraycopy(order, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int o = lo; o < hi; o++) {
            if (j >= hi || (i < mid && compare(numbered, from[buffer[i]], from[buffer[j]], k) <= 0)) {
                order[o] = buffer[i++];
            } else {
                order[o] = buffer[j++];
            }
        }
    }

    private static int compare(int[] numbered, int a, int b, int k) {
        for (int i = 0; i < k; i++) {
            int c = Integer.compare(numbered[a + i], numbered[b + i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
