package org.crmworkbench.analysis.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every itemset of at most the settings' max length whose count reaches the min count, with its count; the empty
 * itemset is not listed. Looks up any listed itemset's count, and derives the closed ones (no superset with the same
 * count) and the maximal ones (no frequent superset).
 *
 * <p>Held flat (items back to back, offsets, counts) with an open-addressing hash index over the item lists. Closed
 * and maximal sets need only the one-item-larger supersets (every set between a frequent set and a frequent
 * superset is listed too), so each is found by dropping one item at a time from every listed set: linear in the
 * number of items listed.
 */
public final class FrequentItemsets {
    private final int transactions;
    private final int[] offsets;
    private final int[] items;
    private final int[] counts;
    private final int[] table;
    private final int mask;
    private volatile List<Itemset> all;

    FrequentItemsets(int transactions, int[] offsets, int[] items, int[] counts) {
        this.transactions = transactions;
        this.offsets = offsets;
        this.items = items;
        this.counts = counts;
        int capacity = Integer.highestOneBit(Math.max(4, counts.length * 2 - 1)) << 1;
        this.table = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < counts.length; i++) {
            int slot = hash(items, offsets[i], offsets[i + 1]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    /**
     * The itemsets another engine found over {@code transactions} transactions (items as numbered by the
     * {@link Transactions} they were mined from), put in this class's order: by size, then by items.
     */
    public static FrequentItemsets of(int transactions, List<Itemset> found) {
        List<int[]> sorted = new ArrayList<>(found.size());
        int total = 0;
        for (Itemset set : found) {
            int[] items = set.items().clone();
            Arrays.sort(items);
            sorted.add(items);
            total += items.length;
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int[] x = sorted.get(a);
            int[] y = sorted.get(b);
            return x.length != y.length ? Integer.compare(x.length, y.length) : Arrays.compare(x, y);
        });
        int[] offsets = new int[order.length + 1];
        int[] items = new int[total];
        int[] counts = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            int[] set = sorted.get(order[i]);
            System.arraycopy(set, 0, items, offsets[i], set.length);
            offsets[i + 1] = offsets[i] + set.length;
            counts[i] = found.get(order[i]).count();
        }
        return new FrequentItemsets(transactions, offsets, items, counts);
    }

    /** Number of transactions they were counted over. */
    public int transactions() {
        return transactions;
    }

    /** All of them, ordered by size then items. */
    public List<Itemset> all() {
        List<Itemset> list = all;
        if (list == null) {
            List<Itemset> made = new ArrayList<>(counts.length);
            for (int i = 0; i < counts.length; i++) {
                made.add(itemset(i));
            }
            list = Collections.unmodifiableList(made);
            all = list;
        }
        return list;
    }

    /** The {@code i}-th of {@link #all()}. */
    public Itemset itemset(int i) {
        return new Itemset(Arrays.copyOfRange(items, offsets[i], offsets[i + 1]), counts[i]);
    }

    /** The count of the {@code i}-th of {@link #all()}. */
    public int countAt(int i) {
        return counts[i];
    }

    /** The size of the {@code i}-th of {@link #all()}. */
    public int sizeAt(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** How many there are. */
    public int size() {
        return counts.length;
    }

    /** How many there are of each size: {@code [0]} is unused, {@code [k]} counts the k-itemsets. */
    public int[] countBySize() {
        int max = 0;
        for (int i = 0; i < counts.length; i++) {
            max = Math.max(max, sizeAt(i));
        }
        int[] out = new int[max + 1];
        for (int i = 0; i < counts.length; i++) {
            out[sizeAt(i)]++;
        }
        return out;
    }

    /** The count of {@code items} (ascending), or -1 when it is not frequent; the empty itemset counts every transaction. */
    public int count(int[] items) {
        if (items.length == 0) {
            return transactions;
        }
        int i = indexOf(items, 0, items.length);
        return i < 0 ? -1 : counts[i];
    }

    /** Position in {@link #all()} of {@code query[from..to)} (ascending), or -1. */
    int indexOf(int[] query, int from, int to) {
        int slot = hash(query, from, to) & mask;
        int length = to - from;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            int i = entry - 1;
            if (offsets[i + 1] - offsets[i] == length
                    && Arrays.equals(items, offsets[i], offsets[i + 1], query, from, to)) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The closed itemsets: no listed superset has the same count. */
    public List<Itemset> closed() {
        return keep(supersetMarks(true));
    }

    /** The maximal itemsets: no listed superset at all. */
    public List<Itemset> maximal() {
        return keep(supersetMarks(false));
    }

    private boolean[] supersetMarks(boolean sameCountOnly) {
        boolean[] marked = new boolean[counts.length];
        int[] subset = new int[64];
        for (int i = 0; i < counts.length; i++) {
            int k = sizeAt(i);
            if (k < 2) {
                continue;
            }
            if (subset.length < k) {
                subset = new int[k * 2];
            }
            for (int drop = 0; drop < k; drop++) {
                int m = 0;
                for (int p = 0; p < k; p++) {
                    if (p != drop) {
                        subset[m++] = items[offsets[i] + p];
                    }
                }
                int j = indexOf(subset, 0, m);
                if (j >= 0 && (!sameCountOnly || counts[j] == counts[i])) {
                    marked[j] = true;
                }
            }
        }
        return marked;
    }

    private List<Itemset> keep(boolean[] marked) {
        List<Itemset> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (!marked[i]) {
                out.add(itemset(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static int hash(int[] a, int from, int to) {
        int h = 1;
        for (int p = from; p < to; p++) {
            h = 31 * h + a[p];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
