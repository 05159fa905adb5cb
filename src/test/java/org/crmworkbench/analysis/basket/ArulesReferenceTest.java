package org.crmworkbench.analysis.basket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule counts, rule lengths and is.redundant counts on Groceries as R's arules 1.7.10 gives them
 * ({@code src/test/resources/reference/basket/groceries_arules.R}, run 2026-12-07; its output is quoted in the
 * cases). The 0.005 / 0.1 case has the eight rules with an empty antecedent that pass the min confidence.
 */
class ArulesReferenceTest {
    private static Transactions groceries;

    @BeforeAll
    static void load() {
        groceries = Groceries.load();
    }

    @ParameterizedTest(name = "support {0}, confidence {1}, min length {2}")
    @CsvSource({
        "0.001, 0.8, 1, 410, 18, '0 0 0 29 229 140 12'",
        "0.006, 0.25, 2, 463, 17, '0 0 150 297 16'",
        "0.01, 0.5, 1, 15, 0, '0 0 0 15'",
        "0.001, 0.5, 1, 5668, 572, '0 0 11 1461 3211 939 46'",
        "0.005, 0.1, 1, 1582, 102, '0 8 755 771 48'",
        "0.002, 0.3, 1, 3119, 249, '0 0 181 1863 1001 74'"})
    void rulesAndRedundantRulesAsArules(double support, double confidence, int minLength, int rules, int redundant,
                                        String byLength) {
        BasketResult r = new BasketAnalysis().run(groceries,
                BasketSettings.of(support, confidence).withLengths(minLength, 10), Progress.none());
        assertEquals(rules, r.rules().size());
        int[] lengths = java.util.Arrays.stream(byLength.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(lengths, r.rulesByLength());
        assertEquals(rules - redundant, new RuleFilter(Set.of(), Set.of(), 0, true).apply(r.rules()).size());
    }

    @Test
    void itemsetsClosedAndMaximalAsArules() {
        // eclat(Groceries, supp = 0.001, maxlen = 10): 13492 itemsets, 1:157 2:2981 3:6831 4:3137 5:376 6:10;
        // is.closed 13464, is.maximal 7794
        FrequentItemsets sets = new BasketAnalysis().itemsets(groceries, BasketSettings.of(0.001, 0.5),
                Progress.none());
        assertEquals(13492, sets.size());
        assertArrayEquals(new int[] {0, 157, 2981, 6831, 3137, 376, 10}, sets.countBySize());
        assertEquals(13464, sets.closed().size());
        assertEquals(7794, sets.maximal().size());
    }

    @Test
    void measuresOfTheStrongestRuleAsArules() {
        // {citrus fruit,root vegetables} => {other vegetables}: support 0.010371 confidence 0.586207
        // lift 3.029608; interestMeasure: leverage 0.00694787 conviction 1.94905948
        AssociationRule top = RuleOrder.LIFT.sort(new BasketAnalysis().run(groceries, BasketSettings.of(0.01, 0.5),
                Progress.none()).rules()).get(0);
        assertArrayEquals(new int[] {groceries.itemIndex("citrus fruit"), groceries.itemIndex("root vegetables")},
                java.util.Arrays.stream(top.antecedent()).sorted().toArray());
        assertEquals("other vegetables", groceries.item(top.consequent()[0]));
        assertEquals(0.010371, top.support(), 5e-7);
        assertEquals(0.586207, top.confidence(), 5e-7);
        assertEquals(3.029608, top.lift(), 5e-7);
        assertEquals(0.00694787, top.leverage(), 5e-9);
        assertEquals(1.94905948, top.conviction(), 5e-9);
    }
}
