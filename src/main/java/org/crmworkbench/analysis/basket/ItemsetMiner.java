package org.crmworkbench.analysis.basket;

import org.crmworkbench.work.Progress;

/**
 * What finds the frequent itemsets of a set of transactions: this process's miners (FP-growth, Apriori, Eclat, as
 * the settings say), or another engine's FP-growth giving the same itemsets. The settings' min support (as
 * {@link BasketSettings#minCount(int)}), max length and memory cap apply.
 */
public interface ItemsetMiner {

    FrequentItemsets mine(Transactions transactions, BasketSettings settings, Progress progress);

    /** The miners of this process. */
    static ItemsetMiner local() {
        return new BasketAnalysis()::itemsets;
    }
}
