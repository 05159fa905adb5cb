package org.crmworkbench.analysis.basket;

import org.crmworkbench.work.UnsuitableDataException;

/**
 * Mining stopped before its tables outgrew the memory cap: the message says how far it got and asks for a higher
 * min support or a shorter max length (key {@code basket.error.memoryCap}, arguments: itemsets found so far, the
 * cap in MB, the min support).
 */
public final class MiningLimitException extends UnsuitableDataException {
    public MiningLimitException(long itemsetsSoFar, int capMb, double minSupport) {
        super("basket.error.memoryCap", "mining stopped after " + itemsetsSoFar + " itemsets: they would need more"
                + " than " + capMb + " MB; raise the min support (" + minSupport + ") or lower the max length",
                itemsetsSoFar, capMb, minSupport);
    }
}
