package org.crmworkbench.analysis.basket;

import java.util.Arrays;
import org.crmworkbench.work.Progress;

/**
 * Eclat (Zaki 2000): each frequent item's sorted list of transaction numbers; depth first, an itemset's extensions
 * are the intersections of its list with those of the items after it, kept while they reach the min count (an
 * intersection stops early once it no longer can). Items are taken from the least frequent up, which keeps the
 * lists short. One buffer per depth holds the lists of an equivalence class back to back. As in Zaki's own Eclat,
 * the pairs are first counted from the baskets in a triangular array (up to 4,000 frequent items): two items are
 * intersected, at any depth, only when they make a frequent pair.
 */
final class EclatMiner {
    private final FrequentItemCoding coding;
    private final int minCount;
    private final int maxLength;
    private final ItemsetSink sink;
    private final Progress progress;
    private final int[] prefix;
    private final int[][] buffers;
    /** Bit a x f + b: items a and b make a frequent pair (null: not counted, every pair is tried). */
    private long[] frequentPairs;

    EclatMiner(FrequentItemCoding coding, int minCount, int maxLength, ItemsetSink sink, Progress progress) {
        this.coding = coding;
        this.minCount = minCount;
        this.maxLength = maxLength;
        this.sink = sink;
        this.progress = progress;
        this.prefix = new int[coding.size() + 1];
        this.buffers = new int[Math.min(maxLength, coding.size()) + 2][];
    }

    void mine() {
        int f = coding.size();
        if (f == 0) {
            return;
        }
        progress.stage("basket.progress.mining");
        int[] start = coding.starts();
        int[] codes = coding.codes();
        // class of the empty prefix: items from the least frequent (code f - 1) to the most frequent (code 0)
        int[] items = new int[f];
        int[] from = new int[f + 1];
        for (int i = 0; i < f; i++) {
            items[i] = f - 1 - i;
            from[i + 1] = from[i] + coding.count(items[i]);
        }
        frequentPairs = f <= 4000 ? frequentPairs(f, start, codes) : null;
        int[] lists = new int[from[f]];
        sink.tablesGrew(4L * lists.length + 8L * f);
        int[] fill = Arrays.copyOf(from, f);
        for (int t = 0; t < coding.transactions(); t++) {
            for (int p = start[t]; p < start[t + 1]; p++) {
                int position = f - 1 - codes[p];
                lists[fill[position]++] = t;
            }
        }
        extend(items, from, lists, f, 0);
    }

    /** Lists the class's itemsets (prefix plus each item) and grows each into the class of the items after it. */
    private void extend(int[] items, int[] from, int[] lists, int size, int depth) {
        int[] childItems = new int[size];
        int[] childFrom = new int[size + 1];
        for (int i = 0; i < size; i++) {
            if (depth == 0) {
                progress.checkCancelled();
                progress.worked(i + 1, size);
            }
            int count = from[i + 1] - from[i];
            sink.add(prefix, depth, items[i], count);
            if (depth + 1 >= maxLength || i + 1 == size) {
                continue;
            }
            int k = 0;
            int used = 0;
            for (int j = i + 1; j < size; j++) {
                if (frequentPairs != null) {
                    long bit = (long) items[i] * coding.size() + items[j];
                    if ((frequentPairs[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                        continue;
                    }
                }
                int[] buffer = buffer(depth + 1, used, used + (long) Math.min(count, from[j + 1] - from[j]));
                int m = intersect(lists, from[i], from[i + 1], from[j], from[j + 1], buffer, used);
                if (m >= minCount) {
                    childItems[k] = items[j];
                    childFrom[k] = used;
                    used += m;
                    childFrom[++k] = used;
                }
            }
            if (k > 0) {
                prefix[depth] = items[i];
                extend(childItems.clone(), childFrom.clone(), buffers[depth + 1], k, depth + 1);
            }
        }
    }

    private long[] frequentPairs(int f, int[] start, int[] codes) {
        long cells = (long) f * (f - 1) / 2;
        sink.tablesGrew(4L * cells + (long) f * f / 8);
        int[] counts = new int[(int) cells];
        for (int t = 0; t < coding.transactions(); t++) {
            for (int p = start[t]; p < start[t + 1]; p++) {
                int a = codes[p];
                int row = a * (2 * f - a - 1) / 2 - a - 1;
                for (int q = p + 1; q < start[t + 1]; q++) {
                    counts[row + codes[q]]++;
                }
            }
            if ((t & 0x3FFF) == 0) {
                progress.checkCancelled();
            }
        }
        long[] bits = new long[(int) (((long) f * f + 63) / 64)];
        for (int a = 0; a < f; a++) {
            int row = a * (2 * f - a - 1) / 2 - a - 1;
            for (int b = a + 1; b < f; b++) {
                if (counts[row + b] >= minCount) {
                    long ab = (long) a * f + b;
                    long ba = (long) b * f + a;
                    bits[(int) (ab >>> 6)] |= 1L << ab;
                    bits[(int) (ba >>> 6)] |= 1L << ba;
                }
            }
        }
        return bits;
    }

    private int intersect(int[] lists, int a, int aEnd, int b, int bEnd, int[] out, int at) {
        int k = at;
        while (a < aEnd && b < bEnd) {
            if (k - at + Math.min(aEnd - a, bEnd - b) < minCount) {
                return 0;
            }
            int x = lists[a];
            int y = lists[b];
            if (x < y) {
                a++;
            } else if (x > y) {
                b++;
            } else {
                out[k++] = x;
                a++;
                b++;
            }
        }
        return k - at;
    }

    /** The buffer of {@code depth}, with room for {@code needed} numbers and its first {@code used} kept. */
    private int[] buffer(int depth, int used, long needed) {
        int[] buffer = buffers[depth];
        if (buffer == null || buffer.length < needed) {
            int old = buffer == null ? 0 : buffer.length;
            int size = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, Math.max(1024, old * 2L)));
            sink.tablesGrew(4L * (size - old));
            int[] grown = new int[size];
            if (buffer != null) {
                System.arraycopy(buffer, 0, grown, 0, used);
            }
            buffer = grown;
            buffers[depth] = buffer;
        }
        return buffer;
    }
}
