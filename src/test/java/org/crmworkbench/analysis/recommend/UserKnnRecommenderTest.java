package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class UserKnnRecommenderTest {

    private static UserKnnModel fit(RatingMatrix r, Similarity similarity, int k, int minOverlap, int significance) {
        RecommenderSettings d = RecommenderSettings.defaults(RecommenderAlgorithm.USER_KNN);
        RecommenderSettings s = new RecommenderSettings(d.algorithm(), k, similarity, minOverlap, significance,
                d.factors(), d.epochs(), d.regularisation(), d.learningRate(), d.solver(), d.confidence(),
                d.coldStartRatings(), d.seed()).withMinNeighbours(1);
        return new UserKnnRecommender(s).fit(RecommenderInput.ratingsOnly(r), Progress.none());
    }

    @Test
    void plantedTasteGroupsArePredictedOnTheRightSideAndRankedFirst() {
        int perGroup = 12;
        boolean[][] held = KnnTestData.heldBack(perGroup, 3, 5);
        RatingMatrix r = KnnTestData.planted(perGroup, held, 11);
        for (Similarity similarity : Similarity.values()) {
            UserKnnModel model = fit(r, similarity, 8, 3, 5);
            List<List<Recommendation>> tops = KnnTestData.assertPlantedSides(model, perGroup, held,
                    similarity.name());
            for (int u = 0; u < tops.size(); u++) {
                for (Recommendation rec : tops.get(u)) {
                    for (Evidence ev : rec.explanation().evidence()) {
                        // neighbours come from the customer's own taste group
                        assertEquals(u < perGroup, ev.index() < perGroup);
                    }
                }
            }
        }
    }

    @Test
    void matchesNumpyOnAHandWrittenMatrix() {
        // /usr/bin/python3 with numpy over the products both rated: a = R[u] - mean_u, b = R[v] - mean_v (means over
        // all of a customer's ratings); a @ b / sqrt(a @ a * b @ b)
        double[][] cosine = {
            {1.0, 0.8745575889338378, -0.8506397826736706, -0.16685830369290797, -0.8764618940026366,
                0.9205746178983234},
            {0.8745575889338378, 1.0, -0.8783100656536799, -0.18208926018230742, -0.8432740427115678,
                0.24618298195866545},
            {-0.8506397826736706, -0.8783100656536799, 1.0, 0.6479783460383598, 0.7972932288809117,
                -0.5940885257860046},
            {-0.16685830369290797, -0.18208926018230742, 0.6479783460383598, 1.0, 0.7474093186836597,
                -0.5812381937190964},
            {-0.8764618940026366, -0.8432740427115678, 0.7972932288809117, 0.7474093186836597, 1.0,
                -0.8333333333333334},
            {0.9205746178983234, 0.24618298195866545, -0.5940885257860046, -0.5812381937190964,
                -0.8333333333333334, 1.0},
        };
        // numpy.corrcoef(R[u, both], R[v, both])[0, 1]
        double[][] pearson = {
            {1.0, 0.8846153846153846, -0.8506397826736707, -1.0, -0.8846153846153846, 0.8660254037844385},
            {0.8846153846153845, 1.0, -0.8846153846153845, 1.0, -0.8432740427115679, 0.5000000000000001},
            {-0.8506397826736707, -0.8846153846153846, 0.9999999999999999, 1.0, 0.8846153846153846,
                0.4999999999999999},
            {-1.0, 1.0, 1.0, 0.9999999999999998, -0.9999999999999999, -0.9999999999999999},
            {-0.8846153846153845, -0.8432740427115679, 0.8846153846153845, -0.9999999999999999, 1.0,
                -0.944911182523068},
            {0.8660254037844385, 0.5000000000000001, 0.4999999999999999, -0.9999999999999999,
                -0.944911182523068, 0.9999999999999999},
        };
        RatingMatrix r = KnnTestData.of(ItemKnnRecommenderTest.HAND);
        UserKnnModel cos = fit(r, Similarity.COSINE, 5, 1, 0);
        UserKnnModel pea = fit(r, Similarity.PEARSON, 5, 1, 0);
        for (int u = 0; u < r.userCount(); u++) {
            for (int v = 0; v < r.userCount(); v++) {
                if (u != v) {
                    assertEquals(cosine[u][v], cos.similarity(u, v), 1e-6, "cosine " + u + "-" + v);
                    assertEquals(pearson[u][v], pea.similarity(u, v), 1e-6, "pearson " + u + "-" + v);
                } else {
                    assertTrue(Double.isNaN(cos.similarity(u, v)));
                }
            }
        }
    }

    @Test
    void onDemandSimilaritiesAgreeWithBruteForce() {
        RatingMatrix r = KnnTestData.random(35, 30, 0.4, 17);
        BiasBaseline.Model biases = KnnTestData.biases(r);
        for (Similarity similarity : Similarity.values()) {
            for (int significance : new int[] {0, 10}) {
                int minOverlap = 4;
                UserKnnModel model = fit(r, similarity, 10, minOverlap, significance);
                for (int u = 0; u < r.userCount(); u++) {
                    for (int v = 0; v < r.userCount(); v++) {
                        int overlap = KnnTestData.coRated(r, u, v);
                        double expected = switch (similarity) {
                            case COSINE -> KnnTestData.userCosine(r, u, v);
                            case PEARSON -> KnnTestData.userPearson(r, u, v);
                            case PEARSON_BASELINE -> KnnTestData.pearsonBaseline(r, biases,
                                    RecommenderSettings.DEFAULT_SHRINKAGE, u, v, false);
                        };
                        if (significance > 0 && similarity != Similarity.PEARSON_BASELINE) {
                            expected *= Math.min(overlap, significance) / (double) significance;
                        }
                        double got = model.similarity(u, v);
                        if (u == v || overlap < minOverlap || !Double.isFinite(expected)) {
                            assertTrue(Double.isNaN(got), u + "-" + v + " got " + got);
                        } else {
                            assertEquals(expected, got, 1e-6, similarity + " " + u + "-" + v);
                        }
                    }
                }
            }
        }
    }

    @Test
    void predictionsUseTheMostSimilarRatersAndExplanationsNameThem() {
        RatingMatrix r = KnnTestData.random(60, 25, 0.4, 23);
        int k = 4;
        UserKnnModel model = fit(r, Similarity.PEARSON, k, 3, 5);
        BiasBaseline.Model biases = KnnTestData.biases(r);
        for (int u = 0; u < r.userCount(); u++) {
            for (int i = 0; i < r.itemCount(); i++) {
                // reference: the k raters of i with the highest positive similarity
                int user = u;
                int item = i;
                int[] raters = IntStream.range(0, r.userCount())
                        .filter(v -> v != user && r.hasRated(v, item) && model.similarity(user, v) > 0)
                        .boxed().sorted((a, b) -> {
                            int c = Double.compare(model.similarity(user, b), model.similarity(user, a));
                            return c != 0 ? c : Integer.compare(a, b);
                        }).limit(k).mapToInt(Integer::intValue).toArray();
                double base = biases.unclipped(u, i);
                double num = 0;
                double den = 0;
                for (int v : raters) {
                    double s = model.similarity(u, v);
                    num += s * (r.value(v, i) - biases.unclipped(v, i));
                    den += s;
                }
                double expected = r.clip(den > 0 ? base + num / den : base);
                assertEquals(expected, model.predict(u, i), 1e-5, u + "," + i);
                Explanation ex = model.explain(u, i, 10);
                assertEquals(RecommendationSource.USER_KNN, ex.source());
                List<Evidence> evidence = ex.evidence();
                if (raters.length == 0) {
                    assertEquals(List.of(Evidence.tooFewNeighbours(0, 1, r.clip(base))), evidence);
                    continue;
                }
                assertEquals(raters.length, evidence.size());
                for (int t = 0; t < raters.length; t++) {
                    Evidence ev = evidence.get(t);
                    assertEquals(EvidenceKind.NEIGHBOUR, ev.kind());
                    assertEquals(raters[t], ev.index());
                    assertEquals(model.similarity(u, raters[t]), ev.similarity(), 1e-7);
                    assertEquals(r.value(raters[t], i), ev.value(), 0);
                }
            }
        }
    }

    @Test
    void concurrentCallsGiveTheSameAnswersAsSequentialOnes() {
        RatingMatrix r = KnnTestData.random(200, 80, 0.2, 31);
        UserKnnModel model = fit(r, Similarity.COSINE, 10, 2, 20);
        double[] sequential = new double[r.userCount() * r.itemCount()];
        for (int u = 0; u < r.userCount(); u++) {
            for (int i = 0; i < r.itemCount(); i++) {
                sequential[u * r.itemCount() + i] = model.predict(u, i);
            }
        }
        double[] parallel = new double[sequential.length];
        IntStream.range(0, sequential.length).parallel()
                .forEach(c -> parallel[c] = model.predict(c / r.itemCount(), c % r.itemCount()));
        for (int c = 0; c < sequential.length; c++) {
            assertEquals(sequential[c], parallel[c], 0);
        }
    }

    @Test
    void scoresAreThePredictionsOfEveryRatedProduct() {
        RatingMatrix r = KnnTestData.random(80, 40, 0.25, 41);
        for (int minK : new int[] {1, 3}) {
            UserKnnModel model = new UserKnnRecommender(RecommenderSettings.defaults(RecommenderAlgorithm.USER_KNN)
                    .withSimilarity(Similarity.COSINE).withNeighbours(5).withMinOverlap(2).withMinNeighbours(minK))
                    .fit(RecommenderInput.ratingsOnly(r), Progress.none());
            float[] scores = new float[r.itemCount()];
            for (int u = 0; u < r.userCount(); u++) {
                model.score(u, scores);
                for (int i = 0; i < r.itemCount(); i++) {
                    if (r.ratingsOfItem(i) == 0) {
                        assertTrue(Float.isNaN(scores[i]));
                    } else {
                        assertEquals(model.predict(u, i), r.clip(scores[i]), 1e-5, u + "," + i);
                    }
                }
            }
        }
    }
}
