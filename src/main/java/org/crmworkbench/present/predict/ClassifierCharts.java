package org.crmworkbench.present.predict;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.ConfusionMatrix;
import org.crmworkbench.analysis.predict.GainsCurve;
import org.crmworkbench.analysis.predict.Importance;
import org.crmworkbench.analysis.predict.PrecisionRecallCurve;
import org.crmworkbench.analysis.predict.RocCurve;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The classification charts of {@link PredictCharts}: ROC, precision-recall, gains and lift, importance. */
final class ClassifierCharts {
    private final Messages messages;
    private final ChartStyle style;
    private final TermLabels terms;

    ClassifierCharts(Messages messages, ChartStyle style, TermLabels terms) {
        this.messages = messages;
        this.style = style;
        this.terms = terms;
    }

    /** Dataset 0: the curve (AUC in its name) and the diagonal; dataset 1: the point of {@code threshold}. */
    JFreeChart roc(ClassificationResult result, double threshold) {
        RocCurve roc = result.roc();
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(ChartParts.series(messages.get("predict.chart.roc.curve", roc.auc()),
                roc.falsePositiveRate(), roc.truePositiveRate()));
        lines.addSeries(ChartParts.series(messages.get("predict.chart.random"), new double[] {0, 1},
                new double[] {0, 1}));
        ConfusionMatrix at = result.confusion(threshold);
        XYPlot plot = new XYPlot(lines, unitAxis("predict.chart.roc.fpr"), unitAxis("predict.chart.roc.tpr"),
                ChartParts.lines(List.of(ChartParts.BLUE, ChartParts.GREY), List.of(ChartParts.LINE,
                        ChartParts.DASHED)));
        marker(plot, 1 - at.specificity(), at.recall(), threshold);
        return finish(messages.get("predict.chart.roc.title", target(result)), plot, result);
    }

    /** Dataset 0: the curve (AP in its name) and the base rate; dataset 1: the point of {@code threshold}. */
    JFreeChart precisionRecall(ClassificationResult result, double threshold) {
        PrecisionRecallCurve pr = result.precisionRecall();
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(ChartParts.series(messages.get("predict.chart.pr.curve", pr.averagePrecision()),
                pr.recall(), pr.precision()));
        lines.addSeries(ChartParts.series(messages.get("predict.chart.pr.baseRate", pr.baseRate()),
                new double[] {0, 1}, new double[] {pr.baseRate(), pr.baseRate()}));
        XYPlot plot = new XYPlot(lines, unitAxis("predict.chart.pr.recall"), unitAxis("predict.chart.pr.precision"),
                ChartParts.lines(List.of(ChartParts.BLUE, ChartParts.GREY), List.of(ChartParts.LINE,
                        ChartParts.DASHED)));
        ConfusionMatrix at = result.confusion(threshold);
        if (Double.isFinite(at.precision())) {
            marker(plot, at.recall(), at.precision(), threshold);
        }
        return finish(messages.get("predict.chart.pr.title", target(result)), plot, result);
    }

    /**
     * Dataset 0 (left axis, share of positives reached): the model's gains, random and perfect; dataset 1 (right
     * axis): the model's lift from the first percentile on.
     */
    JFreeChart gains(ClassificationResult result) {
        GainsCurve g = result.gains();
        double base = result.precisionRecall().baseRate();
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(ChartParts.series(messages.get("predict.chart.gains.model"), g.populationShare(),
                g.positivesShare()));
        lines.addSeries(ChartParts.series(messages.get("predict.chart.random"), new double[] {0, 1},
                new double[] {0, 1}));
        lines.addSeries(ChartParts.series(messages.get("predict.chart.gains.perfect"),
                new double[] {0, Math.min(1, base), 1}, new double[] {0, 1, 1}));
        XYSeries lift = new XYSeries(messages.get("predict.chart.gains.lift"));
        for (int i = 0; i < g.populationShare().length; i++) {
            if (Double.isFinite(g.lift(i)) && g.populationShare()[i] >= 0.01) {
                lift.add(g.populationShare()[i], g.lift(i));
            }
        }
        XYPlot plot = new XYPlot(lines, unitAxis("predict.chart.gains.contacted"),
                unitAxis("predict.chart.gains.reached"), ChartParts.lines(List.of(ChartParts.BLUE, ChartParts.GREY,
                ChartParts.GREEN), List.of(ChartParts.LINE, ChartParts.DASHED, ChartParts.DASHED)));
        NumberAxis liftAxis = new NumberAxis(messages.get("predict.chart.gains.liftAxis"));
        liftAxis.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(1, liftAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, new XYSeriesCollection(lift));
        plot.setRenderer(1, ChartParts.lines(List.of(ChartParts.ORANGE), List.of(ChartParts.LINE)));
        plot.mapDatasetToRangeAxis(1, 1);
        return finish(messages.get("predict.chart.gains.title", target(result)), plot, result);
    }

