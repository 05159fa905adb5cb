package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double EPS = 1e-12;

    private static RankingMetrics one(int n, int[] top, int[] relevant) {
        RankingMetrics m = new RankingMetrics(n);
        m.add(top, relevant);
        return m;
    }

    @Test
    void hitsAtRanksThreeAndFiveOfFive() {
        // N = 5, list 3 7 1 9 4, relevant {1, 4, 8}: R = 3, hits at ranks 3 and 5, h = 2
        RankingMetrics m = one(5, new int[] {3, 7, 1, 9, 4}, new int[] {1, 4, 8});
        assertEquals(0.4, m.precision(), EPS); // 2 / 5
        assertEquals(2.0 / 3, m.recall(), EPS); // 2 / 3
        // DCG = 1/log2(4) + 1/log2(6) = 0.5 + 0.386852807 = 0.886852807
        // ideal over min(3, 5) = 3 hits: 1 + 1/log2(3) + 1/log2(4) = 1 + 0.630929754 + 0.5 = 2.130929754
        // NDCG = 0.886852807 / 2.130929754 = 0.416181156 (scikit-learn 1.2.1 ndcg_score(k=5): 0.416181155548731)
        assertEquals(0.416181155548731, m.ndcg(), 1e-12);
        // AP = (1/3 + 2/5) / min(3, 5) = 0.733333 / 3 = 0.244444
        // (scikit-learn average_precision_score on the list x h / min(R, N): 0.24444444444444446)
        assertEquals(0.24444444444444446, m.map(), EPS);
        assertEquals(1.0, m.hitRate(), EPS);
        assertEquals(1, m.customers());
    }

    @Test
    void aFullListOfHitsIsPerfectExceptForRecall() {
        // N = 3, list 2 5 6 all relevant, relevant {2, 5, 6, 8, 9}: R = 5
        RankingMetrics m = one(3, new int[] {2, 5, 6}, new int[] {2, 5, 6, 8, 9});
        assertEquals(1.0, m.precision(), EPS); // 3 / 3
        assertEquals(0.6, m.recall(), EPS); // 3 / 5
        assertEquals(1.0, m.ndcg(), EPS); // ideal DCG over min(5, 3) = 3 hits equals the DCG (scikit-learn: 1.0)
        assertEquals(1.0, m.map(), EPS); // (1/1 + 2/2 + 3/3) / 3 (scikit-learn figure: 1.0)
    }

    @Test
    void aLongerListAgreesWithScikitLearn() {
        // N = 10, relevant {4, 8, 9, 15, 19, 25, 28}: R = 7; hits at ranks 2, 4, 6, 9: h = 4
        RankingMetrics m = one(10, new int[] {12, 4, 27, 8, 0, 19, 22, 3, 15, 7},
                new int[] {4, 8, 9, 15, 19, 25, 28});
        assertEquals(0.4, m.precision(), EPS); // 4 / 10
        assertEquals(4.0 / 7, m.recall(), EPS);
        // DCG = 1/log2(3) + 1/log2(5) + 1/log2(7) + 1/log2(10) = 0.63093 + 0.43068 + 0.35621 + 0.30103 = 1.71885
        // ideal over 7 hits = 3.63809; NDCG = 0.47247 (scikit-learn ndcg_score(k=10): 0.47246939659889015)
        assertEquals(0.47246939659889015, m.ndcg(), 1e-12);
        // AP = (1/2 + 2/4 + 3/6 + 4/9) / min(7, 10) = 1.944444 / 7 = 0.277778 (scikit-learn: 0.2777777777777778)
        assertEquals(0.2777777777777778, m.map(), EPS);
    }

    @Test
    void aShortListIsNotRewardedForBeingShort() {
        // N = 4, list 0 1 (two entries), relevant {1}: hit at rank 2
        RankingMetrics m = one(4, new int[] {0, 1}, new int[] {1});
        assertEquals(0.25, m.precision(), EPS); // 1 / 4, not 1 / 2
        assertEquals(1.0, m.recall(), EPS);
        assertEquals(1 / (Math.log(3) / Math.log(2)), m.ndcg(), EPS); // (1/log2(3)) / 1 = 0.630930
        assertEquals(0.5, m.map(), EPS); // (1/2) / min(1, 4)
    }

    @Test
    void averagesOverCustomersAndSkipsThoseWithNothingRelevant() {
        RankingMetrics m = one(3, new int[] {0, 1, 2}, new int[] {5}); // no hit: all 0
        m.add(new int[] {0, 1, 2}, new int[0]); // not counted
        RankingMetrics other = one(3, new int[] {5, 1, 2}, new int[] {5}); // hit at rank 1: P 1/3, rest 1
        m.add(other);
        assertEquals(2, m.customers());
        assertEquals((0 + 1.0 / 3) / 2, m.precision(), EPS);
        assertEquals(0.5, m.recall(), EPS);
        assertEquals(0.5, m.ndcg(), EPS);
        assertEquals(0.5, m.map(), EPS);
        assertEquals(0.5, m.hitRate(), EPS);
        assertTrue(Double.isNaN(new RankingMetrics(3).precision()));
    }

    @Test
    void onlyTheFirstNEntriesCount() {
        RankingMetrics m = one(2, new int[] {0, 1, 7}, new int[] {7});
        assertEquals(0.0, m.precision(), EPS);
        assertEquals(0.0, m.hitRate(), EPS);
    }

    @Test
    void ratingErrorsByHand() {
        RatingErrors e = new RatingErrors();
        e.add(4.0, 5.0); // error -1
        e.add(3.5, 3.0); // error 0.5
        e.add(Double.NaN, 2.0); // not predicted
        RatingErrors more = new RatingErrors();
        more.add(1.0, 3.0); // error -2
        e.add(more);
        // RMSE = sqrt((1 + 0.25 + 4) / 3) = sqrt(1.75) = 1.322876; MAE = (1 + 0.5 + 2) / 3 = 1.166667
        assertEquals(Math.sqrt(1.75), e.rmse(), EPS);
        assertEquals(3.5 / 3, e.mae(), EPS);
        assertEquals(3, e.count());
        assertEquals(1, e.unpredicted());
        assertTrue(Double.isNaN(new RatingErrors().rmse()));
    }

    @Test
    void coverageCountsDistinctProducts() {
        CatalogueCoverage c = new CatalogueCoverage(10);
        c.add(new int[] {1, 2, 3});
        CatalogueCoverage d = new CatalogueCoverage(10);
        d.add(new int[] {3, 4});
        c.add(d);
        assertEquals(4, c.distinct()); // {1, 2, 3, 4}
        assertEquals(0.4, c.share(), EPS); // 4 / 10
    }
}
