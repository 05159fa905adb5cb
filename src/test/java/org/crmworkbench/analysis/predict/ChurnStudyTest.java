package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** The churn study on planted data: targets checked, curves, importance, balance, trees, factors, determinism. */
class ChurnStudyTest {
    private static final Evaluation EVALUATION = new Evaluation(0.25, 5, 42);

    private static ClassificationSettings settings(ClassifierModel model, ClassBalance balance, int trees) {
        return new ClassificationSettings(model, balance, 0, trees);
    }

    @Test
    void targetsThatAreNotZeroOrOneAreNamed() {
        PredictorData planted = ChurnTestData.planted(50, 1, ChurnTestData::logistic);
        for (double bad : new double[] {2, 0.5}) {
            double[] y = planted.y().clone();
            y[3] = bad;
            BadParameterException e = assertThrows(BadParameterException.class,
                    () -> new ChurnStudy(ChurnTestData.data(planted.x(), y), EVALUATION));
            assertEquals("target", e.parameter());
            assertEquals("predict.error.notBinary", e.messageKey());
            assertEquals("C1003", e.args()[1]);
            assertEquals(bad, e.args()[2]);
            assertTrue(e.getMessage().contains("C1003"), e.getMessage());
        }
        BadParameterException single = assertThrows(BadParameterException.class,
                () -> new ChurnStudy(ChurnTestData.data(planted.x(), new double[50]), EVALUATION));
        assertEquals("predict.error.oneClass", single.messageKey());
        assertEquals(1, single.args()[1]);
    }

    @Test
    void logisticFitHasCurvesCoefficientsAndStandardisedImportance() {
        PredictorData data = ChurnTestData.planted(2000, 2, ChurnTestData::logistic);
        ClassificationResult result = new ChurnStudy(data, EVALUATION)
                .fit(settings(ClassifierModel.LOGISTIC, ClassBalance.NONE, 100), Progress.none());
        assertEquals(500, result.heldOut().size(), 1);
        int heldPositives = (int) java.util.Arrays.stream(result.heldOut().actual()).sum();
        assertEquals(Math.round(result.positives() * 0.25), heldPositives, "stratified hold-out");
        assertEquals(result.heldOut().size() - heldPositives, Math.round((2000 - result.positives()) * 0.25));
        assertTrue(result.roc().auc() > 0.75, "auc " + result.roc().auc());
        assertEquals(5, result.foldAuc().length);
        for (double auc : result.foldAuc()) {
            assertTrue(auc > 0.7, "fold auc " + auc);
        }
        assertEquals(101, result.gains().populationShare().length);
        assertEquals(5, result.coefficients().size());
        assertEquals(Importance.Kind.STANDARDISED_COEFFICIENT, result.importanceKind());
        assertEquals("recency", result.importance().get(0).feature());
        assertEquals("noise", result.importance().get(result.importance().size() - 1).feature());
        double threshold = result.threshold();
        double best = result.confusion(threshold).f1();
        for (double s : result.heldOut().predicted()) {
            assertTrue(result.confusion(s).f1() <= best + 1e-12);
        }
    }

    @Test
    void classWeightsRaiseRecallOnRarePositives() {
        PredictorData data = ChurnTestData.planted(3000, 3,
                row -> 1 / (1 + Math.exp(-(-2.6 + 1.0 * row[0] - 0.5 * row[1]))));
        double share = java.util.Arrays.stream(data.y()).average().orElseThrow();
        assertTrue(share > 0.06 && share < 0.14, "about 10% positives: " + share);
        ChurnStudy study = new ChurnStudy(data, new Evaluation(0.3, 0, 7));
        for (ClassifierModel model : ClassifierModel.values()) {
            double plain = study.fit(settings(model, ClassBalance.NONE, 60), Progress.none()).confusion(0.5).recall();
            double weighted = study.fit(settings(model, ClassBalance.WEIGHTS, 60), Progress.none())
                    .confusion(0.5).recall();
            assertTrue(weighted > plain + 0.2, model + ": recall " + plain + " -> " + weighted);
        }
    }

