package org.crmworkbench.present.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
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
import org.crmworkbench.analysis.predict.PrecisionRecallCurve;
import org.crmworkbench.analysis.predict.PredictorData;
import org.crmworkbench.analysis.predict.PredictorEncoding;
import org.crmworkbench.analysis.predict.RegressionModel;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.analysis.predict.RegressionSettings;
import org.crmworkbench.analysis.predict.RocCurve;
import org.crmworkbench.i18n.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The Predict charts built from hand-made results: series, ranges and labels. */
class PredictChartsTest {
    private final PredictCharts charts = new PredictCharts(Messages.english());

    private static PredictorData data(int rows) {
        double[][] x = new double[rows][2];
        double[] y = new double[rows];
        int[] table = new int[rows];
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            x[i][0] = i;
            x[i][1] = i % 2;
            y[i] = 2 * i;
            table[i] = i;
            ids.add("c" + i);
        }
        return new PredictorData("sample.db", "next_spend", ids, table, x, y, new PredictorEncoding(
                List.of("recency_days", "region"), List.of("recency_days", "region[North]"), new double[2],
                List.of(List.of(), List.of("North"))), 0);
    }

    static RegressionResult regression(RegressionModel model, int heldOut) {
        double[] actual = new double[heldOut];
        double[] predicted = new double[heldOut];
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < heldOut; i++) {
            actual[i] = 10 + i;
            predicted[i] = 12 + i;
            ids.add("c" + i);
        }
        List<Coefficient> coefficients = List.of(new Coefficient("intercept", 1, 0.1, 10, 0, 0.8, 1.2),
                new Coefficient("recency_days", -2, 0.5, -4, 0.001, -3, -1),
                new Coefficient("region[North]", 0.5, 0.5, 1, 0.3, -0.5, 1.5));
        List<Importance> importance = List.of(new Importance("recency_days", -1.5, -2, -1),
                new Importance("region[North]", 0.2, -0.3, 0.7));
        return new RegressionResult(RegressionSettings.of(model), Evaluation.defaults(), data(40), Double.NaN, null,
                model.linear() ? coefficients : List.of(), importance, model.linear()
                ? Importance.Kind.STANDARDISED_COEFFICIENT : Importance.Kind.PERMUTATION,
                new HeldOut(ids, new int[heldOut], actual, predicted), new FitMetrics(2, 2, 0.9, 10, 0),
                List.of(new FitMetrics(2, 2, 0.9, 10, 0)), row -> 0);
    }

    static ClassificationResult classification() {
        double[] actual = {1, 1, 0, 1, 0, 0, 0, 0};
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.1};
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        RocCurve roc = new RocCurve(new double[] {0, 0, 0.2, 0.2, 1}, new double[] {0, 0.67, 0.67, 1, 1},
                new double[] {Double.POSITIVE_INFINITY, 0.8, 0.7, 0.6, 0.1}, 0.93);
        PrecisionRecallCurve pr = new PrecisionRecallCurve(new double[] {0.33, 0.67, 0.67, 1},
                new double[] {1, 1, 0.67, 0.75}, new double[] {0.9, 0.8, 0.7, 0.6}, 0.92, 0.375);
        double[] share = new double[101];
        double[] reached = new double[101];
        for (int i = 0; i <= 100; i++) {
            share[i] = i / 100.0;
            reached[i] = Math.min(1, 2 * share[i]);
        }
        PredictorData d = data(40);
        PredictorData binary = new PredictorData(d.source(), "churned", d.rowIds(), d.tableRows(), d.x(),
                new double[40], d.encoding(), 0);
        return new ClassificationResult(new ClassificationSettings(ClassifierModel.LOGISTIC, ClassBalance.NONE, 0,
                200), Evaluation.defaults(), binary, 15, new HeldOut(ids, new int[8], actual, scores), roc, pr,
                new GainsCurve(share, reached), 0.6, List.of(), List.of(new Importance("recency_days", 1, 0.5, 1.5)),
                Importance.Kind.STANDARDISED_COEFFICIENT, new double[] {0.9, 0.8}, null);
    }

    @Test
    void actualAgainstPredictedHasThePointsAndTheDiagonalAcrossBothRanges() {
        JFreeChart chart = charts.actualVsPredicted(regression(RegressionModel.OLS, 30));
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(30, plot.getDataset(0).getItemCount(0));
        XYDataset line = plot.getDataset(1);
        assertEquals(10.0, line.getXValue(0, 0));
        assertEquals(41.0, line.getXValue(0, 1), "the line spans the largest prediction");
        assertEquals("Actual Spend in the outcome window", plot.getRangeAxis().getLabel());
        assertTrue(chart.getTitle().getText().contains("Spend in the outcome window"));
    }

    @Test
    void residualsAreActualMinusPredictedAndManyPointsAreDrawnAsDots() {
        JFreeChart chart = charts.residuals(regression(RegressionModel.OLS, 12_000));
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(-2.0, plot.getDataset().getYValue(0, 5));
        assertInstanceOf(XYDotRenderer.class, plot.getRenderer());
        assertEquals(1, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }

    @Test
    void coefficientsLeaveOutTheInterceptAndImportanceGetsBars() {
        XYPlot linear = (XYPlot) charts.coefficients(regression(RegressionModel.OLS, 5)).getPlot();
        assertEquals(2, linear.getDataset(0).getItemCount(0));
        assertEquals(List.of("Region: North", "Days since last order"),
                List.of(((SymbolAxis) linear.getDomainAxis()).getSymbols()));
        assertEquals(null, linear.getDataset(1), "no bars for coefficients");
        XYPlot trees = (XYPlot) charts.coefficients(regression(RegressionModel.RANDOM_FOREST, 5)).getPlot();
        assertEquals(2, trees.getDataset(1).getItemCount(0));
        assertTrue(trees.getRangeAxis().getLabel().contains("RMSE"));
    }

    @Test
    void comparisonHasOneBarPerModel() {
        List<ModelScore> scores = List.of(
                new ModelScore(RegressionSettings.of(RegressionModel.OLS), new FitMetrics(3, 2, 0.5, 1, 0),
                        List.of(new FitMetrics(3, 2, 0.5, 1, 0), new FitMetrics(4, 2, 0.5, 1, 0))),
                new ModelScore(RegressionSettings.of(RegressionModel.RIDGE), new FitMetrics(2, 2, 0.5, 1, 0),
                        List.of()));
        CategoryPlot plot = (CategoryPlot) charts.comparison(scores).getPlot();
        assertEquals(2, plot.getDataset().getColumnCount());
        assertEquals(3.5, plot.getDataset().getValue(0, 0).doubleValue(), 1e-12);
        assertEquals("Ridge", plot.getDataset().getColumnKey(1));
    }

    @Test
    void rocNamesTheAucAndMarksTheThreshold() {
        JFreeChart chart = charts.roc(classification(), 0.6);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(2, plot.getDataset(0).getSeriesCount());
        assertEquals("Model (AUC = 0.930)", plot.getDataset(0).getSeriesKey(0));
        // at 0.6: tp 3, fp 1 of 5 negatives
        assertEquals(0.2, plot.getDataset(1).getXValue(0, 0), 1e-12);
        assertEquals(1.0, plot.getDataset(1).getYValue(0, 0), 1e-12);
    }

    @Test
    void precisionRecallAndGainsHaveTheirReferenceLines() {
        XYPlot pr = (XYPlot) charts.precisionRecall(classification()).getPlot();
        assertEquals(0.375, pr.getDataset(0).getYValue(1, 0), 1e-12);
        XYPlot gains = (XYPlot) charts.gains(classification()).getPlot();
        assertEquals(3, gains.getDataset(0).getSeriesCount(), "model, random, perfect");
        assertEquals(100, gains.getDataset(1).getItemCount(0), "lift from the first percentile");
        assertEquals(2.0, gains.getDataset(1).getYValue(0, 0), 1e-12);
        assertEquals(2, gains.getRangeAxisCount());
    }

    @Test
    void chartMapsUseTheFileNamesAndChineseTitlesAreChinese() {
        assertEquals(List.of("actual-vs-predicted", "residuals", "coefficients"),
                List.copyOf(charts.regressionCharts(regression(RegressionModel.OLS, 5)).keySet()));
        assertEquals(List.of("roc", "precision-recall", "gains", "importance"),
                List.copyOf(charts.classificationCharts(classification()).keySet()));
        JFreeChart zh = new PredictCharts(new Messages(Locale.SIMPLIFIED_CHINESE)).classifierComparison(List.of(
                new ClassifierScore(ClassificationSettings.of(ClassifierModel.LOGISTIC), 0.8, 0.5, 0.6,
                        new double[] {0.8, 0.82})));
        assertTrue(zh.getTitle().getText().contains("分类器"));
    }
}
