package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** Planted cases of the neighbourhood formulation: whose ratings are used, the minimum, and the shrinkage. */
class KnnNeighbourhoodTest {
    private static final double NAN = Double.NaN;

    /**
     * Product 0 is most like products 1-3 (the same taste over ten customers) and less like product 4; customer 10
     * rated only product 4 (and 5, unrelated). A global top-3 list of product 0 would hold 1-3, none of which the
     * customer rated, and predict the baseline; the neighbourhood among the customer's rated products uses 4.
     */
    @Test
    void neighboursAreChosenAmongTheCustomersRatedProducts() {
        int customers = 11;
        double[][] t = new double[customers][6];
        for (int u = 0; u < 10; u++) {
            double like = u % 2 == 0 ? 5 : 1;
            t[u] = new double[] {like, like, like, like, u % 4 == 0 ? 5 : (u % 4 == 1 ? 2 : (u % 4 == 2 ? 4 : 1)),
                (u % 3) + 2};
        }
        t[customers - 1] = new double[] {NAN, NAN, NAN, NAN, 5, 3};
        RatingMatrix r = KnnTestData.of(t);
        RecommenderSettings s = RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN)
                .withSimilarity(Similarity.PEARSON_BASELINE).withNeighbours(3).withMinNeighbours(1).withShrinkage(0);
        RecommenderInput input = RecommenderInput.ratingsOnly(r);
        ItemKnnModel all = new ItemKnnRecommender(s, 1).fit(input, Progress.none());
        int[] list = all.neighbourIndexes(0);
        assertEquals(List.of(1, 2, 3), List.of(list[0], list[1], list[2]), "1-3 are product 0's closest");
        assertTrue(List.of(4).contains(list[3]), "4 is the next one");
        int u = customers - 1;
        Explanation ex = all.explain(u, 0, 5);
        assertEquals(1, ex.evidence().size());
        assertEquals(EvidenceKind.RATED_ITEM, ex.evidence().get(0).kind());
        assertEquals(4, ex.evidence().get(0).index());
        assertNotEquals(r.clip(all.baseline(u, 0)), all.predict(u, 0), 1e-6);
        // product 0's candidates cut to its global top 3 (the old formulation): the customer has none of them
        ItemKnnModel topThree = new ItemKnnRecommender(s, 1, 3).fit(input, Progress.none());
        assertEquals(r.clip(topThree.baseline(u, 0)), topThree.predict(u, 0), 1e-12);
        assertEquals(EvidenceKind.TOO_FEW_NEIGHBOURS, topThree.explain(u, 0, 5).evidence().get(0).kind());
    }

    /** Below min_k the baseline, at min_k the neighbourhood; the explanation says which. */
    @Test
    void belowTheMinimumThePredictionIsTheBaselineAndSaysSo() {
        RatingMatrix r = KnnTestData.random(60, 30, 0.35, 5);
        RecommenderInput input = RecommenderInput.ratingsOnly(r);
        for (RecommenderAlgorithm a : List.of(RecommenderAlgorithm.ITEM_KNN, RecommenderAlgorithm.USER_KNN)) {
            RecommenderSettings one = RecommenderSettings.defaults(a).withNeighbours(10).withMinNeighbours(1);
            TrainedRecommender loose = Recommenders.create(one).fit(input, Progress.none());
            TrainedRecommender strict = Recommenders.create(one.withMinNeighbours(4)).fit(input, Progress.none());
            BiasBaseline.Model b = KnnTestData.biases(r);
            int below = 0;
            int atOrAbove = 0;
            for (int u = 0; u < r.userCount(); u++) {
                for (int i = 0; i < r.itemCount(); i++) {
                    int used = a == RecommenderAlgorithm.ITEM_KNN ? ((ItemKnnModel) loose).neighboursUsed(u, i)
                            : ((UserKnnModel) loose).neighboursUsed(u, i);
                    Evidence first = strict.explain(u, i, 5).evidence().get(0);
                    if (used < 4) {
                        below++;
                        assertEquals(r.clip(b.unclipped(u, i)), strict.predict(u, i), 1e-12);
                        assertEquals(Evidence.tooFewNeighbours(used, 4, r.clip(b.unclipped(u, i))), first);
                    } else {
                        atOrAbove++;
                        assertEquals(loose.predict(u, i), strict.predict(u, i), 1e-12);
                        assertNotEquals(EvidenceKind.TOO_FEW_NEIGHBOURS, first.kind());
                    }
                }
            }
            assertTrue(below > 0 && atOrAbove > 0, a + ": both cases planted");
        }
    }

    /**
     * Two products rated by exactly 11 common customers: the similarity is the residuals' correlation times
     * 10 / (10 + shrinkage): 1/11 of it at shrinkage 100, 2/3 at 5, all of it at 0.
     */
    @Test
    void shrinkageScalesBaselinePearsonByTheCommonRatingCount() {
        List<double[]> rows = new ArrayList<>();
        double[] a = {5, 4, 2, 1, 3, 5, 4, 1, 2, 3, 5};
        double[] c = {4, 5, 1, 2, 3, 4, 4, 2, 1, 3, 5};
        for (int u = 0; u < a.length; u++) {
            rows.add(new double[] {a[u], c[u], u % 2 == 0 ? 3 : NAN});
        }
        rows.add(new double[] {NAN, NAN, 2});
        RatingMatrix r = KnnTestData.of(rows.toArray(new double[0][]));
        assertEquals(11, KnnTestData.coRaters(r, 0, 1));
        BiasBaseline.Model biases = KnnTestData.biases(r);
        double rho = KnnTestData.pearsonBaseline(r, biases, 0, 0, 1, true);
        assertTrue(rho > 0.5, "planted correlation " + rho);
        for (double shrinkage : new double[] {0, 5, 100}) {
            RecommenderSettings s = RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN)
                    .withSimilarity(Similarity.PEARSON_BASELINE).withShrinkage(shrinkage);
            ItemKnnModel model = new ItemKnnRecommender(s, 1).fit(RecommenderInput.ratingsOnly(r), Progress.none());
            assertEquals(1, model.neighbourIndexes(0)[0]);
            assertEquals(rho * 10 / (10 + shrinkage), model.neighbourSimilarities(0)[0], 1e-6, "shrinkage "
                    + shrinkage);
        }
        // the same factor for customers: 1 and 3 share products 0 and 1 only (n = 2): (2-1)/(2-1+5) = 1/6
        RecommenderSettings users = RecommenderSettings.defaults(RecommenderAlgorithm.USER_KNN)
                .withSimilarity(Similarity.PEARSON_BASELINE).withShrinkage(5);
        UserKnnModel model = new UserKnnRecommender(users).fit(RecommenderInput.ratingsOnly(r), Progress.none());
        assertEquals(2, KnnTestData.coRated(r, 1, 3));
        double raw = KnnTestData.pearsonBaseline(r, biases, 0, 1, 3, false);
        assertEquals(raw / 6, model.similarity(1, 3), 1e-6);
    }
}