    @Test
    void treesBeatLogisticOnAnXorTarget() {
        PredictorData data = ChurnTestData.planted(1600, 4, row -> (row[0] > 0) != (row[1] > 0) ? 0.9 : 0.1);
        List<ClassifierScore> scores = new ChurnStudy(data, new Evaluation(0.25, 3, 5)).compare(List.of(
                settings(ClassifierModel.LOGISTIC, ClassBalance.NONE, 50),
                settings(ClassifierModel.RANDOM_FOREST, ClassBalance.NONE, 50),
                settings(ClassifierModel.GRADIENT_BOOSTING, ClassBalance.NONE, 50)), Progress.none());
        double logistic = scores.get(0).auc();
        assertTrue(logistic < 0.6, "logistic cannot see XOR: " + logistic);
        for (ClassifierScore tree : scores.subList(1, 3)) {
            assertTrue(tree.auc() > logistic + 0.2, tree.settings().model() + " " + tree.auc());
            assertTrue(tree.cvAuc() > 0.75, tree.settings().model() + " cv " + tree.cvAuc());
            assertEquals(3, tree.foldAuc().length);
            assertTrue(tree.f1() > 0.6);
        }
    }

    @Test
    void factorsPointAtThePlantedDriverOfAHighRiskRow() {
        PredictorData data = ChurnTestData.planted(1500, 6, ChurnTestData::logistic);
        ChurnStudy study = new ChurnStudy(data, new Evaluation(0.25, 0, 9));
        double[] risky = {3.0, 0.0, 0.0, 0};
        for (ClassifierModel model : ClassifierModel.values()) {
            ClassificationResult result = study.fit(settings(model, ClassBalance.NONE, 60), Progress.none());
            FittedClassifier fitted = result.model();
            assertTrue(fitted.score(risky) > 0.6, model + " scores " + fitted.score(risky));
            List<ScoreFactor> factors = fitted.factors(risky, 2);
            assertEquals(2, factors.size());
            assertEquals("recency", factors.get(0).feature(), model + " " + factors);
            assertEquals(3.0, factors.get(0).value());
            assertTrue(factors.get(0).effect() > 0.2, model + " " + factors);
            if (model != ClassifierModel.LOGISTIC) {
                assertEquals(Importance.Kind.PERMUTATION, result.importanceKind());
                assertEquals("recency", result.importance().get(0).feature());
                Importance top = result.importance().get(0);
                assertTrue(top.lower() <= top.value() && top.value() <= top.upper() && top.lower() > 0.05);
            }
        }
    }

    @Test
    void treeFitsAreTheSameForASeedWhateverTheThreads() throws Exception {
        PredictorData data = ChurnTestData.planted(800, 8, ChurnTestData::logistic);
        ChurnStudy study = new ChurnStudy(data, new Evaluation(0.25, 2, 13));
        for (ClassifierModel model : List.of(ClassifierModel.RANDOM_FOREST, ClassifierModel.GRADIENT_BOOSTING)) {
            ClassificationSettings s = settings(model, ClassBalance.WEIGHTS, 30);
            ClassificationResult first = study.fit(s, Progress.none());
            ForkJoinPool single = new ForkJoinPool(1);
            try {
                ClassificationResult second = single.submit(() -> study.fit(s, Progress.none())).get();
                assertArrayEquals(first.heldOut().predicted(), second.heldOut().predicted(), model.key());
                assertArrayEquals(first.foldAuc(), second.foldAuc(), model.key());
                double[] row = data.x()[0];
                assertEquals(first.model().score(row), second.model().score(row));
                double[] sequential = first.model().score(data.x());
                double[] concurrent = java.util.stream.IntStream.range(0, data.rows()).parallel()
                        .mapToDouble(i -> first.model().score(data.x()[i])).toArray();
                assertArrayEquals(sequential, concurrent, model.key() + " scored from several threads");
            } finally {
                single.shutdown();
            }
        }
    }

    @Test
    void cancellationStopsTheStudy() {
        PredictorData data = ChurnTestData.planted(300, 10, ChurnTestData::logistic);
        ChurnStudy study = new ChurnStudy(data, EVALUATION);
        for (ClassifierModel model : ClassifierModel.values()) {
            assertThrows(CancelledException.class,
                    () -> study.fit(settings(model, ClassBalance.NONE, 20), new CancelledProgress()));
        }
        CancelledProgress midway = CancelledProgress.afterChecks(3);
        assertThrows(CancelledException.class,
                () -> study.fit(settings(ClassifierModel.RANDOM_FOREST, ClassBalance.NONE, 2000), midway));
        assertTrue(midway.checks() == 4, "stopped at the first check after cancelling: " + midway.checks());
        assertThrows(CancelledException.class, () -> study.compare(
                List.of(ClassificationSettings.of(ClassifierModel.LOGISTIC)), new CancelledProgress()));
    }
}
