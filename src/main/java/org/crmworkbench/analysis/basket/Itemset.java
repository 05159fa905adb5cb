package org.crmworkbench.analysis.basket;

import java.util.Arrays;

/**
 * A frequent itemset: its items (ascending item numbers) and the number of transactions holding all of them.
 * Equality is by items and count.
 */
public record Itemset(int[] items, int count) {
    public Itemset {
        items = items.clone();
    }

    /** Number of items. */
    public int size() {
        return items.length;
    }

    /** The share of {@code transactions} that hold it. */
    public double support(int transactions) {
        return transactions == 0 ? 0 : (double) count / transactions;
    }

    @Override
    public int[] items() {
        return items.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Itemset other && count == other.count && Arrays.equals(items, other.items);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(items) + count;
    }

    @Override
    public String toString() {
        return Arrays.toString(items) + ":" + count;
    }
}
