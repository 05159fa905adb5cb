package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class RegressionStudyTest {

    /** n rows of a, b uniform on [0, 10), a three-level category, and targets built from them plus N(0, sd). */
    static FeatureTable table(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[n];
        double[] b = new double[n];
        double[] quadratic = new double[n];
        double[] interaction = new double[n];
        String[] kind = new String[n];
        String[] kinds = {"gold", "silver", "bronze"};
        for (int i = 0; i < n; i++) {
            a[i] = random.nextDouble(0, 10);
            b[i] = random.nextDouble(0, 10);
            kind[i] = kinds[random.nextInt(3)];
            quadratic[i] = 2 + 0.5 * a[i] - 0.3 * a[i] * a[i] + 0.2 * a[i] * b[i] + random.nextGaussian();
            interaction[i] = (a[i] > 5 ? 10 : 0) + (a[i] > 5 && b[i] > 5 ? 10 : 0) + 0.5 * random.nextGaussian();
        }
        List<String> ids = IntStream.range(0, n).mapToObj(i -> "r" + i).toList();
        return new FeatureTable("planted", ids,
                List.of(new FeatureTable.NumericColumn("a", a), new FeatureTable.NumericColumn("b", b),
                        new FeatureTable.NumericColumn("quadratic", quadratic),
                        new FeatureTable.NumericColumn("step", interaction)),
                List.of(new FeatureTable.CategoryColumn("kind", kind)));
    }

    @Test
    void polynomialRecoversAPlantedQuadratic() {
        PredictorData d = PredictorData.prepare(table(400, 1), "quadratic", List.of("a", "b"));
        RegressionResult r = new RegressionStudy(d, Evaluation.defaults())
                .fit(RegressionSettings.of(RegressionModel.POLYNOMIAL), Progress.none());
        List<String> terms = r.summary().coefficients().stream().map(Coefficient::term).toList();
        assertEquals(List.of("intercept", "a", "b", "a^2", "a*b", "b^2"), terms);
        double[] planted = {2, 0.5, 0, -0.3, 0.2, 0};
        for (int j = 0; j < planted.length; j++) {
            Coefficient c = r.summary().coefficients().get(j);
            assertEquals(planted[j], c.estimate(), 3 * c.stdError(), c.term());
        }
        assertEquals(1.0, r.summary().residualStandardError(), 0.1);
        assertEquals(5, r.folds().size());
        assertTrue(r.test().rSquared() > 0.9);
        assertEquals(Importance.Kind.STANDARDISED_COEFFICIENT, r.importanceKind());
        assertEquals(5, r.importance().size());
        for (int i = 1; i < r.importance().size(); i++) {
            assertTrue(Math.abs(r.importance().get(i - 1).value()) >= Math.abs(r.importance().get(i).value()));
        }
        // the refitted model predicts like its coefficients
        double[] row = {3, 4};
        assertEquals(r.summary().coefficients().get(0).estimate() + 3 * r.summary().coefficients().get(1).estimate()
                + 4 * r.summary().coefficients().get(2).estimate() + 9 * r.summary().coefficients().get(3).estimate()
                + 12 * r.summary().coefficients().get(4).estimate() + 16 * r.summary().coefficients().get(5).estimate(),
                r.model().predict(row), 1e-9);
    }

    @Test
    void polynomialLeavesOutPowersOfLevelsAndRefusesTooManyTerms() {
        PredictorData d = PredictorData.prepare(table(400, 2), "quadratic", List.of("a", "kind"));
        RegressionResult r = new RegressionStudy(d, new Evaluation(0.25, 0, 1))
                .fit(RegressionSettings.of(RegressionModel.POLYNOMIAL), Progress.none());
        List<String> terms = r.coefficients().stream().map(Coefficient::term).toList();
        assertEquals(List.of("intercept", "a", "kind[gold]", "kind[silver]", "a^2", "a*kind[gold]",
                "a*kind[silver]"), terms);
        assertTrue(r.folds().isEmpty());

        PredictorData small = PredictorData.prepare(table(20, 3), "quadratic", List.of("a", "b", "kind"));
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> new RegressionStudy(small, Evaluation.defaults())
                        .fit(new RegressionSettings(RegressionModel.POLYNOMIAL, 4, Double.NaN, 200), Progress.none()));
        assertEquals("degree", e.parameter());
    }

    @Test
    void treesBeatOlsOnAStepTarget() {
        PredictorData d = PredictorData.prepare(table(600, 4), "step", List.of("a", "b", "kind"));
        RegressionStudy study = new RegressionStudy(d, new Evaluation(0.25, 3, 9));
        List<ModelScore> scores = study.compare(List.of(RegressionSettings.of(RegressionModel.OLS),
                new RegressionSettings(RegressionModel.RANDOM_FOREST, 2, Double.NaN, 100),
                new RegressionSettings(RegressionModel.GRADIENT_BOOSTING, 2, Double.NaN, 100),
                RegressionSettings.of(RegressionModel.SVR)), Progress.none());
        double ols = scores.get(0).test().rmse();
        scores.forEach(m -> System.out.printf("step target: %s hold-out RMSE %.3f, CV RMSE %.3f%n",
                m.settings().model().key(), m.test().rmse(), m.cvRmse()));
        for (int m = 1; m < 4; m++) {
            double bound = m == 3 ? 0.8 : 0.6; // the smooth kernel of SVR rounds the steps off
            assertTrue(scores.get(m).test().rmse() < bound * ols,
                    scores.get(m).settings().model() + " " + scores.get(m).test().rmse() + " vs OLS " + ols);
            assertEquals(3, scores.get(m).folds().size());
            assertTrue(scores.get(m).cvRmse() < bound * scores.get(0).cvRmse());
        }
    }

    @Test
    void forestAndBoostingAreReproducibleAndHavePermutationImportance() {
        PredictorData d = PredictorData.prepare(table(300, 5), "step", List.of("a", "b", "kind"));
        for (RegressionModel model : List.of(RegressionModel.RANDOM_FOREST, RegressionModel.GRADIENT_BOOSTING)) {
            RegressionSettings s = new RegressionSettings(model, 2, Double.NaN, 50);
            RegressionResult first = new RegressionStudy(d, new Evaluation(0.25, 0, 17)).fit(s, Progress.none());
            RegressionResult second = new RegressionStudy(d, new Evaluation(0.25, 0, 17)).fit(s, Progress.none());
            assertArrayEquals(first.heldOut().predicted(), second.heldOut().predicted(), model.key());
            assertArrayEquals(first.model().predict(d.x()), second.model().predict(d.x()), model.key());
            assertEquals(first.importance(), second.importance());
            assertEquals(Importance.Kind.PERMUTATION, first.importanceKind());
            assertEquals(3, first.importance().size());
            assertTrue(List.of("a", "b").contains(first.importance().get(0).feature()));
            assertEquals("kind", first.importance().get(2).feature(), "the category plays no part");
            Importance top = first.importance().get(0);
            assertTrue(top.lower() <= top.value() && top.value() <= top.upper());
            assertTrue(first.coefficients().isEmpty());
            assertTrue(first.summary() == null);
        }
    }

    @Test
    void forestIsTheSameWhateverTheThreadCount() throws Exception {
        PredictorData d = PredictorData.prepare(table(300, 6), "step", List.of("a", "b"));
        double[] common = TreeRegression.forest(d.x(), d.y(), 40, 5, Progress.none()).predict(d.x());
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            double[] single = one.submit(() -> TreeRegression.forest(d.x(), d.y(), 40, 5, Progress.none())
                    .predict(d.x())).get();
            assertArrayEquals(common, single);
        } finally {
            one.shutdown();
        }
    }

    @Test
    void holdOutAndMetricsAreConsistent() {
        PredictorData d = PredictorData.prepare(table(200, 7), "quadratic", List.of("a", "b", "kind"));
        RegressionResult r = new RegressionStudy(d, new Evaluation(0.3, 4, 3))
                .fit(RegressionSettings.of(RegressionModel.LASSO), Progress.none());
        assertEquals(60, r.heldOut().size());
        assertEquals(RegressionMetrics.of(r.heldOut().actual(), r.heldOut().predicted()), r.test());
        assertEquals(4, r.folds().size());
        assertTrue(r.lambda() > 0);
        for (int i = 0; i < r.heldOut().size(); i++) {
            assertEquals(d.y()[indexOf(d, r.heldOut().rowIds().get(i))], r.heldOut().actual()[i]);
        }
    }

    @Test
    void metricsFollowTheirDefinitions() {
        FitMetrics m = RegressionMetrics.of(new double[] {0, 2, 4}, new double[] {1, 2, 2});
        assertEquals(Math.sqrt(5.0 / 3), m.rmse(), 1e-15);
        assertEquals(1.0, m.mae(), 1e-15);
        assertEquals(1 - 5.0 / 8, m.rSquared(), 1e-15);
        assertEquals(25.0, m.mape(), 1e-12);
        assertEquals(1, m.mapeSkipped());
    }

    @Test
    void stopsWhenCancelled() {
        PredictorData d = PredictorData.prepare(table(200, 8), "quadratic", List.of("a", "b"));
        RegressionStudy study = new RegressionStudy(d, Evaluation.defaults());
        for (RegressionModel model : RegressionModel.values()) {
            assertThrows(CancelledException.class,
                    () -> study.fit(RegressionSettings.of(model), new CancelledProgress()), model.key());
        }
        assertThrows(CancelledException.class,
                () -> study.compare(List.of(RegressionSettings.of(RegressionModel.OLS)), new CancelledProgress()));
    }

    @Test
    void reportsStagesAndProgress() {
        PredictorData d = PredictorData.prepare(table(200, 9), "quadratic", List.of("a", "b"));
        CancelledProgress recording = CancelledProgress.recording();
        new RegressionStudy(d, Evaluation.defaults()).fit(RegressionSettings.of(RegressionModel.OLS), recording);
        List<String> stages = recording.stages();
        assertEquals("predict.stage.fit", stages.get(0));
        assertTrue(stages.contains("predict.stage.holdout"));
        assertEquals(5, stages.stream().filter("predict.stage.fold"::equals).count());
    }

    private static int indexOf(PredictorData d, String id) {
        return d.rowIds().indexOf(id);
    }
}
