package org.crmworkbench.analysis.basket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/**
 * Closed and maximal itemsets and is.redundant's verdicts, each against a plain all-pairs scan of its definition, on
 * random planted data and on Groceries.
 */
class DerivedSetsTest {

    @Test
    void closedAndMaximalMatchTheirDefinitions() {
        for (Transactions t : List.of(Transactions.ofNumbered(AlgorithmAgreementTest.planted(1500, 60, 21L), 60),
                Transactions.ofNumbered(AlgorithmAgreementTest.dense(150, 14, 0.5, 22L), 14))) {
            FrequentItemsets sets = new BasketAnalysis().itemsets(t, BasketSettings.of(0.02, 0.5), Progress.none());
            List<Itemset> all = sets.all();
            List<Itemset> closed = new ArrayList<>();
            List<Itemset> maximal = new ArrayList<>();
            for (Itemset x : all) {
                boolean anySuperset = false;
                boolean sameCount = false;
                for (Itemset y : all) {
                    if (y.size() > x.size() && contains(y.items(), x.items())) {
                        anySuperset = true;
                        sameCount |= y.count() == x.count();
                    }
                }
                if (!sameCount) {
                    closed.add(x);
                }
                if (!anySuperset) {
                    maximal.add(x);
                }
            }
            assertTrue(closed.size() < all.size() && maximal.size() < closed.size());
            assertEquals(closed, sets.closed());
            assertEquals(maximal, sets.maximal());
        }
    }

    @Test
    void redundancyMatchesAPlainScanOnGroceries() {
        List<AssociationRule> rules = new BasketAnalysis().run(Groceries.load(), BasketSettings.of(0.002, 0.3),
                Progress.none()).rules();
        boolean[] fast = RuleFilter.redundant(rules);
        boolean[] plain = new boolean[rules.size()];
        int redundant = 0;
        for (int i = 0; i < rules.size(); i++) {
            AssociationRule r = rules.get(i);
            double best = 0;
            for (AssociationRule o : rules) {
                if (java.util.Arrays.equals(o.consequent(), r.consequent())
                        && o.antecedent().length < r.antecedent().length && contains(r.antecedent(), o.antecedent())) {
                    best = Math.max(best, o.confidence());
                }
            }
            plain[i] = r.antecedent().length > 0 && r.confidence() - best <= 0;
            redundant += plain[i] ? 1 : 0;
        }
        assertTrue(redundant > 100, "redundant " + redundant);
        assertArrayEquals(plain, fast);
    }

    private static boolean contains(int[] large, int[] small) {
        int j = 0;
        for (int x : small) {
            while (j < large.length && large[j] < x) {
                j++;
            }
            if (j == large.length || large[j] != x) {
                return false;
            }
        }
        return true;
    }
}
