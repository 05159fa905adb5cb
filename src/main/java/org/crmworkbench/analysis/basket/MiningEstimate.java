package org.crmworkbench.analysis.basket;

/**
 * A quick guess, before mining, of how many frequent itemsets a support would give, from the items' own counts
 * (which are exact) and a bound on the pairs and longer itemsets; {@link #risky()} when it passes
 * {@link #WARN_ITEMSETS}, so the faces can warn before a very low support is mined.
 *
 * @param frequentItems   items that reach the min count (exact)
 * @param estimatedItemsets estimated number of frequent itemsets of every length
 */
public record MiningEstimate(int frequentItems, long estimatedItemsets) {
    /** Above this many estimated itemsets the faces warn. */
    public static final long WARN_ITEMSETS = 1_000_000L;

    /** The estimate for {@code settings} over {@code transactions}. */
    public static MiningEstimate of(Transactions transactions, BasketSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    public boolean risky() {
        return estimatedItemsets > WARN_ITEMSETS;
    }
}
