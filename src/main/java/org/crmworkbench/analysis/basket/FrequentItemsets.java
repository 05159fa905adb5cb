package org.crmworkbench.analysis.basket;

import java.util.List;

/**
 * Every itemset of at most the settings' max length whose count reaches the min count, with its count; the empty
 * itemset is not listed. Looks up any listed itemset's count, and derives the closed ones (no superset with the same
 * count) and the maximal ones (no frequent superset).
 */
public final class FrequentItemsets {
    // skeleton: the analysis helper implements it
    private FrequentItemsets() {
    }

    /** Number of transactions they were counted over. */
    public int transactions() {
        throw new UnsupportedOperationException("not yet");
    }

    /** All of them, ordered by size then items. */
    public List<Itemset> all() {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many there are. */
    public int size() {
        throw new UnsupportedOperationException("not yet");
    }

    /** How many there are of each size: {@code [0]} is unused, {@code [k]} counts the k-itemsets. */
    public int[] countBySize() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The count of {@code items} (ascending), or -1 when it is not frequent; the empty itemset counts every transaction. */
    public int count(int[] items) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The closed itemsets: no listed superset has the same count. */
    public List<Itemset> closed() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The maximal itemsets: no listed superset at all. */
    public List<Itemset> maximal() {
        throw new UnsupportedOperationException("not yet");
    }
}
