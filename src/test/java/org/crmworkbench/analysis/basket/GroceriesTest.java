package org.crmworkbench.analysis.basket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** arules' Groceries against published arules results. */
class GroceriesTest {
    private static Transactions groceries;
    private final BasketAnalysis analysis = new BasketAnalysis();

    @BeforeAll
    static void load() {
        groceries = Groceries.load();
    }

    @Test
    void theDataAreArulesGroceries() {
        assertEquals(9835, groceries.size());
        assertEquals(169, groceries.itemCount());
        assertEquals(43367, groceries.entries());
        assertEquals(2513, groceries.itemCounts()[groceries.itemIndex("whole milk")]);
        assertTrue(groceries.itemIndex("cream cheese ") >= 0);
    }

    @Test
    void hahslersExample410Rules() {
        // apriori(Groceries, parameter = list(supp = 0.001, conf = 0.8)): "set of 410 rules"
        BasketResult r = analysis.run(groceries, BasketSettings.of(0.001, 0.8), Progress.none());
        assertEquals(410, r.rules().size());
        // summary(rules) in the arules vignette: rule length distribution 3: 29, 4: 229, 5: 140, 6: 12
        assertArrayEquals(new int[] {0, 0, 0, 29, 229, 140, 12}, r.rulesByLength());
        // 18 of them are redundant by is.redundant's test (ours; RedundancyTest checks it against a plain scan)
        assertEquals(392, new RuleFilter(java.util.Set.of(), java.util.Set.of(), 0, true).apply(r.rules()).size());
    }

    @Test
    void frequentItemsetsAtOnePerMilleAgreeAcrossAlgorithmsAndWithSmile() {
        // eclat(Groceries, parameter = list(supp = 0.001, maxlen = 10)): 13,492 itemsets; Smile 3.1.1's FPGrowth
        // at min count 10 (ceil(0.001 x 9,835)) finds the same ones with the same counts
        BasketSettings s = BasketSettings.of(0.001, 0.8);
        FrequentItemsets fp = analysis.itemsets(groceries, s, Progress.none());
        assertEquals(13492, fp.size());
        assertArrayEquals(new int[] {0, 157, 2981, 6831, 3137, 376, 10}, fp.countBySize());
        assertEquals(13464, fp.closed().size());
        assertEquals(7794, fp.maximal().size());
        assertEquals(fp.all(), analysis.itemsets(groceries, s.withAlgorithm(MiningAlgorithm.APRIORI),
                Progress.none()).all());
        assertEquals(fp.all(), analysis.itemsets(groceries, s.withAlgorithm(MiningAlgorithm.ECLAT),
                Progress.none()).all());
        int[][] baskets = new int[groceries.size()][];
        java.util.Arrays.setAll(baskets, groceries::basket);
        assertEquals(AlgorithmAgreementTest.smile(baskets, 10), new java.util.HashSet<>(fp.all()));
    }

    @Test
    void lantzs463Rules() {
        // Lantz, Machine Learning with R: apriori(groceries, parameter = list(support = 0.006, confidence = 0.25,
        // minlen = 2)) gives "set of 463 rules"
        BasketResult r = analysis.run(groceries, BasketSettings.of(0.006, 0.25).withLengths(2, 10), Progress.none());
        assertEquals(463, r.rules().size());
        // his summary: 150 rules of length 2, 297 of 3, 16 of 4
        assertArrayEquals(new int[] {0, 0, 150, 297, 16}, r.rulesByLength());
        assertEquals(747, r.itemsets().size());
    }

    @Test
    void fifteenRulesAtOnePercent() {
        // apriori(Groceries, parameter = list(support = 0.01, confidence = 0.5)): 15 rules
        BasketResult r = analysis.run(groceries, BasketSettings.of(0.01, 0.5), Progress.none());
        assertEquals(15, r.rules().size());
        List<AssociationRule> byLift = RuleOrder.LIFT.sort(r.rules());
        // the strongest: {citrus fruit, root vegetables} => {other vegetables}, confidence 0.586, lift 3.030
        AssociationRule top = byLift.get(0);
        assertEquals("other vegetables", groceries.item(top.consequent()[0]));
        assertEquals(3.0296, top.lift(), 1e-4);
        assertEquals(0.5862, top.confidence(), 1e-4);
    }
}
