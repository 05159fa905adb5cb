package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class BiasBaselineTest {
    private static final RecommenderSettings SETTINGS = RecommenderSettings.defaults(RecommenderAlgorithm.BASELINE);

    @Test
    void beatsTheGlobalMeanAndRecoversThePlantedBiases() {
        PlantedFactors planted = new PlantedFactors(400, 200, 4, 11);
        RatingMatrix all = planted.ratings(30, 0.3, 12);
        boolean[] train = PlantedFactors.trainMask(all, 0.2, 13);
        RatingMatrix test = all.keep(PlantedFactors.not(train));
        BiasBaseline.Model model = new BiasBaseline(SETTINGS).fit(
                RecommenderInput.ratingsOnly(all.keep(train)), Progress.none());
        double rmse = PlantedFactors.rmse(model, test);
        double sum = 0;
        for (int k = 0; k < test.size(); k++) {
            double e = test.valueAt(k) - model.globalMean();
            sum += e * e;
        }
        double meanRmse = Math.sqrt(sum / test.size());
        // measured: baseline 0.824, global mean 1.007; bias correlations 0.976 (products), 0.907 (customers) (planted: bias sd 0.4 and 0.5, interaction sd 0.8, noise 0.3)
        System.out.printf("baseline RMSE %.3f, global mean RMSE %.3f%n", rmse, meanRmse);
        assertTrue(rmse < 0.9 * meanRmse, rmse + " vs " + meanRmse);
        double rItems = PlantedFactors.correlation(model.itemBiases(), planted.itemBias);
        double rUsers = PlantedFactors.correlation(model.userBiases(), planted.userBias);
        System.out.printf("bias correlations: items %.3f, customers %.3f%n", rItems, rUsers);
        assertTrue(rItems > 0.9, "item bias correlation " + rItems);
        assertTrue(rUsers > 0.7, "customer bias correlation " + rUsers);
    }

    @Test
    void theBiasesSolveTheJointRidgeProblem() {
        // the objective is strictly convex, so satisfying both sets of normal equations means the joint minimum:
        // b_i (lambda_i + n_i) = sum_u (r - mu - b_u) and b_u (lambda_u + n_u) = sum_i (r - mu - b_i)
        RatingMatrix m = new PlantedFactors(300, 100, 3, 41).ratings(12, 0.3, 42);
        BiasBaseline.Model model = new BiasBaseline(SETTINGS).fit(RecommenderInput.ratingsOnly(m), Progress.none());
        double lambdaItem = BiasBaseline.ITEM_SHRINKAGE_PER_REGULARISATION * SETTINGS.regularisation();
        double lambdaUser = BiasBaseline.USER_SHRINKAGE_PER_REGULARISATION * SETTINGS.regularisation();
        assertEquals(10, lambdaItem, 1e-12);
        assertEquals(15, lambdaUser, 1e-12);
        double mu = model.globalMean();
        for (int i = 0; i < m.itemCount(); i++) {
            double s = 0;
            for (int k = m.itemStart(i); k < m.itemEnd(i); k++) {
                s += m.valueAtItemPosition(k) - mu - model.userBias(m.userAtItemPosition(k));
            }
            assertEquals(s, model.itemBias(i) * (lambdaItem + m.ratingsOfItem(i)), 1e-4);
        }
        for (int u = 0; u < m.userCount(); u++) {
            double s = 0;
            for (int k = m.userStart(u); k < m.userEnd(u); k++) {
                s += m.valueAt(k) - mu - model.itemBias(m.itemAt(k));
            }
            assertEquals(s, model.userBias(u) * (lambdaUser + m.ratingsOfUser(u)), 1e-4);
        }
    }

    @Test
    void withoutShrinkageOnAFullMatrixTheBiasesAreTheTwoWayAdditiveLeastSquaresFit() {
        int users = 7;
        int items = 5;
        SplittableRandom random = new SplittableRandom(3);
        double[][] r = new double[users][items];
        long[] cu = new long[users * items];
        long[] ci = new long[users * items];
        float[] v = new float[users * items];
        int at = 0;
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                r[u][i] = 1 + random.nextInt(5);
                cu[at] = u;
                ci[at] = i;
                v[at++] = (float) r[u][i];
            }
        }
        RatingMatrix m = RatingMatrix.of(new RatingRows(cu, ci, v, new long[v.length]));
        BiasBaseline.Model model = new BiasBaseline(SETTINGS.withRegularisation(0))
                .fit(RecommenderInput.ratingsOnly(m), Progress.none());
        // textbook: mu = grand mean, b_u = row mean - mu, b_i = column mean - mu
        double grand = 0;
        for (double[] row : r) {
            for (double x : row) {
                grand += x;
            }
        }
        grand /= users * items;
        assertEquals(grand, model.globalMean(), 1e-6);
        for (int u = 0; u < users; u++) {
            double row = 0;
            for (int i = 0; i < items; i++) {
                row += r[u][i];
            }
            assertEquals(row / items - grand, model.userBias(m.userIndex(u)), 1e-6);
        }
        for (int i = 0; i < items; i++) {
            double col = 0;
            for (int u = 0; u < users; u++) {
                col += r[u][i];
            }
            assertEquals(col / users - grand, model.itemBias(m.itemIndex(i)), 1e-6);
        }
    }

    @Test
    void shrinksSparseProductsTowardsZeroAndScoresUnratedProductsByTheCustomerBias() {
        // product 0 rated 5 by one customer, product 1 rated 5 by ten: the lone rating is shrunk harder
        int n = 11;
        long[] cu = new long[n];
        long[] ci = new long[n];
        float[] v = new float[n];
        cu[0] = 0;
        ci[0] = 0;
        v[0] = 5;
        for (int k = 1; k < n; k++) {
            cu[k] = k;
            ci[k] = 1;
            v[k] = 5;
        }
        RatingMatrix m = RatingMatrix.of(new RatingRows(cu, ci, v, new long[n]), PlantedFactors.ids(12),
                new long[] {0, 1, 2});
        m = withLowRatings(m);
        BiasBaseline.Model model = new BiasBaseline(SETTINGS).fit(RecommenderInput.ratingsOnly(m), Progress.none());
        assertTrue(model.itemBias(1) > model.itemBias(0));
        assertEquals(0, model.itemBias(2));
        float[] scores = new float[m.itemCount()];
        model.score(11, scores);
        assertEquals(0, model.userBias(11));
        assertEquals(model.globalMean(), scores[2], 1e-6);
        Explanation why = model.explain(3, 2, 5);
        assertEquals(RecommendationSource.BASELINE, why.source());
        assertEquals(EvidenceKind.ITEM_BIAS, why.evidence().get(0).kind());
        assertTrue(model.predict(3, 1) <= 5);
        assertInstanceOf(BiasBaseline.class, Recommenders.create(SETTINGS));
    }

    /** Adds a third product rated 1 by customers 1..10 so the scale spans 1 to 5. */
    private static RatingMatrix withLowRatings(RatingMatrix m) {
        int n = m.size() + 10;
        long[] cu = new long[n];
        long[] ci = new long[n];
        float[] v = new float[n];
        int at = 0;
        for (int u = 0; u < m.userCount(); u++) {
            for (int k = m.userStart(u); k < m.userEnd(u); k++) {
                cu[at] = m.userId(u);
                ci[at] = m.itemId(m.itemAt(k));
                v[at++] = m.valueAt(k);
            }
        }
        for (int u = 1; u <= 10; u++) {
            cu[at] = u;
            ci[at] = 3;
            v[at++] = 1;
        }
        return RatingMatrix.of(new RatingRows(cu, ci, v, new long[n]), PlantedFactors.ids(12),
                new long[] {0, 1, 2, 3});
    }

    @Test
    void refusesEmptyRatingsAndStopsWhenCancelled() {
        RatingMatrix empty = RatingMatrix.of(new RatingRows(new long[0], new long[0], new float[0], new long[0]),
                new long[] {1}, new long[] {1});
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> new BiasBaseline(SETTINGS).fit(RecommenderInput.ratingsOnly(empty), Progress.none()));
        assertEquals("recommend.fit.noRatings", e.messageKey());
        RatingMatrix m = new PlantedFactors(50, 20, 2, 1).ratings(5, 0.3, 2);
        assertThrows(CancelledException.class,
                () -> new BiasBaseline(SETTINGS).fit(RecommenderInput.ratingsOnly(m), new CancelledProgress()));
    }
}