    JFreeChart importance(ClassificationResult result) {
        List<Importance> items = result.importance().stream()
                .filter(i -> !Coefficient.INTERCEPT.equals(i.feature())).toList();
        boolean permutation = result.importanceKind() == Importance.Kind.PERMUTATION;
        String axis = messages.get(permutation ? "predict.chart.importance.aucFall"
                : "predict.chart.importance.logOdds");
        XYPlot plot = ChartParts.intervals(items, PredictCharts.labels(items, terms), axis,
                messages.get(permutation ? "predict.chart.importance.series" : "predict.chart.coefficient.series"),
                permutation);
        JFreeChart chart = new JFreeChart(messages.get(permutation ? "predict.chart.importance.title"
                : "predict.chart.coefficients.title", target(result)), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartParts.note(chart, messages.get(permutation ? "predict.chart.importance.reading"
                : "predict.chart.logOdds.reading"));
        ChartParts.note(chart, messages.get("predict.chart.data", result.data().source(), result.data().rows()));
        return style.apply(chart);
    }

    JFreeChart comparison(List<ClassifierScore> scores) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        String series = messages.get("predict.chart.classifierComparison.cvAuc");
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.size(); i++) {
            ClassifierScore s = scores.get(i);
            double value = Double.isFinite(s.cvAuc()) ? s.cvAuc() : s.auc();
            data.add(value, Double.isFinite(s.cvAucSd()) ? s.cvAucSd() : 0, series,
                    messages.get("predict.ui.classifier." + s.settings().model().key()));
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        JFreeChart chart = new JFreeChart(messages.get("predict.chart.classifierComparison.title"),
                JFreeChart.DEFAULT_TITLE_FONT, PredictCharts.bestBars(data, best,
                messages.get("predict.chart.comparison.model"),
                messages.get("predict.chart.classifierComparison.aucAxis")), false);
        ChartParts.note(chart, messages.get("predict.chart.classifierComparison.reading"));
        return style.apply(chart);
    }

    private void marker(XYPlot plot, double x, double y, double threshold) {
        XYSeries point = new XYSeries(messages.get("predict.chart.thresholdPoint", threshold));
        if (Double.isFinite(x) && Double.isFinite(y)) {
            point.add(x, y);
        }
        XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
        dot.setAutoPopulateSeriesPaint(false);
        dot.setAutoPopulateSeriesShape(false);
        dot.setSeriesPaint(0, ChartParts.VERMILLION);
        dot.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, new XYSeriesCollection(point));
        plot.setRenderer(1, dot);
    }

    private NumberAxis unitAxis(String key) {
        NumberAxis axis = new NumberAxis(messages.get(key));
        axis.setRange(0, 1.02);
        return axis;
    }

    private String target(ClassificationResult result) {
        return terms.label(result.data().target());
    }

    private JFreeChart finish(String title, XYPlot plot, ClassificationResult result) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        ChartParts.note(chart, messages.get("predict.chart.heldOutNote", result.data().source(),
                result.heldOut().size(), messages.get("predict.ui.classifier." + result.settings().model().key())));
        chart.setBackgroundPaint(Color.WHITE);
        return style.apply(chart);
    }
}
