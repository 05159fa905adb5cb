package org.crmworkbench.analysis.basket;

/**
 * Where a miner puts each frequent itemset it finds, as {@code prefix[0..prefixLength)} plus {@code item} (item
 * codes of a {@link FrequentItemCoding}, in any order) with its count.
 */
interface ItemsetSink {
    void add(int[] prefix, int prefixLength, int item, int count);

    /** A miner's working tables grew by {@code bytes} (for the memory cap). */
    default void tablesGrew(long bytes) {
    }
}
