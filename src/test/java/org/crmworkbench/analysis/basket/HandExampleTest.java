package org.crmworkbench.analysis.basket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Five baskets whose itemsets and rules are worked out by hand. Items are numbered by first appearance: bread 0,
 * milk 1, diapers 2, beer 3, eggs 4, cola 5; counts 4, 4, 4, 3, 1, 2. At min support 0.6 (count 3) the frequent
 * itemsets are the four items bread, milk, diapers, beer and the pairs {bread, milk}, {bread, diapers},
 * {milk, diapers}, {diapers, beer}, each in 3 baskets (bread and beer share only 2; no triple reaches 3).
 */
class HandExampleTest {
    static final int BREAD = 0;
    static final int MILK = 1;
    static final int DIAPERS = 2;
    static final int BEER = 3;
    private static final double EPS = 1e-12;

    static Transactions fiveBaskets() {
        return Transactions.of(List.of("T1", "T2", "T3", "T4", "T5"), List.of("c1", "c2", "c1", "c3", "c2"), List.of(
                List.of("bread", "milk"),
                List.of("bread", "diapers", "beer", "eggs"),
                List.of("milk", "diapers", "beer", "cola"),
                List.of("bread", "milk", "diapers", "beer"),
                List.of("bread", "milk", "diapers", "cola")));
    }

    private static BasketSettings settings(MiningAlgorithm algorithm) {
        return BasketSettings.of(0.6, 0.7).withAlgorithm(algorithm);
    }

    @Test
    void transactionsAreNumberedByFirstAppearanceAndDeduplicated() {
        Transactions t = Transactions.of(List.of("a", "b", "c"), null, List.of(
                List.of("milk", "bread", "milk", " ", ""), List.of(), List.of("eggs", "bread")));
        assertEquals(3, t.size());
        assertEquals(3, t.itemCount());
        assertEquals("milk", t.item(0));
        assertEquals(2, t.itemIndex("eggs"));
        assertEquals(-1, t.itemIndex("cola"));
        assertArrayEquals(new int[] {0, 1}, t.basket(0));
        assertArrayEquals(new int[0], t.basket(1));
        assertArrayEquals(new int[] {1, 2}, t.basket(2));
        assertArrayEquals(new int[] {1, 2, 1}, t.itemCounts());
        assertEquals(4, t.entries());
        assertEquals("", t.customer(0));
        assertEquals("c", t.id(2));
        assertArrayEquals(new int[] {0, 2}, t.covering(new int[] {1}));
    }

