package org.crmworkbench.present.predict;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.analysis.predict.ClassificationResult;
import org.crmworkbench.analysis.predict.ClassifierScore;
import org.crmworkbench.analysis.predict.Coefficient;
import org.crmworkbench.analysis.predict.HeldOut;
import org.crmworkbench.analysis.predict.Importance;
import org.crmworkbench.analysis.predict.ModelScore;
import org.crmworkbench.analysis.predict.RegressionResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of the Predict workspace, for the window and for files. Every chart names the data set and the number
 * of rows it shows in a note under it; colours are Okabe and Ito's; clouds above {@value ChartParts#FAST_POINTS}
 * points are drawn as dots.
 */
public final class PredictCharts {
    private final Messages messages;
    private final ChartStyle style;
    private final TermLabels terms;
    private final ClassifierCharts classifier;

    public PredictCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    public PredictCharts(Messages messages, ChartStyle style) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
        this.terms = new TermLabels(messages);
        this.classifier = new ClassifierCharts(messages, style, terms);
    }

    /**
     * Held-out actual values (y) against predictions (x), with the line of perfect prediction: dataset 0 holds the
     * points, dataset 1 the line y = x across the range of both.
     */
    public JFreeChart actualVsPredicted(RegressionResult result) {
        HeldOut h = result.heldOut();
        String target = terms.label(result.data().target());
        XYSeries points = ChartParts.series(messages.get("predict.chart.heldOutRows"), h.predicted(), h.actual());
        double lo = Math.min(min(h.actual()), min(h.predicted()));
        double hi = Math.max(max(h.actual()), max(h.predicted()));
        XYSeries diagonal = new XYSeries(messages.get("predict.chart.perfect"));
        if (lo <= hi) {
            diagonal.add(lo, lo);
            diagonal.add(hi, hi);
        }
        XYPlot plot = new XYPlot(new XYSeriesCollection(points),
                new NumberAxis(messages.get("predict.chart.predicted", target)),
                new NumberAxis(messages.get("predict.chart.actual", target)),
                ChartParts.cloud(h.size(), ChartParts.BLUE));
        plot.setDataset(1, new XYSeriesCollection(diagonal));
        plot.setRenderer(1, ChartParts.lines(List.of(ChartParts.VERMILLION), List.of(ChartParts.DASHED)));
        return finish(messages.get("predict.chart.actualVsPredicted.title", target), plot, result);
    }

    /** Held-out residuals (actual minus predicted, y) against predictions (x), with the zero line. */
    public JFreeChart residuals(RegressionResult result) {
        HeldOut h = result.heldOut();
        String target = terms.label(result.data().target());
        double[] residual = new double[h.size()];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = h.actual()[i] - h.predicted()[i];
        }
        XYSeries points = ChartParts.series(messages.get("predict.chart.heldOutRows"), h.predicted(), residual);
        XYPlot plot = new XYPlot(new XYSeriesCollection(points),
                new NumberAxis(messages.get("predict.chart.predicted", target)),
                new NumberAxis(messages.get("predict.chart.residual", target)),
                ChartParts.cloud(h.size(), ChartParts.BLUE));
        plot.addRangeMarker(new ValueMarker(0, ChartParts.VERMILLION, new BasicStroke(1.4f)));
        return finish(messages.get("predict.chart.residuals.title", target), plot, result);
    }

    /**
     * Standardised coefficients with 95% intervals (linear models; the intercept left out) or permutation
     * importance with the range of the shuffles as whiskers and bars (other models).
     */
    public JFreeChart coefficients(RegressionResult result) {
        List<Importance> items = result.importance().stream()
                .filter(i -> !Coefficient.INTERCEPT.equals(i.feature())).toList();
        boolean permutation = result.importanceKind() == Importance.Kind.PERMUTATION;
        String axis = permutation ? messages.get("predict.chart.importance.rmseRise", terms.label(result.data()
                .target())) : messages.get("predict.chart.importance.standardised");
        XYPlot plot = ChartParts.intervals(items, items.stream().map(i -> terms.label(i.feature())).toList(), axis,
                messages.get(permutation ? "predict.chart.importance.series" : "predict.chart.coefficient.series"),
                permutation);
        String title = messages.get(permutation ? "predict.chart.importance.title"
                : "predict.chart.coefficients.title", terms.label(result.data().target()));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartParts.note(chart, messages.get(permutation ? "predict.chart.importance.reading"
                : "predict.chart.coefficients.reading"));
        ChartParts.note(chart, messages.get("predict.chart.data", result.data().source(), result.data().rows()));
        return style.apply(chart);
    }

    /** Cross-validated RMSE per model (bars) with its standard deviation over the folds (whiskers); best darker. */
    public JFreeChart comparison(List<ModelScore> scores) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        String series = messages.get("predict.chart.comparison.cvRmse");
        int best = -1;
        for (int i = 0; i < scores.size(); i++) {
            ModelScore s = scores.get(i);
            double value = Double.isFinite(s.cvRmse()) ? s.cvRmse() : s.test().rmse();
            double sd = Double.isFinite(s.cvRmseSd()) ? s.cvRmseSd() : 0;
            data.add(value, sd, series, messages.get("predict.ui.model." + s.settings().model().key()));
            if (best < 0 || value < (Double.isFinite(scores.get(best).cvRmse()) ? scores.get(best).cvRmse()
                    : scores.get(best).test().rmse())) {
                best = i;
            }
        }
        CategoryPlot plot = bestBars(data, best, messages.get("predict.chart.comparison.model"),
                messages.get("predict.chart.comparison.rmseAxis"));
        JFreeChart chart = new JFreeChart(messages.get("predict.chart.comparison.title"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartParts.note(chart, messages.get("predict.chart.comparison.reading"));
        return style.apply(chart);
    }

    /** Bars with whiskers; the bar at {@code best} is drawn in a darker colour. */
    static CategoryPlot bestBars(DefaultStatisticalCategoryDataset data, int best, String categoryAxis,
                                 String valueAxis) {
        StatisticalBarRenderer bars = new StatisticalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == best ? ChartParts.BLUE : ChartParts.SKY;
            }
        };
        bars.setAutoPopulateSeriesPaint(false);
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setErrorIndicatorPaint(ChartParts.GREY.darker());
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.12);
        NumberAxis values = new NumberAxis(valueAxis);
        values.setAutoRangeIncludesZero(true);
        CategoryAxis models = new CategoryAxis(categoryAxis);
        models.setMaximumCategoryLabelLines(2);
        return new CategoryPlot(data, models, values, bars);
    }

    public JFreeChart roc(ClassificationResult result) {
        return classifier.roc(result, result.threshold());
    }

    /** ROC with the point of {@code threshold} marked. */
    public JFreeChart roc(ClassificationResult result, double threshold) {
        return classifier.roc(result, threshold);
    }

    public JFreeChart precisionRecall(ClassificationResult result) {
        return classifier.precisionRecall(result, result.threshold());
    }

    /** Precision-recall with the point of {@code threshold} marked. */
    public JFreeChart precisionRecall(ClassificationResult result, double threshold) {
        return classifier.precisionRecall(result, threshold);
    }

    /** Cumulative gains with the random and perfect lines, and lift on the right axis. */
    public JFreeChart gains(ClassificationResult result) {
        return classifier.gains(result);
    }

    /** Coefficients (logistic) or permutation importance (trees) of a classifier. */
    public JFreeChart importance(ClassificationResult result) {
        return classifier.importance(result);
    }

    /** Cross-validated AUC per classifier with its spread. */
    public JFreeChart classifierComparison(List<ClassifierScore> scores) {
        return classifier.comparison(scores);
    }

    /** The regression charts by file name: {@code actual-vs-predicted}, {@code residuals}, {@code coefficients}. */
    public Map<String, JFreeChart> regressionCharts(RegressionResult result) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("actual-vs-predicted", actualVsPredicted(result));
        charts.put("residuals", residuals(result));
        charts.put("coefficients", coefficients(result));
        return charts;
    }

    /** The classification charts by file name: {@code roc}, {@code precision-recall}, {@code gains}, {@code importance}. */
    public Map<String, JFreeChart> classificationCharts(ClassificationResult result) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("roc", roc(result));
        charts.put("precision-recall", precisionRecall(result));
        charts.put("gains", gains(result));
        charts.put("importance", importance(result));
        return charts;
    }

    private JFreeChart finish(String title, XYPlot plot, RegressionResult result) {
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartParts.note(chart, messages.get("predict.chart.heldOutNote", result.data().source(),
                result.heldOut().size(), messages.get("predict.ui.model." + result.settings().model().key())));
        return style.apply(chart);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                m = Math.min(m, x);
            }
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                m = Math.max(m, x);
            }
        }
        return m;
    }

    static List<String> labels(List<Importance> items, TermLabels terms) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(terms.label(i.feature())));
        return out;
    }
}
