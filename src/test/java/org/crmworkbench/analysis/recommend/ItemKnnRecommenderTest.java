package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class ItemKnnRecommenderTest {
    private static final double NAN = Double.NaN;

    /** Six customers x five products, the matrix of the numpy reference below. */
    static final double[][] HAND = {
        {5, 3, NAN, 1, 4},
        {4, NAN, 4, 1, 5},
        {1, 1, NAN, 5, 2},
        {NAN, 1, 5, 4, NAN},
        {2, NAN, 4, 5, 1},
        {5, 4, 2, NAN, 5},
    };

    static RecommenderSettings settings(Similarity similarity, int k, int minOverlap) {
        RecommenderSettings s = RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN).withNeighbours(k)
                .withSimilarity(similarity);
        // significance weighting off: these tests check the plain similarity formulas
        return new RecommenderSettings(s.algorithm(), s.neighbours(), s.similarity(), minOverlap, 0,
                s.factors(), s.epochs(), s.regularisation(), s.learningRate(), s.solver(), s.confidence(),
                s.coldStartRatings(), s.seed()).withMinNeighbours(1);
    }

    /** k neighbours per prediction, min_k 1, every candidate kept (the catalogues here are small). */
    private static ItemKnnModel fit(RatingMatrix r, Similarity similarity, int k, int minOverlap, int threads) {
        return new ItemKnnRecommender(settings(similarity, k, minOverlap), threads)
                .fit(RecommenderInput.ratingsOnly(r), Progress.none());
    }

    @Test
    void plantedTasteGroupsArePredictedOnTheRightSideAndRankedFirst() {
        int perGroup = 12;
        boolean[][] held = KnnTestData.heldBack(perGroup, 3, 5);
        RatingMatrix r = KnnTestData.planted(perGroup, held, 11);
        for (Similarity similarity : Similarity.values()) {
            ItemKnnModel model = fit(r, similarity, 10, 3, 2);
            for (List<Recommendation> top : KnnTestData.assertPlantedSides(model, perGroup, held, similarity.name())) {
                for (Recommendation rec : top) {
                    assertFalse(rec.explanation().evidence().isEmpty());
                }
            }
        }
    }

    @Test
    void matchesNumpyOnAHandWrittenMatrix() {
        // /usr/bin/python3 with numpy: C = where(rated, R - customer mean, 0); C[:,i] @ C[:,j] / (|C_i| |C_j|)
        double[][] cosine = {
            {1.0, 0.16137027096332496, -0.3701678287659359, -0.8391381917584351, 0.7304943077272632},
            {0.16137027096332496, 1.0, -0.5162204689000657, -0.3450693961114624, 0.016752980725145535},
            {-0.3701678287659359, -0.5162204689000657, 1.0, 0.13602399664060233, -0.4087524876307667},
            {-0.8391381917584351, -0.3450693961114624, 0.13602399664060233, 1.0, -0.7471549031138061},
            {0.7304943077272632, 0.016752980725145535, -0.4087524876307667, -0.7471549031138061, 1.0},
        };
        // P = R - product mean; over customers who rated both: P_i @ P_j / sqrt(P_i @ P_i * P_j @ P_j)
        double[][] pearson = {
            {1.0, 0.9317610191137536, -0.7606524124557383, -0.8907408105297604, 0.8484848484848485},
            {0.9317610191137536, 1.0, -1.0, -0.8641155551998234, 0.9937589166971583},
            {-0.7606524124557383, -1.0, 1.0, 0.23461856610173243, -0.5094267081084933},
            {-0.8907408105297604, -0.8641155551998234, 0.23461856610173243, 1.0, -0.8907408105297603},
            {0.8484848484848485, 0.9937589166971583, -0.5094267081084933, -0.8907408105297603, 1.0},
        };
        RatingMatrix r = KnnTestData.of(HAND);
        assertStoredPositivesMatch(fit(r, Similarity.COSINE, 10, 1, 1), cosine);
        assertStoredPositivesMatch(fit(r, Similarity.PEARSON, 10, 1, 1), pearson);
    }

    private static void assertStoredPositivesMatch(ItemKnnModel model, double[][] expected) {
        int n = expected.length;
        for (int i = 0; i < n; i++) {
            int[] idx = model.neighbourIndexes(i);
            float[] sim = model.neighbourSimilarities(i);
            int positives = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && expected[i][j] > 1e-9) {
                    positives++;
                }
            }
            assertEquals(positives, idx.length, "neighbours of " + i);
            for (int e = 0; e < idx.length; e++) {
                assertEquals(expected[i][idx[e]], sim[e], 1e-6, "similarity of " + i + " and " + idx[e]);
            }
        }
    }

    @Test
    void fastBuildAgreesWithBruteForce() {
        RatingMatrix r = KnnTestData.random(40, 25, 0.45, 3);
        BiasBaseline.Model biases = KnnTestData.biases(r);
        for (Similarity similarity : Similarity.values()) {
            for (int minOverlap : new int[] {1, 6}) {
                ItemKnnModel model = fit(r, similarity, 1000, minOverlap, 2);
                int overlap = similarity == Similarity.PEARSON_BASELINE ? Math.max(2, minOverlap) : minOverlap;
                for (int i = 0; i < r.itemCount(); i++) {
                    int[] idx = model.neighbourIndexes(i);
                    float[] sim = model.neighbourSimilarities(i);
                    int expectedCount = 0;
                    for (int j = 0; j < r.itemCount(); j++) {
                        double ref = reference(r, biases, similarity, i, j);
                        if (j != i && ref > 1e-9 && KnnTestData.coRaters(r, i, j) >= overlap) {
                            expectedCount++;
                        }
                    }
                    assertEquals(expectedCount, idx.length, similarity + " neighbours of " + i);
                    for (int e = 0; e < idx.length; e++) {
                        assertEquals(reference(r, biases, similarity, i, idx[e]), sim[e], 1e-6,
                                similarity + " " + i + "-" + idx[e]);
                    }
                }
            }
        }
    }

    private static double reference(RatingMatrix r, BiasBaseline.Model biases, Similarity similarity, int i, int j) {
        return switch (similarity) {
            case COSINE -> KnnTestData.adjustedCosine(r, i, j);
            case PEARSON -> KnnTestData.itemPearson(r, i, j);
            case PEARSON_BASELINE -> KnnTestData.pearsonBaseline(r, biases, RecommenderSettings.DEFAULT_SHRINKAGE, i,
                    j, true);
        };
    }

    @Test
    void topKListsAreSortedExcludeTheProductAndRespectMinOverlap() {
        RatingMatrix r = KnnTestData.random(60, 40, 0.3, 8);
        int k = 5;
        int minOverlap = 7;
        ItemKnnModel model = new ItemKnnRecommender(settings(Similarity.COSINE, k, minOverlap), 2, k)
                .fit(RecommenderInput.ratingsOnly(r), Progress.none());
        ItemKnnModel all = fit(r, Similarity.COSINE, 1000, minOverlap, 2);
        boolean someFull = false;
        for (int i = 0; i < r.itemCount(); i++) {
            int[] idx = model.neighbourIndexes(i);
            float[] sim = model.neighbourSimilarities(i);
            assertTrue(idx.length <= k);
            someFull |= idx.length == k;
            for (int e = 0; e < idx.length; e++) {
                assertTrue(idx[e] != i);
                assertTrue(sim[e] > 0);
                assertTrue(KnnTestData.coRaters(r, i, idx[e]) >= minOverlap);
                if (e > 0) {
                    assertTrue(sim[e - 1] >= sim[e]);
                }
            }
            // the k kept (a candidate limit of k) are the first k of the full list
            int[] full = all.neighbourIndexes(i);
            assertArrayEquals(java.util.Arrays.copyOf(full, Math.min(k, full.length)), idx);
            List<SimilarItem> similar = model.similarTo(i, 3);
            assertEquals(Math.min(3, idx.length), similar.size());
            for (int e = 0; e < similar.size(); e++) {
                assertEquals(idx[e], similar.get(e).item());
                assertEquals(RecommendationSource.ITEM_KNN, similar.get(e).source());
            }
        }
        assertTrue(someFull);
    }

    @Test
    void sameResultWhateverTheThreadCount() {
        RatingMatrix r = KnnTestData.random(300, 150, 0.2, 21);
        for (Similarity similarity : Similarity.values()) {
            ItemKnnModel one = fit(r, similarity, 20, 2, 1);
            ItemKnnModel two = fit(r, similarity, 20, 2, 2);
            ItemKnnModel three = fit(r, similarity, 20, 2, 3);
            for (int i = 0; i < r.itemCount(); i++) {
                assertArrayEquals(one.neighbourIndexes(i), two.neighbourIndexes(i));
                assertArrayEquals(one.neighbourSimilarities(i), two.neighbourSimilarities(i));
                assertArrayEquals(one.neighbourIndexes(i), three.neighbourIndexes(i));
                assertArrayEquals(one.neighbourSimilarities(i), three.neighbourSimilarities(i));
            }
            float[] a = new float[r.itemCount()];
            float[] b = new float[r.itemCount()];
            one.score(7, a);
            two.score(7, b);
            assertArrayEquals(a, b);
        }
    }

    @Test
    void predictionsUseTheKMostSimilarRatedProductsAndFallBackBelowMinK() {
        RatingMatrix r = KnnTestData.random(50, 30, 0.4, 13);
        int k = 6;
        int minK = 3;
        ItemKnnModel model = new ItemKnnRecommender(settings(Similarity.PEARSON, k, 3).withMinNeighbours(minK), 2)
                .fit(RecommenderInput.ratingsOnly(r), Progress.none());
        float[] scores = new float[r.itemCount()];
        int fallbacks = 0;
        for (int u = 0; u < r.userCount(); u++) {
            model.score(u, scores);
            for (int i = 0; i < r.itemCount(); i++) {
                // reference: walk the product's whole list (most similar first), keep the first k the customer rated
                int[] idx = model.neighbourIndexes(i);
                float[] sim = model.neighbourSimilarities(i);
                List<Integer> chosen = new java.util.ArrayList<>();
                for (int e = 0; e < idx.length && chosen.size() < k; e++) {
                    if (r.hasRated(u, idx[e])) {
                        chosen.add(e);
                    }
                }
                double base = model.baseline(u, i);
                double num = 0;
                double den = 0;
                for (int e : chosen) {
                    num += sim[e] * (r.value(u, idx[e]) - model.baseline(u, idx[e]));
                    den += sim[e];
                }
                double expected = chosen.size() < minK ? base : base + num / den;
                assertEquals(r.clip(expected), model.predict(u, i), 1e-9, u + "," + i);
                assertEquals(expected, scores[i], 1e-4, u + "," + i);
                Explanation ex = model.explain(u, i, 100);
                assertEquals(RecommendationSource.ITEM_KNN, ex.source());
                List<Evidence> evidence = ex.evidence();
                if (chosen.size() < minK) {
                    fallbacks++;
                    Evidence first = evidence.get(0);
                    assertEquals(EvidenceKind.TOO_FEW_NEIGHBOURS, first.kind());
                    assertEquals(chosen.size(), first.index());
                    assertEquals(minK, first.similarity(), 0);
                    assertEquals(r.clip(base), first.value(), 1e-12);
                    evidence = evidence.subList(1, evidence.size());
                }
                assertEquals(chosen.size(), evidence.size());
                for (int t = 0; t < chosen.size(); t++) {
                    Evidence ev = evidence.get(t);
                    assertEquals(EvidenceKind.RATED_ITEM, ev.kind());
                    assertEquals(idx[chosen.get(t)], ev.index());
                    assertEquals(sim[chosen.get(t)], ev.similarity(), 0);
                    assertEquals(r.value(u, ev.index()), ev.value(), 0);
                }
                assertTrue(model.explain(u, i, 2).evidence().size() <= 2);
            }
        }
        assertTrue(fallbacks > 0, "some predictions fall back to the baseline");
        assertTrue(model.modelBytes() > 0);
    }

    @Test
    void cancellationStopsTheBuild() {
        RatingMatrix r = KnnTestData.random(400, 2000, 0.05, 4);
        for (int threads : new int[] {1, 2}) {
            CancelledProgress cancelSoon = CancelledProgress.afterReports(3);
            RecommenderSettings s = RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN);
            assertThrows(CancelledException.class,
                    () -> new ItemKnnRecommender(s, threads).fit(RecommenderInput.ratingsOnly(r), cancelSoon));
            int reports = cancelSoon.worked().size();
            assertTrue(reports < 20, "went on after cancel: " + reports + " reports");
        }
    }

    @Test
    void factoryMakesTheNeighbourhoodMethods() {
        assertInstanceOf(ItemKnnRecommender.class,
                Recommenders.create(RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN)));
        assertInstanceOf(UserKnnRecommender.class,
                Recommenders.create(RecommenderSettings.defaults(RecommenderAlgorithm.USER_KNN)));
    }

    @Test
    void customerWithoutRatingsFallsBackToTheBiasBaseline() {
        double[][] table = {{5, 4, NAN}, {4, 5, 1}, {NAN, NAN, NAN}};
        RatingMatrix r = KnnTestData.of(table);
        ItemKnnModel model = fit(r, Similarity.COSINE, 5, 1, 1);
        assertEquals(r.clip(model.baseline(2, 0)), model.predict(2, 0), 1e-12);
        // no ratings, so no customer bias: the global mean plus the product's bias
        assertTrue(model.baseline(2, 0) > r.globalMean(), "product 0 is rated above average");
        float[] scores = new float[3];
        model.score(2, scores);
        for (int i = 0; i < scores.length; i++) {
            assertEquals(model.baseline(2, i), scores[i], 1e-6);
        }
        Explanation ex = model.explain(2, 0, 5);
        assertEquals(List.of(Evidence.tooFewNeighbours(0, 1, r.clip(model.baseline(2, 0)))), ex.evidence());
    }
}
