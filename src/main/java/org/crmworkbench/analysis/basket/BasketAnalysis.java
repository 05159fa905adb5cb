package org.crmworkbench.analysis.basket;

import java.util.List;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * Mines frequent itemsets with the settings' algorithm and makes the rules that pass the settings, reporting
 * progress and honouring cancellation; stops with {@link MiningLimitException} before its tables outgrow the
 * settings' memory cap.
 */
public final class BasketAnalysis {
    private final ItemsetMiner miner;

    /** Mines with this process's miners. */
    public BasketAnalysis() {
        this.miner = null;
    }

    /** Mines the itemsets with {@code miner} (another engine's FP-growth); the rules are made here. */
    public BasketAnalysis(ItemsetMiner miner) {
        this.miner = java.util.Objects.requireNonNull(miner, "miner");
    }

    /** Itemsets and rules of {@code transactions}. */
    public BasketResult run(Transactions transactions, BasketSettings settings, Progress progress) {
        long start = System.nanoTime();
        FrequentItemsets itemsets = miner == null ? itemsets(transactions, settings, progress)
                : miner.mine(transactions, settings, progress);
        List<AssociationRule> rules = new RuleMaker(itemsets, settings, progress).rules(heldBytes(itemsets));
        return new BasketResult(transactions, settings, itemsets, rules, (System.nanoTime() - start) / 1e9);
    }

    /** Only the itemsets (for {@code itemsets.csv} and the benchmarks). */
    public FrequentItemsets itemsets(Transactions transactions, BasketSettings settings, Progress progress) {
        if (transactions.size() == 0) {
            throw new UnsuitableDataException("basket.error.noTransactions", "there are no transactions to mine");
        }
        progress.stage("basket.progress.counting");
        int minCount = settings.minCount(transactions.size());
        FrequentItemCoding coding = new FrequentItemCoding(transactions, minCount);
        progress.checkCancelled();
        ItemsetStore store = new ItemsetStore(coding, settings, progress);
        int maxLength = settings.maxLength();
        switch (settings.algorithm()) {
            case APRIORI -> new AprioriMiner(coding, minCount, maxLength, store, progress).mine();
            case ECLAT -> new EclatMiner(coding, minCount, maxLength, store, progress).mine();
            default -> new FpGrowthMiner(coding, minCount, maxLength, store, progress).mine();
        }
        progress.stage("basket.progress.sorting");
        progress.checkCancelled();
        return store.toItemsets(transactions.size());
    }

    private static long heldBytes(FrequentItemsets itemsets) {
        long items = 0;
        for (int i = 0; i < itemsets.size(); i++) {
            items += itemsets.sizeAt(i);
        }
        return 4 * items + 20L * itemsets.size();
    }
}