    @Test
    void coveringIntersectsTheItemsTransactions() {
        Transactions t = fiveBaskets();
        assertArrayEquals(new int[] {0, 3, 4}, t.covering(new int[] {BREAD, MILK}));
        assertArrayEquals(new int[] {3}, t.covering(new int[] {BREAD, MILK, BEER}));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, t.covering(new int[0]));
        assertEquals("c3", t.customer(3));
        assertArrayEquals(new int[] {1, 3}, t.covering(new int[] {BREAD, BEER}));
    }

    @ParameterizedTest
    @EnumSource(MiningAlgorithm.class)
    void itemsetsAreTheHandCountedOnes(MiningAlgorithm algorithm) {
        FrequentItemsets sets = new BasketAnalysis().itemsets(fiveBaskets(), settings(algorithm), Progress.none());
        assertEquals(List.of(new Itemset(new int[] {0}, 4), new Itemset(new int[] {1}, 4),
                new Itemset(new int[] {2}, 4), new Itemset(new int[] {3}, 3), new Itemset(new int[] {0, 1}, 3),
                new Itemset(new int[] {0, 2}, 3), new Itemset(new int[] {1, 2}, 3), new Itemset(new int[] {2, 3}, 3)),
                sets.all());
        assertArrayEquals(new int[] {0, 4, 4}, sets.countBySize());
        assertEquals(5, sets.transactions());
        assertEquals(5, sets.count(new int[0]));
        assertEquals(3, sets.count(new int[] {DIAPERS, BEER}));
        assertEquals(-1, sets.count(new int[] {BREAD, BEER}));
        assertEquals(-1, sets.count(new int[] {4}));
    }

    @Test
    void closedAndMaximalItemsets() {
        FrequentItemsets sets = new BasketAnalysis().itemsets(fiveBaskets(), settings(MiningAlgorithm.FPGROWTH),
                Progress.none());
        // beer (3) is not closed: {diapers, beer} has its count; bread, milk, diapers (4) and the four pairs are
        assertEquals(List.of(new Itemset(new int[] {0}, 4), new Itemset(new int[] {1}, 4),
                new Itemset(new int[] {2}, 4), new Itemset(new int[] {0, 1}, 3), new Itemset(new int[] {0, 2}, 3),
                new Itemset(new int[] {1, 2}, 3), new Itemset(new int[] {2, 3}, 3)), sets.closed());
        assertEquals(List.of(new Itemset(new int[] {0, 1}, 3), new Itemset(new int[] {0, 2}, 3),
                new Itemset(new int[] {1, 2}, 3), new Itemset(new int[] {2, 3}, 3)), sets.maximal());
    }

    @Test
    void rulesHaveTheHandComputedMeasures() {
        BasketResult result = new BasketAnalysis().run(fiveBaskets(), settings(MiningAlgorithm.FPGROWTH),
                Progress.none());
        List<AssociationRule> rules = result.rules();
        // {} => bread, milk, diapers pass at confidence 0.8; {} => beer (0.6) does not; six rules of 0.75 among
        // bread, milk, diapers; diapers => beer (0.75) and beer => diapers (1)
        assertEquals(11, rules.size());
        assertArrayEquals(new int[] {0, 3, 8}, result.rulesByLength());
        assertRule(find(rules, new int[0], BREAD), 4, 0.8, 0.8, 1.0, 0.0, 1.0);
        assertRule(find(rules, new int[0], DIAPERS), 4, 0.8, 0.8, 1.0, 0.0, 1.0);
        assertTrue(find(rules, new int[0], BEER) == null);
        // bread => milk: 3 / 4; lift 0.75 / 0.8; leverage 0.6 - 0.8 x 0.8; conviction (1 - 0.8) / (1 - 0.75)
        assertRule(find(rules, new int[] {BREAD}, MILK), 3, 0.6, 0.75, 0.9375, -0.04, 0.8);
        assertRule(find(rules, new int[] {MILK}, DIAPERS), 3, 0.6, 0.75, 0.9375, -0.04, 0.8);
        // diapers => beer: 3 / 4; lift 0.75 / 0.6; leverage 0.6 - 0.8 x 0.6; conviction 0.4 / 0.25
        assertRule(find(rules, new int[] {DIAPERS}, BEER), 3, 0.6, 0.75, 1.25, 0.12, 1.6);
        assertRule(find(rules, new int[] {BEER}, DIAPERS), 3, 0.6, 1.0, 1.25, 0.12, Double.POSITIVE_INFINITY);
        for (AssociationRule r : rules) {
            assertEquals(1, r.consequent().length);
        }
    }

    @Test
    void minLengthTwoDropsTheEmptyAntecedentsAndHighConfidenceKeepsFew() {
        BasketAnalysis analysis = new BasketAnalysis();
        assertEquals(8, analysis.run(fiveBaskets(), settings(MiningAlgorithm.FPGROWTH).withLengths(2, 10),
                Progress.none()).rules().size());
        List<AssociationRule> sure = analysis.run(fiveBaskets(), BasketSettings.of(0.6, 0.9), Progress.none()).rules();
        assertEquals(1, sure.size());
        assertArrayEquals(new int[] {BEER}, sure.get(0).antecedent());
        // the max length caps itemsets and rules: only the {} => x rules at length 1
        BasketResult single = analysis.run(fiveBaskets(), settings(MiningAlgorithm.FPGROWTH).withLengths(1, 1),
                Progress.none());
        assertEquals(4, single.itemsets().size());
        assertEquals(3, single.rules().size());
    }

    @Test
    void longerConsequentsWhenAsked() {
        // support 0.4 (count 2): {bread, milk, diapers} is in T4 and T5; with two-item consequents
        // bread => {milk, diapers} has confidence 2 / 4
        BasketSettings s = BasketSettings.of(0.4, 0.5).withLengths(3, 3).withMaxConsequent(2);
        List<AssociationRule> rules = new BasketAnalysis().run(fiveBaskets(), s, Progress.none()).rules();
        AssociationRule r = rules.stream().filter(x -> x.antecedent().length == 1 && x.antecedent()[0] == BREAD
                && x.consequent().length == 2 && x.consequent()[0] == MILK && x.consequent()[1] == DIAPERS)
                .findFirst().orElseThrow();
        assertEquals(0.5, r.confidence(), EPS);
        assertEquals(0.5 / 0.6, r.lift(), EPS); // {milk, diapers} is in 3 of 5
        assertTrue(rules.stream().allMatch(x -> x.antecedent().length >= 1 && x.length() == 3));
        assertTrue(rules.stream().anyMatch(x -> x.consequent().length == 1));
    }

    @Test
    void redundancyAsArulesIsRedundantComparesWithTheEmptyAntecedent() {
        List<AssociationRule> rules = new BasketAnalysis().run(fiveBaskets(), settings(MiningAlgorithm.FPGROWTH),
                Progress.none()).rules();
        boolean[] redundant = RuleFilter.redundant(rules);
        List<AssociationRule> kept = new RuleFilter(Set.of(), Set.of(), 0, true).apply(rules);
        // the six 0.75 rules among bread, milk, diapers lose to {} => x at 0.8; beer's rules have no {} => beer
        assertEquals(5, kept.size());
        int count = 0;
        for (boolean b : redundant) {
            count += b ? 1 : 0;
        }
        assertEquals(6, count);
        assertTrue(kept.contains(find(rules, new int[] {DIAPERS}, BEER)));
        assertTrue(kept.contains(find(rules, new int[] {BEER}, DIAPERS)));
        assertFalse(kept.contains(find(rules, new int[] {BREAD}, MILK)));
    }

    @Test
    void itemAndLiftFilters() {
        List<AssociationRule> rules = new BasketAnalysis().run(fiveBaskets(), settings(MiningAlgorithm.FPGROWTH),
                Progress.none()).rules();
        assertEquals(2, new RuleFilter(Set.of(), Set.of(), 1.2, false).apply(rules).size());
        assertEquals(3, new RuleFilter(Set.of(DIAPERS), Set.of(), 0, false).apply(rules).size());
        List<AssociationRule> toBeer = new RuleFilter(Set.of(), Set.of(BEER), 0, false).apply(rules);
        assertEquals(1, toBeer.size());
        assertEquals(rules, RuleFilter.none().apply(rules));
    }

    @Test
    void ordersPutTheStrongestFirstAndBreakTiesByItems() {
        List<AssociationRule> rules = new BasketAnalysis().run(fiveBaskets(), settings(MiningAlgorithm.FPGROWTH),
                Progress.none()).rules();
        List<AssociationRule> byLift = RuleOrder.LIFT.sort(rules);
        assertEquals(find(rules, new int[] {BEER}, DIAPERS), byLift.get(0)); // 1.25, confidence 1
        assertEquals(find(rules, new int[] {DIAPERS}, BEER), byLift.get(1)); // 1.25, confidence 0.75
        assertEquals(find(rules, new int[0], BREAD), byLift.get(2)); // lift 1: {} first, then by consequent
        assertEquals(find(rules, new int[0], MILK), byLift.get(3));
        assertEquals(find(rules, new int[] {BREAD}, MILK), byLift.get(5));
        assertEquals(find(rules, new int[] {BREAD}, DIAPERS), byLift.get(6));
        assertEquals(find(rules, new int[] {BEER}, DIAPERS), RuleOrder.CONVICTION.sort(rules).get(0));
        List<AssociationRule> byCount = RuleOrder.COUNT.sort(rules);
        assertEquals(4, byCount.get(0).count());
        assertEquals(RuleOrder.LIFT.sort(new ArrayList<>(byCount)), byLift);
        assertEquals(RuleOrder.LEVERAGE, RuleOrder.fromCliName(" Leverage"));
    }

    private static void assertRule(AssociationRule r, int count, double support, double confidence, double lift,
                                   double leverage, double conviction) {
        assertEquals(count, r.count());
        assertEquals(support, r.support(), EPS);
        assertEquals(confidence, r.confidence(), EPS);
        assertEquals(lift, r.lift(), EPS);
        assertEquals(leverage, r.leverage(), EPS);
        assertEquals(conviction, r.conviction(), EPS);
    }

    static AssociationRule find(List<AssociationRule> rules, int[] antecedent, int consequent) {
        for (AssociationRule r : rules) {
            if (java.util.Arrays.equals(r.antecedent(), antecedent) && r.consequent().length == 1
                    && r.consequent()[0] == consequent) {
                return r;
            }
        }
        return null;
    }
}
