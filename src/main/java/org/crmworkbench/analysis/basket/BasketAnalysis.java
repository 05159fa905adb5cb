package org.crmworkbench.analysis.basket;

import org.crmworkbench.work.Progress;

/**
 * Mines frequent itemsets with the settings' algorithm and makes the rules that pass the settings, reporting
 * progress and honouring cancellation; stops with {@link MiningLimitException} before its tables outgrow the
 * settings' memory cap.
 */
public final class BasketAnalysis {

    /** Itemsets and rules of {@code transactions}. */
    public BasketResult run(Transactions transactions, BasketSettings settings, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Only the itemsets (for {@code itemsets.csv} and the benchmarks). */
    public FrequentItemsets itemsets(Transactions transactions, BasketSettings settings, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
