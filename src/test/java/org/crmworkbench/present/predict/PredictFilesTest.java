package org.crmworkbench.present.predict;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.crmworkbench.present.ParsedOutput.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.predict.ClassBalance;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassificationSettings;
import org.crmworkbench.analysis.predict.ClassifierModel;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.Evaluation;
import org.crmworkbench.analysis.predict.FitMetrics;
import org.crmworkbench.analysis.predict.GainsCurve;
import org.crmworkbench.analysis.predict.HeldOut;
import org.crmworkbench.analysis.predict.Importance;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.OlsSummary;
import org.crmworkbench.analysis.predict.PrecisionRecallCurve;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.PredictorEncoding;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.RocCurve;
import org.crmworkbench.analysis.predict.ScoreFactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Predict file parsed back: its columns, its keys and its numbers at full precision, NaN as empty or null. */
class PredictFilesTest {
    private static final double THIRD = 1.0 / 3;

    @TempDir
    Path dir;
    private final PredictFiles files = new PredictFiles();

    static PredictorData data() {
        PredictorEncoding encoding = new PredictorEncoding(List.of("x1", "region"), List.of("x1", "region[North]"),
                new double[] {2, 0}, List.of(List.of(), List.of("North")));
        double[][] x = {{1, 0}, {2, 1}, {3, 0}, {4, 1}, {5, 0}, {6, 1}};
        double[] y = {1.5, 4.1, 5.9, 8.2, 9.7, 12.3};
        return new PredictorData("sample.csv", "y", List.of("a", "b", "c", "d", "e", "f"),
                new int[] {0, 1, 2, 3, 4, 5}, x, y, encoding, 1);
    }

    static HeldOut heldOut() {
        return new HeldOut(List.of("b", "e"), new int[] {1, 4}, new double[] {4.1, 9.7}, new double[] {4, 10});
    }

    static RegressionResult ols() {
        List<Coefficient> coefficients = List.of(
                new Coefficient(Coefficient.INTERCEPT, -0.4, 0.25, -1.6, 0.2081, -1.2, 0.4),
                new Coefficient("x1", 2.0 + THIRD, 0.06, 38.8, 3.9e-5, 1.9, 2.2),
                new Coefficient("region[North]", 0.5, 0.2, 2.5, 0.088, -0.1, 1.1));
        OlsSummary summary = new OlsSummary(coefficients, 6, 2, 3, 0.998, 0.9967, 0.2449, 751.5, 9.1e-5);
        return new RegressionResult(RegressionSettings.of(RegressionModel.OLS), new Evaluation(0.25, 3, 42), data(),
                Double.NaN, summary, coefficients, List.of(), Importance.Kind.STANDARDISED_COEFFICIENT, heldOut(),
                new FitMetrics(THIRD, 0.2, 0.99, 2.7, 0),
                List.of(new FitMetrics(0.3, 0.2, 0.98, 3.0, 0), new FitMetrics(0.5, 0.4, 0.97, Double.NaN, 2),
                        new FitMetrics(0.4, 0.3, 0.96, 1.0, 0)), row -> row[0] * 2 - 0.4);
    }

    @Test
    void olsCoefficientsCarryTheWholeTableAtFullPrecision() throws Exception {
        files.writeCoefficients(dir.resolve("coefficients.csv"), ols());
        List<List<String>> rows = csv(dir.resolve("coefficients.csv"));
        assertEquals(List.of("term", "estimate", "std_error", "t", "p", "lower95", "upper95"), rows.get(0));
        assertEquals(4, rows.size());
        assertEquals("intercept", rows.get(1).get(0));
        assertEquals(2.0 + THIRD, Double.parseDouble(rows.get(2).get(1)), 0.0, "full precision");
        assertEquals(3.9e-5, Double.parseDouble(rows.get(2).get(4)), 0.0);
        assertEquals("region[North]", rows.get(3).get(0));
    }

