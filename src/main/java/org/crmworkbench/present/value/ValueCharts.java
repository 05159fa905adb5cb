package org.crmworkbench.present.value;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.crmworkbench.analysis.value.CustomerSummary;
import org.crmworkbench.analysis.value.CustomerValue;
import org.crmworkbench.analysis.value.HoldoutComparison;
import org.crmworkbench.analysis.value.PurchaseModel;
import org.crmworkbench.analysis.value.RfmSegment;
import org.crmworkbench.analysis.value.RfmTable;
import org.crmworkbench.analysis.value.StageHistory;
import org.crmworkbench.analysis.value.StageMigration;
import org.crmworkbench.analysis.value.Tracking;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The value analysis' charts, worded in the reader's language. Colours are Okabe and Ito's: actual figures in
 * near-black or blue, the model's in orange; heat maps run from dark purple (low) to yellow (high).
 */
public final class ValueCharts {
    /** How many customers {@link #charts} puts in the top customers chart. */
    public static final int TOP = 20;
    static final Color ACTUAL = new Color(0x222222);
    static final Color ACTUAL_BAR = new Color(0x0072B2);
    static final Color MODEL = new Color(0xE69F00);

    private final Messages messages;
    private final ChartStyle style;
    private final ValueWords words;
    private final PersonalDataPolicy people;

    public ValueCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    public ValueCharts(Messages messages, ChartStyle style) {
        this(messages, style, PersonalDataPolicy.masked());
    }

