package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MatrixFactorizationTest {
    private static PlantedFactors planted;
    private static RatingMatrix train;
    private static RatingMatrix test;
    private static double baselineRmse;

    @BeforeAll
    static void plant() {
        planted = new PlantedFactors(400, 200, 4, 21);
        RatingMatrix all = planted.ratings(30, 0.3, 22);
        boolean[] keep = PlantedFactors.trainMask(all, 0.2, 23);
        train = all.keep(keep);
        test = all.keep(PlantedFactors.not(keep));
        baselineRmse = PlantedFactors.rmse(new BiasBaseline(settings(FactorSolver.SGD))
                .fit(RecommenderInput.ratingsOnly(train), Progress.none()), test);
    }

    static RecommenderSettings settings(FactorSolver solver) {
        return RecommenderSettings.defaults(RecommenderAlgorithm.MF).withSolver(solver).withFactors(4)
                .withEpochs(solver == FactorSolver.SGD ? 60 : 15).withRegularisation(0.05).withSeed(5);
    }

    private static BiasedFactorModel fit(RecommenderSettings s, int threads) {
        return new MatrixFactorization(s, threads).fit(RecommenderInput.ratingsOnly(train), Progress.none());
    }

    @Test
    void bothSolversBeatTheBiasBaselineClearly() {
        double sgd = PlantedFactors.rmse(fit(settings(FactorSolver.SGD), 1), test);
        double als = PlantedFactors.rmse(fit(settings(FactorSolver.ALS), 2), test);
        System.out.printf("held-out RMSE: baseline %.3f, MF SGD %.3f, MF ALS %.3f%n", baselineRmse, sgd, als);
        // measured: baseline 0.900, SGD 0.445, ALS 0.375 (noise floor 0.3); asked: at least 40% below the baseline
        assertTrue(sgd < 0.6 * baselineRmse, "SGD " + sgd + " vs baseline " + baselineRmse);
        assertTrue(als < 0.6 * baselineRmse, "ALS " + als + " vs baseline " + baselineRmse);
    }

    @Test
    void alsLossFallsEveryEpoch() {
        double[] loss = fit(settings(FactorSolver.ALS).withEpochs(10), 2).trainingLoss();
        for (int e = 1; e < loss.length; e++) {
            assertTrue(loss[e] <= loss[e - 1] * (1 + 1e-12), "epoch " + e + ": " + loss[e - 1] + " -> " + loss[e]);
        }
        assertTrue(loss[loss.length - 1] < loss[0]);
    }

    @Test
    void sameSeedGivesTheSameFactorsWhateverTheThreadCount() {
        for (FactorSolver solver : FactorSolver.values()) {
            RecommenderSettings s = settings(solver).withEpochs(5);
            BiasedFactorModel a = fit(s, 1);
            BiasedFactorModel b = fit(s, 3);
            BiasedFactorModel c = fit(s.withSeed(6), 1);
            for (int u = 0; u < train.userCount(); u += 37) {
                assertArrayEquals(a.userFactors(u), b.userFactors(u), 0.0, solver + " customer " + u);
                assertEquals(a.userBias(u), b.userBias(u), 0.0);
            }
            for (int i = 0; i < train.itemCount(); i += 17) {
                assertArrayEquals(a.itemFactors(i), b.itemFactors(i), 0.0, solver + " product " + i);
            }
            assertArrayEquals(a.trainingLoss(), b.trainingLoss(), 0.0);
            assertFalse(java.util.Arrays.equals(a.itemFactors(0), c.itemFactors(0)));
        }
    }

    @Test
    void explainsByTheClosestRatedProductsAndFindsSimilarProducts() {
        BiasedFactorModel model = fit(settings(FactorSolver.ALS), 2);
        List<Recommendation> top = model.recommend(0, 5);
        assertEquals(5, top.size());
        Recommendation first = top.get(0);
        assertTrue(first.explanation().evidence().size() > 0);
        Evidence e = first.explanation().evidence().get(0);
        assertEquals(EvidenceKind.RATED_ITEM, e.kind());
        assertTrue(train.hasRated(0, e.index()));
        assertEquals(train.value(0, e.index()), e.value(), 1e-6);
        List<Evidence> all = first.explanation().evidence();
        for (int k = 1; k < all.size(); k++) {
            assertTrue(all.get(k).similarity() <= all.get(k - 1).similarity());
        }
        List<SimilarItem> similar = model.similarTo(3, 10);
        assertEquals(10, similar.size());
        for (SimilarItem s : similar) {
            assertTrue(s.item() != 3);
            assertEquals(RecommendationSource.MATRIX_FACTORIZATION, s.source());
        }
        // products close in learnt factor space are close in planted factor space
        double plantedNear = 0;
        for (SimilarItem s : similar) {
            plantedNear += plantedCosine(3, s.item());
        }
        double plantedAll = 0;
        for (int i = 0; i < planted.items; i++) {
            plantedAll += i == 3 ? 0 : plantedCosine(3, i);
        }
        assertTrue(plantedNear / 10 > plantedAll / (planted.items - 1) + 0.3);
        assertInstanceOf(MatrixFactorization.class, Recommenders.create(settings(FactorSolver.SGD)));
    }

    private static double plantedCosine(int a, int b) {
        double s = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < planted.factors; k++) {
            s += planted.q[a][k] * planted.q[b][k];
            na += planted.q[a][k] * planted.q[a][k];
            nb += planted.q[b][k] * planted.q[b][k];
        }
        return s / Math.sqrt(na * nb);
    }

    @Test
    void cancelsWithinAnEpochAndRefusesBadSettings() {
        for (FactorSolver solver : FactorSolver.values()) {
            // SGD checks every 32,768 ratings (once per epoch here), ALS every slice of 128 customers or products
            CancelledProgress progress = CancelledProgress.afterChecks(solver == FactorSolver.SGD ? 0 : 3);
            assertThrows(CancelledException.class, () -> new MatrixFactorization(settings(solver), 2)
                    .fit(RecommenderInput.ratingsOnly(train), progress));
            assertTrue(progress.worked().isEmpty(), solver + " finished an epoch after cancellation");
        }
        BadParameterException tooMany = assertThrows(BadParameterException.class,
                () -> fit(settings(FactorSolver.ALS).withFactors(201), 1));
        assertEquals("factors", tooMany.parameter());
        assertEquals("recommend.factors.tooMany", tooMany.messageKey());
        BadParameterException noRidge = assertThrows(BadParameterException.class,
                () -> fit(settings(FactorSolver.ALS).withRegularisation(0), 1));
        assertEquals("recommend.param.positive", noRidge.messageKey());
        RecommenderSettings wild = new RecommenderSettings(RecommenderAlgorithm.MF, 20, Similarity.COSINE, 3, 50, 4,
                5, 0.05, 5.0, FactorSolver.SGD, 10, 5, 1);
        BadParameterException diverged = assertThrows(BadParameterException.class, () -> fit(wild, 1));
        assertEquals("learning-rate", diverged.parameter());
        assertEquals("recommend.mf.diverged", diverged.messageKey());
    }
}
