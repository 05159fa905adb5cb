package org.crmworkbench.analysis.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The guard rails: the memory cap, cancellation, progress, the estimate and refused settings. */
class MiningLimitsTest {
    /** 300 baskets each holding about 70% of 40 items: at 5% support there are billions of frequent itemsets. */
    private static final int[][] DENSE = AlgorithmAgreementTest.dense(300, 40, 0.7, 31L);

    @ParameterizedTest
    @EnumSource(MiningAlgorithm.class)
    void aTinyMemoryCapStopsMiningCleanly(MiningAlgorithm algorithm) {
        Transactions t = Transactions.ofNumbered(DENSE, 40);
        BasketSettings s = BasketSettings.of(0.05, 0.5).withAlgorithm(algorithm).withMemoryCap(16);
        MiningLimitException e = assertThrows(MiningLimitException.class,
                () -> new BasketAnalysis().run(t, s, Progress.none()));
        assertEquals("basket.error.memoryCap", e.messageKey());
        long found = ((Number) e.args()[0]).longValue();
        assertTrue(found > 100_000 && found < 3_000_000, "stopped after " + found);
        assertEquals(16, e.args()[1]);
    }

    @Test
    void rulesCountAgainstTheCapToo() {
        // 2^16 - 1 itemsets of 16 items in every basket, and about 16 rules of each: the rules pass 16 MB
        int[][] same = AlgorithmAgreementTest.identical(20, 16);
        Transactions t = Transactions.ofNumbered(same, 16);
        BasketSettings s = BasketSettings.of(0.5, 0).withLengths(1, 16).withMemoryCap(16);
        assertEquals(65535, new BasketAnalysis().itemsets(t, s, Progress.none()).size());
        assertThrows(MiningLimitException.class, () -> new BasketAnalysis().run(t, s, Progress.none()));
    }

    @ParameterizedTest
    @EnumSource(MiningAlgorithm.class)
    void cancellingStopsEachAlgorithm(MiningAlgorithm algorithm) {
        Transactions t = Transactions.ofNumbered(DENSE, 40);
        BasketSettings s = BasketSettings.of(0.05, 0.5).withAlgorithm(algorithm);
        CancelledProgress progress = CancelledProgress.afterChecks(20);
        assertThrows(CancelledException.class, () -> new BasketAnalysis().run(t, s, progress));
        assertEquals(21, progress.checks());
    }

    @Test
    void progressNamesItsStages() {
        CancelledProgress progress = CancelledProgress.recording();
        new BasketAnalysis().run(HandExampleTest.fiveBaskets(), BasketSettings.of(0.4, 0.5), progress);
        assertEquals(java.util.List.of("basket.progress.counting", "basket.progress.tree", "basket.progress.mining",
                "basket.progress.sorting", "basket.progress.rules"), progress.stages());
        assertFalse(progress.worked().isEmpty());
    }

    @Test
    void theEstimateWarnsOfAVeryLowSupportOnDenseDataOnly() {
        MiningEstimate dense = MiningEstimate.of(Transactions.ofNumbered(DENSE, 40), BasketSettings.of(0.05, 0.5));
        assertEquals(40, dense.frequentItems());
        assertTrue(dense.risky(), dense.toString());
        Transactions groceries = Groceries.load();
        MiningEstimate normal = MiningEstimate.of(groceries, BasketSettings.of(0.01, 0.5));
        assertFalse(normal.risky());
        // up to 20,000 baskets the sample is all of them, so the guess is the count: 88 items, 333 itemsets
        assertEquals(new MiningEstimate(88, 333), normal);
        assertEquals(13492, MiningEstimate.of(groceries, BasketSettings.of(0.001, 0.5)).estimatedItemsets());
        // one basket in 10,000 is a count of 1: every subset of the 32-item basket is frequent
        assertTrue(MiningEstimate.of(groceries, BasketSettings.of(0.0001, 0.5)).risky());
    }

    @Test
    void theEstimateOfALargeSetComesFromASampleAndIsClose() {
        int[][] baskets = AlgorithmAgreementTest.skewed(100_000, 300, 2, 8, 32L);
        Transactions t = Transactions.ofNumbered(baskets, 300);
        BasketSettings s = BasketSettings.of(0.001, 0.5);
        long exact = new BasketAnalysis().itemsets(t, s, Progress.none()).size();
        MiningEstimate estimate = MiningEstimate.of(t, s);
        assertFalse(estimate.risky());
        assertTrue(Math.abs(estimate.estimatedItemsets() - exact) < 0.25 * exact, estimate + " vs " + exact);
    }

    @Test
    void badSettingsAreRefusedByName() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> BasketSettings.of(0, 0.5));
        assertEquals("min-support", e.parameter());
        assertEquals("min-length", assertThrows(BadParameterException.class,
                () -> BasketSettings.of(0.1, 0.5).withLengths(3, 2)).parameter());
        assertThrows(BadParameterException.class, () -> BasketSettings.of(0.1, 1.5));
        UnsuitableDataException none = assertThrows(UnsuitableDataException.class, () -> new BasketAnalysis()
                .run(Transactions.ofNumbered(new int[0][], 0), BasketSettings.of(0.1, 0.5), Progress.none()));
        assertEquals("basket.error.noTransactions", none.messageKey());
    }
}