    /** Charts naming customers by their ids as {@code people} writes them (as stored, or pseudonymized). */
    public ValueCharts(Messages messages, ChartStyle style, PersonalDataPolicy people) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
        this.words = new ValueWords(messages);
        this.people = Objects.requireNonNull(people, "people");
    }

    /** Customers per RFM segment, the segments in their order from the top, each bar labelled with its count. */
    public JFreeChart rfmSegments(RfmTable rfm) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = messages.get("value.chart.customers");
        int total = 0;
        for (Map.Entry<RfmSegment, Integer> e : rfm.segmentSizes().entrySet()) {
            data.addValue(e.getValue(), series, words.segment(e.getKey()));
            total += e.getValue();
        }
        CategoryAxis segments = new CategoryAxis(messages.get("value.chart.segment"));
        segments.setCategoryMargin(0.25);
        NumberAxis customers = new NumberAxis(messages.get("value.chart.customers"));
        customers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        customers.setUpperMargin(0.12);
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ACTUAL_BAR);
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                java.text.NumberFormat.getIntegerInstance(messages.locale())));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, segments, customers, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(messages.get("value.chart.rfmTitle"), JFreeChart.DEFAULT_TITLE_FONT, plot,
                false);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(messages.get("value.chart.rfmSubtitle", total,
                rfm.bins())));
        return style.apply(chart);
    }

    /** Frequency x recency heat map of the purchases expected over the horizon (at the largest age T). */
    public JFreeChart expectedPurchasesMap(ValueResult result) {
        return maps().expectedPurchases(result.model(), maxFrequency(result), maxAge(result),
                result.settings().clv().horizon(), result.settings().unit().key());
    }

    /** Frequency x recency heat map of P(alive) (at the largest age T). */
    public JFreeChart aliveMap(ValueResult result) {
        return maps().alive(result.model(), maxFrequency(result), maxAge(result), result.settings().unit().key());
    }

    /** The P(alive) map of a saved run, drawn again from its model's parameters. */
    public JFreeChart aliveMap(ValueRunRecord run) {
        PurchaseModel model = SavedModel.of(run);
        return maps().alive(model, run.maxFrequency(), run.maxAge(), run.unit());
    }

    /** Mean holdout purchases, actual against expected, by calibration frequency. */
    public JFreeChart holdout(HoldoutComparison holdout) {
        return holdout(holdout, null);
    }

    /** The holdout chart with the length of the holdout in {@code unitKey}s (null: in periods). */
    JFreeChart holdout(HoldoutComparison holdout, String unitKey) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String actual = messages.get("value.chart.actual");
        String expected = messages.get("value.chart.expected");
        int customers = 0;
        for (HoldoutComparison.Row row : holdout.rows()) {
            data.addValue(row.actual(), actual, row.label());
            data.addValue(row.expected(), expected, row.label());
            customers += row.customers();
        }
        CategoryAxis groups = new CategoryAxis(messages.get("value.chart.calibrationFrequency"));
        groups.setCategoryMargin(0.2);
        String length = FrequencyRecencyMap.number(Math.round(holdout.holdoutLength() * 10) / 10.0);
        NumberAxis mean = new NumberAxis(unitKey == null ? messages.get("value.chart.holdoutAxisPeriods", length)
                : messages.get("value.chart.holdoutAxis", length, words.unit(unitKey)));
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, ACTUAL_BAR);
        bars.setSeriesPaint(1, MODEL);
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, groups, mean, bars);
        JFreeChart chart = new JFreeChart(messages.get("value.chart.holdoutTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(messages.get("value.chart.holdoutSubtitle",
                customers)));
        return style.apply(chart);
    }

    /** Cumulative repeat purchases, actual against the model, with the calibration end marked. */
    public JFreeChart tracking(Tracking tracking) {
        return tracking(tracking, null);
    }

    JFreeChart tracking(Tracking tracking, String modelKey) {
        XYSeries actual = new XYSeries(messages.get("value.chart.actual"), false, true);
        XYSeries expected = new XYSeries(modelKey == null ? messages.get("value.chart.model")
                : messages.get("value.chart.modelNamed", ValueWords.model(modelKey)), false, true);
        for (int i = 0; i < tracking.periodEnds().size(); i++) {
            double x = LifecycleCharts.x(tracking.periodEnds().get(i));
            actual.add(x, tracking.actual()[i]);
            expected.add(x, tracking.expected()[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(actual);
        data.addSeries(expected);
        DateAxis time = new DateAxis(messages.get("value.chart.date"));
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat("yyyy-MM", java.util.Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setDateFormatOverride(format);
        NumberAxis purchases = new NumberAxis(messages.get("value.chart.cumulativePurchases"));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, ACTUAL);
        lines.setSeriesStroke(0, new BasicStroke(1.8f));
        lines.setSeriesPaint(1, MODEL);
        lines.setSeriesStroke(1, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f, 4f}, 0f));
        XYPlot plot = new XYPlot(data, time, purchases, lines);
        int end = tracking.calibrationPeriods() - 1;
        if (end >= 0 && end < tracking.periodEnds().size() - 1) {
            ValueMarker marker = new ValueMarker(LifecycleCharts.x(tracking.periodEnds().get(end)),
                    new Color(0x555555), new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {3f, 3f}, 0f));
            marker.setLabel(messages.get("value.chart.calibrationEnd",
                    tracking.periodEnds().get(end).toString()));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart(messages.get("value.chart.trackingTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        return style.apply(chart);
    }

    /** The distribution of CLV over the customers. */
    public JFreeChart clvDistribution(ValueResult result) {
        double[] clv = result.customers().stream().mapToDouble(CustomerValue::clv).toArray();
        return new ClvCharts(messages, style).histogram(ClvBins.of(clv), clvAxis(result.settings().clv().horizon(),
                result.settings().unit().key(), result.settings().clv().margin()));
    }

    /** The CLV distribution of a saved run. */
    public JFreeChart clvDistribution(ValueRunRecord run) {
        return new ClvCharts(messages, style).histogram(run.clvBins(), clvAxis(run.horizon(), run.unit(),
                run.margin()));
    }

    /** The {@code count} customers with the highest CLV. */
    public JFreeChart topCustomers(ValueResult result, int count) {
        List<CustomerValue> top = top(result, count);
        return new ClvCharts(messages, style).top(top.stream().map(c -> people.id(c.summary().customerId())).toList(),
                top.stream().mapToDouble(CustomerValue::clv).toArray(), clvAxis(result.settings().clv().horizon(),
                        result.settings().unit().key(), result.settings().clv().margin()));
    }

    /** The top customers of a saved run. */
    public JFreeChart topCustomers(ValueRunRecord run) {
        return new ClvCharts(messages, style).top(run.topCustomers().stream()
                        .map(c -> people.id(c.customerId())).toList(),
                run.topCustomers().stream().mapToDouble(ValueRunRecord.TopCustomer::clv).toArray(),
                clvAxis(run.horizon(), run.unit(), run.margin()));
    }

    /** Lifecycle stage sizes over time. */
    public JFreeChart stageSizes(StageHistory stages) {
        return new LifecycleCharts(words, style).stageSizes(stages);
    }

    /** The flow of customers between lifecycle stages from one date to another. */
    public JFreeChart migration(StageMigration migration) {
        return new LifecycleCharts(words, style).migration(migration.from(), migration.to(), migration.counts(),
                migration.arrivals());
    }

    /** The migration flow of a saved run. */
    public JFreeChart migration(ValueRunRecord.Migration migration) {
        return new LifecycleCharts(words, style).migration(migration.from(), migration.to(), migration.counts(),
                migration.arrivals());
    }

    /**
     * Every chart the command line writes, by file name without extension: {@code rfm-segments},
     * {@code expected-purchases-map}, {@code p-alive-map}, {@code holdout} (only with a holdout), {@code tracking},
     * {@code clv-distribution}, {@code top-customers}, {@code lifecycle-stages}, {@code migration}.
     */
    public Map<String, JFreeChart> charts(ValueResult result) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("rfm-segments", rfmSegments(result.rfm()));
        charts.put("expected-purchases-map", expectedPurchasesMap(result));
        charts.put("p-alive-map", aliveMap(result));
        if (result.holdout() != null) {
            charts.put("holdout", holdout(result.holdout(), result.settings().unit().key()));
        }
        if (result.tracking() != null) {
            charts.put("tracking", tracking(result.tracking(), result.model().kind().key()));
        }
        charts.put("clv-distribution", clvDistribution(result));
        charts.put("top-customers", topCustomers(result, TOP));
        if (result.stages() != null) {
            charts.put("lifecycle-stages", stageSizes(result.stages()));
        }
        if (result.migration() != null) {
            charts.put("migration", migration(result.migration()));
        }
        return charts;
    }

    /** The {@code count} customers of highest CLV, highest first (ties by customer id). */
    static List<CustomerValue> top(ValueResult result, int count) {
        List<CustomerValue> all = new ArrayList<>(result.customers());
        all.sort(Comparator.comparingDouble((CustomerValue c) -> Double.isFinite(c.clv()) ? -c.clv()
                : Double.POSITIVE_INFINITY).thenComparing(c -> c.summary().customerId()));
        return all.subList(0, Math.min(Math.max(count, 0), all.size()));
    }

    static int maxFrequency(ValueResult result) {
        return result.summaries().customers().stream().mapToInt(CustomerSummary::frequency).max().orElse(0);
    }

    static double maxAge(ValueResult result) {
        return result.summaries().customers().stream().mapToDouble(CustomerSummary::age).max().orElse(0);
    }

    private FrequencyRecencyMap maps() {
        return new FrequencyRecencyMap(words, style);
    }

    private String clvAxis(int horizon, String unitKey, double margin) {
        return messages.get("value.chart.clvAxis", horizon, words.unit(unitKey), margin);
    }
}
