package org.crmworkbench.analysis.basket;

import org.crmworkbench.work.Progress;

/**
 * A quick guess, before mining, of how many frequent itemsets a support would give, from the items' own counts
 * (which are exact) and a bound on the pairs and longer itemsets; {@link #risky()} when it passes
 * {@link #WARN_ITEMSETS}, so the faces can warn before a very low support is mined.
 *
 * <p>The guess counts (without keeping them) the frequent itemsets, up to the max length, of an evenly spaced sample
 * of the transactions at the same relative support: all of them up to 20,000, else enough for the min count to be at
 * least 50 there (at most 200,000). The count stops at {@link #COUNT_LIMIT}, so the guess never takes long: a
 * guess of that much means "at least".
 *
 * @param frequentItems   items that reach the min count (exact)
 * @param estimatedItemsets estimated number of frequent itemsets of every length
 */
public record MiningEstimate(int frequentItems, long estimatedItemsets) {
    /** Above this many estimated itemsets the faces warn. */
    public static final long WARN_ITEMSETS = 1_000_000L;
    /** The sample's itemsets are counted up to this many. */
    public static final long COUNT_LIMIT = 2 * WARN_ITEMSETS + 1;
    private static final int ALL_UP_TO = 20_000;
    private static final int MOST = 200_000;

    /** The estimate for {@code settings} over {@code transactions}. */
    public static MiningEstimate of(Transactions transactions, BasketSettings settings) {
        int n = transactions.size();
        if (n == 0) {
            return new MiningEstimate(0, 0);
        }
        int minCount = settings.minCount(n);
        int frequent = 0;
        for (int c : transactions.itemCounts()) {
            if (c >= minCount) {
                frequent++;
            }
        }
        if (frequent == 0) {
            return new MiningEstimate(0, 0);
        }
        Transactions sample = sample(transactions, settings.minSupport());
        int sampleMin = settings.minCount(sample.size());
        FrequentItemCoding coding = new FrequentItemCoding(sample, sampleMin);
        Counter counter = new Counter();
        try {
            new FpGrowthMiner(coding, sampleMin, settings.maxLength(), counter, Progress.none()).mine();
        } catch (LimitReached stop) {
            return new MiningEstimate(frequent, COUNT_LIMIT);
        }
        double scaled = counter.count;
        return new MiningEstimate(frequent, Math.max(frequent, Math.round(scaled)));
    }

    public boolean risky() {
        return estimatedItemsets > WARN_ITEMSETS;
    }

    private static Transactions sample(Transactions transactions, double minSupport) {
        int n = transactions.size();
        if (n <= ALL_UP_TO) {
            return transactions;
        }
        int m = (int) Math.min(n, Math.min(MOST, Math.max(ALL_UP_TO, Math.ceil(50 / minSupport))));
        if (m == n) {
            return transactions;
        }
        int[][] baskets = new int[m][];
        for (int i = 0; i < m; i++) {
            baskets[i] = transactions.basket((int) ((long) i * n / m));
        }
        return Transactions.ofNumbered(baskets, transactions.itemCount());
    }

    private static final class Counter implements ItemsetSink {
        long count;

        @Override
        public void add(int[] prefix, int prefixLength, int item, int count) {
            if (++this.count >= COUNT_LIMIT) {
                throw new LimitReached();
            }
        }
    }

    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }
}
