package org.crmworkbench.present.recommend;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.segment.SegmentPalette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a recommender evaluation: the comparison of methods as grouped bars and the neighbour-count curve.
 *
 * <p>The comparison has two panels over the same methods, because the measures live on two scales: the ranking
 * measures and coverage (shares from 0 to 1, higher is better) above, the rating errors RMSE and MAE (in stars,
 * lower is better) below. A method that predicts no ratings has no error bars; a note under the chart names it.
 *
 * <p>The curve plots RMSE (left axis, solid lines) and precision@N (right axis, dashed lines) against k, one colour
 * per kNN method, with the selected k marked.
 */
public final class RecommendCharts {
    static final Stroke SOLID = new BasicStroke(2f);
    static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private final Messages messages;
    private final ChartStyle style;
    private final SegmentPalette palette;

    public RecommendCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()), new SegmentPalette());
    }

    public RecommendCharts(Messages messages, ChartStyle style, SegmentPalette palette) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /**
     * The methods side by side. Subplot 0 holds the ranking measures (series precision@N, recall@N, NDCG@N, MAP@N,
     * hit rate@N, coverage; categories the methods), subplot 1 RMSE and MAE. NaN values are left out.
     *
     * @param dataSet where the ratings came from, named under the chart
     */
    public JFreeChart comparison(List<AlgorithmScores> scores, String dataSet) {
        RecommendationWording wording = new RecommendationWording(messages);
        int n = scores.isEmpty() ? 10 : scores.get(0).n();
        Map<RecommenderAlgorithm, Integer> runsOf = new LinkedHashMap<>();
        scores.forEach(s -> runsOf.merge(s.algorithm(), 1, Integer::sum));
        List<Bars> rows = new ArrayList<>();
        for (AlgorithmScores s : scores) {
            String method = runsOf.get(s.algorithm()) > 1
                    ? messages.get("recommend.chart.comparison.variant", wording.algorithm(s.algorithm()),
                    s.algorithm().usesNeighbours() ? messages.get("recommend.chart.comparison.k",
                    s.settings().neighbours()) : s.parameters())
                    : wording.algorithm(s.algorithm());
            rows.add(new Bars(method, s.precision(), s.recall(), s.ndcg(), s.map(), s.hitRate(), s.coverage(),
                    s.rmse(), s.mae()));
        }
        return comparison(rows, n, dataSet);
    }

    /**
     * The same chart drawn from a stored evaluation (as a report rebuilds it), without the live settings: a method
     * evaluated more than once is told apart by its stored parameters.
     */
    public JFreeChart comparison(RecommendationEvaluationRecord run, String dataSet) {
        RecommendationWording wording = new RecommendationWording(messages);
        Map<String, Integer> runsOf = new LinkedHashMap<>();
        run.scores().forEach(s -> runsOf.merge(s.algorithm(), 1, Integer::sum));
        List<Bars> rows = new ArrayList<>();
        for (RecommendationEvaluationRecord.MethodScore s : run.scores()) {
            String name = methodName(wording, s.algorithm());
            String method = runsOf.get(s.algorithm()) > 1
                    ? messages.get("recommend.chart.comparison.variant", name, variant(s)) : name;
            rows.add(new Bars(method, s.precision(), s.recall(), s.ndcg(), s.map(), s.hitRate(), s.coverage(),
                    s.rmse(), s.mae()));
        }
        return comparison(rows, run.listLength(), dataSet);
    }

    /** What tells runs of one stored method apart: the neighbour count of a kNN method, else its parameters. */
    private String variant(RecommendationEvaluationRecord.MethodScore s) {
        java.util.regex.Matcher k = NEIGHBOURS.matcher(s.parameters() == null ? "" : s.parameters());
        boolean knn = s.algorithm().equals(RecommenderAlgorithm.USER_KNN.cliName())
                || s.algorithm().equals(RecommenderAlgorithm.ITEM_KNN.cliName());
        return knn && k.find() ? messages.get("recommend.chart.comparison.k", Integer.parseInt(k.group(1)))
                : s.parameters();
    }

    private static final java.util.regex.Pattern NEIGHBOURS = java.util.regex.Pattern.compile(
            "(?:neighbours|k)=(\\d+)");

    /** A method's name in words, or its stored command-line name when this version does not know it. */
    public static String methodName(RecommendationWording wording, String cliName) {
        for (RecommenderAlgorithm a : RecommenderAlgorithm.values()) {
            if (a.cliName().equals(cliName)) {
                return wording.algorithm(a);
            }
        }
        return cliName;
    }

    /** One method's bars. */
    private record Bars(String method, double precision, double recall, double ndcg, double map, double hitRate,
                        double coverage, double rmse, double mae) {
    }

    private JFreeChart comparison(List<Bars> rows, int n, String dataSet) {
        DefaultCategoryDataset ranking = new DefaultCategoryDataset();
        DefaultCategoryDataset errors = new DefaultCategoryDataset();
        List<String> withoutRatings = new ArrayList<>();
        for (Bars s : rows) {
            String method = s.method();
            add(ranking, s.precision(), metric("precision", n), method);
            add(ranking, s.recall(), metric("recall", n), method);
            add(ranking, s.ndcg(), metric("ndcg", n), method);
            add(ranking, s.map(), metric("map", n), method);
            add(ranking, s.hitRate(), metric("hitRate", n), method);
            add(ranking, s.coverage(), messages.get("recommend.metric.coverage"), method);
            add(errors, s.rmse(), messages.get("recommend.metric.rmse"), method);
            add(errors, s.mae(), messages.get("recommend.metric.mae"), method);
            if (Double.isNaN(s.rmse()) && Double.isNaN(s.mae())) {
                withoutRatings.add(method);
            }
        }
        CategoryAxis methods = new CategoryAxis(messages.get("recommend.chart.comparison.method"));
        methods.setMaximumCategoryLabelLines(3);
        if (ranking.getColumnCount() > 8) {
            methods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(methods);
        combined.setGap(24);
        combined.add(barPlot(ranking, "recommend.chart.comparison.ranking", 0, false), 3);
        if (errors.getColumnCount() > withoutRatings.size()) {
            combined.add(barPlot(errors, "recommend.chart.comparison.error", 6, true), 2);
        }
        JFreeChart chart = new JFreeChart(messages.get("recommend.chart.comparison.title"),
                JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        note(chart, messages.get("recommend.chart.comparison.reading"));
        note(chart, messages.get("recommend.chart.data", dataSet));
        if (!withoutRatings.isEmpty()) {
            note(chart, messages.get("recommend.chart.noRatings", String.join(", ", withoutRatings)));
        }
        return style.apply(chart);
    }

    private String metric(String key, int n) {
        return messages.get("recommend.metric." + key, n);
    }

    /** Adds a bar; a NaN value is kept as an empty cell so both subplots keep every method in the same place. */
    private static void add(DefaultCategoryDataset data, double value, String series, String method) {
        data.addValue(Double.isFinite(value) ? Double.valueOf(value) : null, series, method);
    }

    private CategoryPlot barPlot(DefaultCategoryDataset data, String axisKey, int firstColour, boolean shortPanel) {
        NumberAxis axis = new NumberAxis(messages.get(axisKey));
        BarRenderer bars = new BarRenderer();
        // the chart theme would otherwise replace the palette with its own colours
        bars.setAutoPopulateSeriesPaint(false);
        bars.setItemMargin(0.04);
        bars.setDrawBarOutline(false);
        for (int s = 0; s < data.getRowCount(); s++) {
            bars.setSeriesPaint(s, palette.colour(firstColour + s));
        }
        CategoryPlot plot = new CategoryPlot(data, null, axis, bars);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (shortPanel) {
            atLeastThreeTicks(axis, data);
        }
        return plot;
    }

    /**
     * A short panel would let the axis choose a tick unit as big as its range (one tick, "0"): the unit is fixed at
     * the standard one that gives about three ticks up to the largest bar.
     */
    private static void atLeastThreeTicks(NumberAxis axis, DefaultCategoryDataset data) {
        double max = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number value = data.getValue(r, c);
                if (value != null && Double.isFinite(value.doubleValue())) {
                    max = Math.max(max, value.doubleValue());
                }
            }
        }
        if (max > 0) {
            double wanted = max / 3.5;
            double decade = Math.pow(10, Math.floor(Math.log10(wanted)));
            double step = decade * 10;
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * decade >= wanted) {
                    step = m * decade;
                    break;
                }
            }
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(step), false, true);
        }
    }

    /**
     * RMSE and precision@N against the neighbour count. Dataset 0 (left axis) holds a RMSE series per method,
     * dataset 1 (right axis) a precision series per method, both sorted by k; {@code selectedK} is marked when
     * positive.
     */
    public JFreeChart neighbourCurve(List<NeighbourPoint> points, int selectedK, String dataSet) {
        RecommendationWording wording = new RecommendationWording(messages);
        int n = points.isEmpty() ? 10 : points.get(0).n();
        Map<RecommenderAlgorithm, List<NeighbourPoint>> byMethod = new LinkedHashMap<>();
        points.stream().sorted(Comparator.comparing(NeighbourPoint::algorithm)
                        .thenComparingInt(NeighbourPoint::neighbours))
                .forEach(p -> byMethod.computeIfAbsent(p.algorithm(), a -> new ArrayList<>()).add(p));
        XYSeriesCollection rmse = new XYSeriesCollection();
        XYSeriesCollection precision = new XYSeriesCollection();
        XYLineAndShapeRenderer rmseLines = new XYLineAndShapeRenderer(true, true);
        XYLineAndShapeRenderer precisionLines = new XYLineAndShapeRenderer(true, true);
        for (XYLineAndShapeRenderer lines : List.of(rmseLines, precisionLines)) {
            lines.setAutoPopulateSeriesPaint(false);
            lines.setAutoPopulateSeriesStroke(false);
        }
        for (Map.Entry<RecommenderAlgorithm, List<NeighbourPoint>> e : byMethod.entrySet()) {
            String method = wording.algorithm(e.getKey());
            XYSeries r = new XYSeries(messages.get("recommend.chart.curve.series", method,
                    messages.get("recommend.metric.rmse")), true, false);
            XYSeries p = new XYSeries(messages.get("recommend.chart.curve.series", method,
                    metric("precision", n)), true, false);
            for (NeighbourPoint point : e.getValue()) {
                if (Double.isFinite(point.rmse())) {
                    r.add(point.neighbours(), point.rmse());
                }
                if (Double.isFinite(point.precision())) {
                    p.add(point.neighbours(), point.precision());
                }
            }
            Color colour = palette.colour(e.getKey() == RecommenderAlgorithm.USER_KNN ? 4 : 5);
            rmseLines.setSeriesPaint(rmse.getSeriesCount(), colour);
            rmseLines.setSeriesStroke(rmse.getSeriesCount(), SOLID);
            rmse.addSeries(r);
            precisionLines.setSeriesPaint(precision.getSeriesCount(), colour);
            precisionLines.setSeriesStroke(precision.getSeriesCount(), DASHED);
            precision.addSeries(p);
        }
        NumberAxis kAxis = new NumberAxis(messages.get("recommend.chart.curve.k"));
        kAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        kAxis.setAutoRangeIncludesZero(true);
        NumberAxis rmseAxis = new NumberAxis(messages.get("recommend.chart.curve.rmse"));
        rmseAxis.setAutoRangeIncludesZero(false);
        NumberAxis precisionAxis = new NumberAxis(messages.get("recommend.chart.curve.precision", n));
        precisionAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(rmse, kAxis, rmseAxis, rmseLines);
        plot.setRangeAxis(1, precisionAxis);
        plot.setDataset(1, precision);
        plot.setRenderer(1, precisionLines);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        if (selectedK > 0) {
            ValueMarker marker = new ValueMarker(selectedK, SegmentPalette.INK, new BasicStroke(1.2f));
            marker.setLabel(messages.get("recommend.chart.curve.selected", selectedK));
            marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
            // inside the plot, right of the line, so the title does not clip it
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
        JFreeChart chart = new JFreeChart(messages.get("recommend.chart.curve.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        note(chart, messages.get("recommend.chart.data", dataSet));
        return style.apply(chart);
    }

    private static void note(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setMargin(new RectangleInsets(4, 0, 0, 0));
        chart.addSubtitle(note);
    }
}