    @Test
    void ridgeHasEmptyCellsWhereThereIsNoStandardError() throws Exception {
        RegressionResult r = ols();
        RegressionResult ridge = new RegressionResult(new RegressionSettings(RegressionModel.RIDGE, 2, 0.5, 200),
                r.evaluation(), r.data(), 0.5, null,
                List.of(new Coefficient("intercept", 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)),
                List.of(), Importance.Kind.STANDARDISED_COEFFICIENT, r.heldOut(), r.test(), List.of(), r.model());
        files.writeCoefficients(dir.resolve("c.csv"), ridge);
        assertEquals(List.of("intercept", "1", "", "", "", "", ""), csv(dir.resolve("c.csv")).get(1));
        Map<String, Object> m = json(files.regressionMetrics(ridge, null));
        assertEquals(0.5, number(m, "lambda"));
        assertEquals(Boolean.FALSE, m.get("lambda_by_cv"));
        assertFalse(m.containsKey("r2"), "no summary for ridge");
        assertFalse(m.containsKey("comparison"));
        assertEquals(List.of(), ((Map<?, ?>) m.get("cv")).get("folds"));
        assertTrue(Double.isNaN(number((Map<String, Object>) m.get("cv"), "rmse_sd")));
    }

    @Test
    void treesWriteTheirImportanceInstead() throws Exception {
        RegressionResult r = ols();
        RegressionResult forest = new RegressionResult(new RegressionSettings(RegressionModel.RANDOM_FOREST, 2,
                Double.NaN, 300), r.evaluation(), r.data(), Double.NaN, null, List.of(),
                List.of(new Importance("x1", 1.25, 1.0, 1.5), new Importance("region", 0.1, -0.05, THIRD)),
                Importance.Kind.PERMUTATION, r.heldOut(), r.test(), r.folds(), r.model());
        files.writeCoefficients(dir.resolve("c.csv"), forest);
        List<List<String>> rows = csv(dir.resolve("c.csv"));
        assertEquals(List.of("feature", "importance", "lower", "upper"), rows.get(0));
        assertEquals(List.of("x1", "1.25", "1", "1.5"), rows.get(1));
        assertEquals(THIRD, Double.parseDouble(rows.get(2).get(3)), 0.0);
        assertEquals(300, number(json(files.regressionMetrics(forest, null)), "trees"));
        assertEquals(300, number(json(files.regressionParameters(forest)), "trees"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void regressionMetricsHoldTheSummaryTheHoldOutTheFoldsAndTheComparison() throws Exception {
        RegressionResult r = ols();
        ModelScore lasso = new ModelScore(new RegressionSettings(RegressionModel.LASSO, 2, Double.NaN, 200),
                new FitMetrics(0.5, 0.4, 0.95, 4.0, 0), List.of(new FitMetrics(0.6, 0.5, 0.9, 5.0, 0),
                new FitMetrics(0.8, 0.7, 0.8, 6.0, 0)));
        Map<String, Object> m = json(files.regressionMetrics(r, List.of(new ModelScore(r.settings(), r.test(),
                r.folds()), lasso)));
        files.writeJson(dir.resolve("metrics.json"), files.regressionMetrics(r, List.of()));
        assertEquals("ols", m.get("model"));
        assertEquals("y", m.get("target"));
        assertEquals(List.of("x1", "region"), m.get("features"));
        assertEquals(List.of("x1", "region[North]"), m.get("columns"));
        assertEquals(6, number(m, "rows"));
        assertEquals(1, number(m, "dropped_rows"));
        assertEquals(42, number(m, "seed"));
        assertEquals(0.25, number(m, "test_share"));
        assertEquals(3, number(m, "folds"));
        assertEquals(0.998, number(m, "r2"));
        assertEquals(0.9967, number(m, "adj_r2"));
        assertEquals(0.2449, number(m, "rse"));
        assertEquals(751.5, number(m, "f"));
        assertEquals(9.1e-5, number(m, "f_p"));
        assertEquals(2, number(m, "df_model"));
        assertEquals(3, number(m, "df_residual"));
        assertEquals(THIRD, number(m, "rmse"), 0.0, "full precision");
        assertEquals(0.2, number(m, "mae"));
        assertEquals(0.99, number(m, "r2_test"));
        assertEquals(2.7, number(m, "mape"));
        assertEquals(2, number(m, "test_rows"));
        Map<String, Object> cv = (Map<String, Object>) m.get("cv");
        List<Object> folds = (List<Object>) cv.get("folds");
        assertEquals(3, folds.size());
        assertNull(((Map<String, Object>) folds.get(1)).get("mape"), "NaN is null");
        Map<String, Object> mean = (Map<String, Object>) cv.get("mean");
        assertEquals(0.4, number(mean, "rmse"), 1e-15);
        assertEquals(0.1, number(cv, "rmse_sd"), 1e-15);
        List<Object> comparison = (List<Object>) m.get("comparison");
        assertEquals(2, comparison.size());
        Map<String, Object> second = (Map<String, Object>) comparison.get(1);
        assertEquals("lasso", second.get("model"));
        assertNull(second.get("lambda"), "lambda chosen by cross-validation is not known in the comparison");
        assertEquals(0.7, number(second, "cv_rmse"), 1e-15);
        assertEquals(Math.sqrt(0.02), number(second, "cv_rmse_sd"), 1e-15);
        assertEquals(0.6, number(second, "cv_mae"), 1e-15);
        assertEquals(0.5, number(second, "rmse"));
        assertFalse(json(dir.resolve("metrics.json")).containsKey("comparison"), "an empty comparison is left out");
        Map<String, Object> p = json(files.regressionParameters(r));
        assertEquals("ols", p.get("model"));
        assertEquals(42, number(p, "seed"));
    }

    static ClassificationResult classification() {
        PredictorData d = data();
        double[] y = {0, 1, 0, 1, 1, 0};
        PredictorData binary = new PredictorData(d.source(), "churned", d.rowIds(), d.tableRows(), d.x(), y,
                d.encoding(), 0);
        HeldOut held = new HeldOut(List.of("a", "b", "c", "d"), new int[] {0, 1, 2, 3}, new double[] {0, 1, 0, 1},
                new double[] {0.2, 0.9, 0.6, 0.4});
        RocCurve roc = new RocCurve(new double[] {0, 0, 0.5, 0.5, 1}, new double[] {0, 0.5, 0.5, 1, 1},
                new double[] {Double.POSITIVE_INFINITY, 0.9, 0.6, 0.4, 0.2}, 0.75);
        PrecisionRecallCurve pr = new PrecisionRecallCurve(new double[] {0.5, 0.5, 1, 1},
                new double[] {1, 0.5, 2.0 / 3, 0.5}, new double[] {0.9, 0.6, 0.4, 0.2}, 5.0 / 6, 0.5);
        GainsCurve gains = new GainsCurve(new double[] {0, 0.5, 1}, new double[] {0, 0.5, 1});
        return new ClassificationResult(new ClassificationSettings(ClassifierModel.LOGISTIC, ClassBalance.WEIGHTS,
                0.1, 200), new Evaluation(0.5, 2, 7), binary, 3, held, roc, pr, gains, 0.4, List.of(),
                List.of(new Importance("x1", 1, 0.5, 1.5)), Importance.Kind.STANDARDISED_COEFFICIENT,
                new double[] {0.7, 0.8}, new org.crmworkbench.analysis.predict.FittedClassifier() {
                    @Override
                    public double score(double[] row) {
                        return 0.5;
                    }

                    @Override
                    public List<ScoreFactor> factors(double[] row, int top) {
                        return List.of();
                    }
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void classificationMetricsAreTakenAtTheThresholdAsked() throws Exception {
        ClassificationResult c = classification();
        ClassifierScore forest = new ClassifierScore(new ClassificationSettings(ClassifierModel.RANDOM_FOREST,
                ClassBalance.NONE, 0, 100), 0.8, 0.7, 0.6, new double[] {0.75, 0.85});
        Map<String, Object> m = json(files.classificationMetrics(c, 0.5, List.of(forest)));
        assertEquals("logistic", m.get("model"));
        assertEquals("churned", m.get("target"));
        assertEquals("weights", m.get("balance"));
        assertEquals(0.1, number(m, "lambda"));
        assertEquals(3, number(m, "positives"));
        assertEquals(4, number(m, "test_rows"));
        assertEquals(2, number(m, "test_positives"));
        assertEquals(0.75, number(m, "auc"));
        assertEquals(5.0 / 6, number(m, "average_precision"), 0.0);
        assertEquals(0.4, number(m, "suggested_threshold"));
        assertEquals(0.5, number(m, "threshold"));
        // at 0.5: b (1, 0.9) TP; c (0, 0.6) FP; d (1, 0.4) FN; a (0, 0.2) TN
        Map<String, Object> confusion = (Map<String, Object>) m.get("confusion");
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), List.of(confusion.get("tp"), confusion.get("fp"),
                confusion.get("tn"), confusion.get("fn")));
        assertEquals(0.5, number(m, "accuracy"));
        assertEquals(0.5, number(m, "precision"));
        assertEquals(0.5, number(m, "recall"));
        assertEquals(0.5, number(m, "f1"));
        assertEquals(List.of(0.7, 0.8), m.get("cv_auc"));
        assertEquals(0.75, number(m, "cv_auc_mean"), 1e-15);
        Map<String, Object> row = (Map<String, Object>) ((List<Object>) m.get("comparison")).get(0);
        assertEquals("rf", row.get("model"));
        assertEquals(100, number(row, "trees"));
        assertEquals(0.8, number(row, "cv_auc"), 1e-15);
        // at the suggested 0.4 every positive is caught
        assertEquals(1.0, number(json(files.classificationMetrics(c, 0.4, null)), "recall"));
        Map<String, Object> p = json(files.classificationParameters(c));
        assertEquals(0.4, number(p, "threshold"));
        assertEquals("weights", p.get("balance"));
    }

    @Test
    void predictionsAndScoresListEveryRow() throws Exception {
        files.writePredictions(dir.resolve("p.csv"), List.of("C1", "C2", "C,3"), "next_spend",
                new double[] {10.5, Double.NaN, THIRD});
        List<List<String>> p = csv(dir.resolve("p.csv"));
        assertEquals(List.of("id", "next_spend"), p.get(0));
        assertEquals(List.of("C2", ""), p.get(2));
        assertEquals(List.of("C,3", Double.toString(THIRD)), p.get(3));

        files.writeScores(dir.resolve("s.csv"), List.of("C1", "C2"), new double[] {0.8, 0.3},
                new double[] {1, Double.NaN}, 0.5, List.of(
                        List.of(new ScoreFactor("recency_days", 200, 0.25), new ScoreFactor("region[North]", 1,
                                -0.05)),
                        List.of(new ScoreFactor("orders", 3, -THIRD))));
        List<List<String>> s = csv(dir.resolve("s.csv"));
        assertEquals(List.of("id", "score", "predicted", "actual", "factor1", "effect1", "factor2", "effect2"),
                s.get(0));
        assertEquals(List.of("C1", "0.8", "1", "1", "recency_days", "0.25", "region[North]", "-0.05"), s.get(1));
        assertEquals(List.of("C2", "0.3", "0", "", "orders", Double.toString(-THIRD), "", ""), s.get(2));

        files.writeScores(dir.resolve("t.csv"), List.of("C1"), new double[] {0.5}, null, 0.5, null);
        assertEquals(List.of(List.of("id", "score", "predicted", "actual"), List.of("C1", "0.5", "1", "")),
                csv(dir.resolve("t.csv")));
    }
}
