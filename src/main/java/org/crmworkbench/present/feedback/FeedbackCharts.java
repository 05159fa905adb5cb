package org.crmworkbench.present.feedback;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The Feedback charts, drawn from a run record (the window's current result, a saved run or the verb's result):
 * sentiment over time with volumes, breakdown bars, aspects, topics and labels by language. Every word comes from
 * the bundles ({@link FeedbackWords}); sentiment is coloured the same everywhere ({@link SentimentColours}).
 *
 * <p>Datasets, for tests and the window's tooltips: the timeline's dataset 0 holds the texts per label (rows
 * positive, neutral, negative in words; columns the periods in words), dataset 1 the mean score (one row, null for
 * an empty period) on the second axis, fixed to [-1, 1]; a breakdown's one dataset holds the texts per label (rows
 * as the timeline's; columns "value (texts)", most texts first), drawn as 100% bars. Aspects and topics: see
 * {@link AspectTopicCharts}.
 */
public final class FeedbackCharts {
    /** The labels in the order bars stack them (bottom to top) and legends list them. */
    public static final List<String> LABELS = List.of("positive", "neutral", "negative");
    /** The breakdowns in the order {@link #charts} gives them (file {@code labels-by-language}, then the codes). */
    public static final List<String> DIMENSIONS = List.of("language", "channel", "product", "category", "region",
            "segment", "sales-rep");
    /** The breakdowns whose values are people: shown as the {@link PersonalDataPolicy} says. */
    static final Set<String> PERSONAL = Set.of("sales-rep");
    /** Bars of a breakdown at most: the values with most texts. */
    public static final int MAX_BARS = 15;
    /** Periods the timeline names every one of; beyond it only every n-th. */
    static final int NAMED_PERIODS = 24;
    /**
     * A breakdown value's name keeps this many columns (a Chinese character counts two) when the chart has more than
     * ten bars, twice as many otherwise (two lines), so its number of texts stays in sight.
     */
    static final int NAME_WIDTH = 36;
    /** A segment of a 100% bar gets its share written on it from this share on. */
    static final double LABELLED_SHARE = 0.08;

    private final Messages messages;
    private final ChartStyle style;
    private final FeedbackWords words;
    private final PersonalDataPolicy people;

    /** Charts naming sales reps as stored (for the window's own views). */
    public FeedbackCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    /** Charts naming sales reps as {@code people} says (for files). */
    public FeedbackCharts(Messages messages, PersonalDataPolicy people) {
        this(messages, new ChartStyle(new ChartFonts()), people);
    }

    public FeedbackCharts(Messages messages, ChartStyle style) {
        this(messages, style, PersonalDataPolicy.withNames());
    }

    public FeedbackCharts(Messages messages, ChartStyle style, PersonalDataPolicy people) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
        this.words = new FeedbackWords(messages);
        this.people = Objects.requireNonNull(people, "people");
    }

    /**
     * Every chart by its file name without extension, in a fixed order, those the run has data for only:
     * {@code timeline}, {@code labels-by-language}, {@code channel}, {@code product}, {@code category},
     * {@code region}, {@code segment}, {@code sales-rep}, {@code aspects}, {@code topics}.
     */
    public Map<String, JFreeChart> charts(FeedbackRunRecord run) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        if (!run.timeline().isEmpty()) {
            charts.put("timeline", timeline(run));
        }
        for (String dimension : DIMENSIONS) {
            if (run.groups().stream().anyMatch(g -> g.dimension().equals(dimension))) {
                charts.put(fileName(dimension), breakdown(run, dimension));
            }
        }
        if (!run.aspects().isEmpty()) {
            charts.put("aspects", aspects(run));
        }
        if (!run.topics().isEmpty()) {
            charts.put("topics", topics(run));
        }
        return charts;
    }

    /** The file name of a breakdown's chart: {@code labels-by-language} for the language, else the dimension. */
    public static String fileName(String dimension) {
        return "language".equals(dimension) ? "labels-by-language" : dimension;
    }

    /** Mean score as a line over stacked positive / neutral / negative volumes per period. */
    public JFreeChart timeline(FeedbackRunRecord run) {
        DefaultCategoryDataset volumes = new DefaultCategoryDataset();
        DefaultCategoryDataset mean = new DefaultCategoryDataset();
        String meanName = messages.get("feedback.chart.meanScore");
        List<String> periods = new ArrayList<>();
        int texts = 0;
        for (FeedbackRunRecord.Period p : run.timeline()) {
            String period = words.periodStart(p.start(), run.period());
            periods.add(period);
            FeedbackRunRecord.Counts c = p.counts();
            addCounts(volumes, c, period);
            mean.addValue(Double.isFinite(c.meanScore()) && c.total() > 0 ? (Double) c.meanScore() : null, meanName,
                    period);
            texts += c.total();
        }
        int step = periods.size() <= NAMED_PERIODS ? 1 : (int) Math.ceil(periods.size() / (double) NAMED_PERIODS);
        SparseCategoryAxis axis = new SparseCategoryAxis(messages.get("feedback.chart.periodAxis",
                words.period(run.period())), periods, step);
        axis.setCategoryMargin(0.15);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        if (periods.size() > 8) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis count = new NumberAxis(messages.get("feedback.chart.textsAxis"));
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis score = new NumberAxis(messages.get("feedback.chart.meanAxis"));
        score.setRange(-1, 1);
        score.setAutoRange(false);
        score.setTickUnit(new NumberTickUnit(0.25));
        StackedBarRenderer bars = labelBars(false);
        bars.setDefaultToolTipGenerator(new SentimentTips((data, row, column) -> messages.get(
                "feedback.chart.periodTip",
                data.getColumnKey(column), data.getRowKey(row), data.getValue(row, column))));
        CategoryPlot plot = new CategoryPlot(volumes, axis, count, bars);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, periods.size() <= 60);
        line.setSeriesPaint(0, SentimentColours.MEAN);
        line.setSeriesStroke(0, new BasicStroke(2.2f));
        line.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        line.setAutoPopulateSeriesPaint(false);
        line.setDefaultToolTipGenerator(new SentimentTips((data, row, column) -> messages.get(
                "feedback.chart.meanTip",
                data.getColumnKey(column), data.getValue(row, column))));
        plot.setDataset(1, mean);
        plot.setRenderer(1, line);
        plot.setRangeAxis(1, score);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ValueMarker zero = new ValueMarker(0, SentimentColours.MEAN, new BasicStroke(0.8f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1, new float[] {4, 3}, 0));
        plot.addRangeMarker(1, zero, Layer.BACKGROUND);
        plot.setNoDataMessage(messages.get("feedback.chart.noTexts"));
        JFreeChart chart = new JFreeChart(messages.get("feedback.chart.timelineTitle"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(messages.get("feedback.chart.timelineNote", texts,
                words.period(run.period()))));
        style.apply(chart);
        if (periods.size() > NAMED_PERIODS) {
            axis.setTickLabelFont(axis.getTickLabelFont().deriveFont((float) ChartStyle.SMALL_SIZE));
        }
        return chart;
    }

    /** Stacked label shares of the values of one dimension (its code), most texts first (at most 15 bars). */
    public JFreeChart breakdown(FeedbackRunRecord run, String dimension) {
        List<FeedbackRunRecord.Group> groups = run.groups().stream().filter(g -> g.dimension().equals(dimension))
                .toList();
        List<FeedbackRunRecord.Group> shown = groups.subList(0, Math.min(MAX_BARS, groups.size()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean person = PERSONAL.contains(dimension);
        for (FeedbackRunRecord.Group g : shown) {
            String value = person ? people.name(g.name()) : g.name();
            String column = messages.get("feedback.chart.valueWithTexts", clip(words.value(dimension, value),
                    shown.size() > 10 ? NAME_WIDTH : 2 * NAME_WIDTH), g.counts().total());
            String worded = column;
            for (int n = 2; data.getColumnIndex(column) >= 0; n++) {
                // two values worded alike ("online" and "Online", two reps with the same initials): told apart by
                // the value as stored, or for people by a number (their names are not to be shown)
                String mark = person ? Integer.toString(n) : n == 2 ? g.name() : g.name() + " " + n;
                column = worded + " \u00b7 " + mark;
            }
            addCounts(data, g.counts(), column);
        }
        String dimensionWords = words.dimension(dimension);
        CategoryAxis values = new CategoryAxis(dimensionWords);
        // many bars: one line each (a long name is cut short; the tooltip has it whole), else up to two
        values.setMaximumCategoryLabelWidthRatio(shown.size() > 10 ? 0.38f : 0.32f);
        values.setMaximumCategoryLabelLines(shown.size() > 10 ? 1 : 2);
        values.setCategoryMargin(0.25);
        values.setLowerMargin(0.02);
        values.setUpperMargin(0.02);
        NumberAxis share = new NumberAxis(messages.get("feedback.chart.shareAxis"));
        share.setNumberFormatOverride(NumberFormat.getPercentInstance(messages.locale()));
        share.setRange(0, 1);
        StackedBarRenderer bars = labelBars(true);
        bars.setDefaultToolTipGenerator(new SentimentTips(this::tip));
        bars.setDefaultItemLabelGenerator(new ShareLabels(messages.locale()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        // the light grey of neutral keeps dark writing in either look; the others follow the look
        bars.setSeriesItemLabelPaint(1, ChartStyle.TEXT);
        bars.setMaximumBarWidth(shown.size() <= 4 ? 0.14 : 0.08);
        CategoryPlot plot = new CategoryPlot(data, values, share, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage(messages.get("feedback.chart.noValues"));
        JFreeChart chart = new JFreeChart(messages.get("feedback.chart.breakdownTitle",
                dimensionWords.toLowerCase(messages.locale())),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(groups.size() > shown.size()
                ? messages.get("feedback.chart.breakdownNoteTop", shown.size(), groups.size())
                : messages.get("feedback.chart.breakdownNote", groups.size())));
        style.apply(chart);
        bars.setDefaultItemLabelFont(new Font(style.familyFor(chart), Font.BOLD, ChartStyle.SMALL_SIZE));
        return chart;
    }

    /** Each aspect's positive and negative share. */
    public JFreeChart aspects(FeedbackRunRecord run) {
        return new AspectTopicCharts(messages, style, words).aspects(run);
    }

    /** Topic sizes with their mean sentiment. */
    public JFreeChart topics(FeedbackRunRecord run) {
        return new AspectTopicCharts(messages, style, words).topics(run);
    }

    /** {@code name} cut to {@code columns} (wide characters count two) with an ellipsis when longer. */
    static String clip(String name, int columns) {
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int width = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c < 0xFF61
                    ? 2 : 1;
            if (used + width > columns - 1 && i + Character.charCount(c) < name.length()) {
                return name.substring(0, i).stripTrailing() + "\u2026";
            }
            used += width;
            i += Character.charCount(c);
        }
        return name;
    }

    /** Adds a group's texts per label (rows {@link #LABELS} in words) as column {@code column}. */
    private void addCounts(DefaultCategoryDataset data, FeedbackRunRecord.Counts c, String column) {
        data.addValue(c.positive(), words.label("positive"), column);
        data.addValue(c.neutral(), words.label("neutral"), column);
        data.addValue(c.negative(), words.label("negative"), column);
    }

    /** Stacked bars in the label colours, flat, no outline; as 100% bars when {@code percentages}. */
    private static StackedBarRenderer labelBars(boolean percentages) {
        StackedBarRenderer bars = new StackedBarRenderer(percentages);
        bars.setAutoPopulateSeriesPaint(false);
        for (int s = 0; s < LABELS.size(); s++) {
            bars.setSeriesPaint(s, SentimentColours.of(LABELS.get(s)));
        }
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        return bars;
    }

    /** "Online (594): positive 240 of 594 (40%)". */
    private String tip(CategoryDataset data, int row, int column) {
        double total = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            Number v = data.getValue(r, column);
            total += v == null ? 0 : v.doubleValue();
        }
        Number value = data.getValue(row, column);
        double v = value == null ? 0 : value.doubleValue();
        return messages.get("feedback.chart.shareTip", data.getColumnKey(column), data.getRowKey(row), v, total,
                total == 0 ? 0 : v / total);
    }

    /** A segment's share of its bar ("40%"), left out below {@link #LABELLED_SHARE} where it would not fit. */
    static final class ShareLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final Locale locale;

        ShareLabels(Locale locale) {
            super("{3}", NumberFormat.getIntegerInstance(locale), new DecimalFormat("0%"));
            this.locale = locale;
        }

        @Override
        public String generateLabel(CategoryDataset data, int row, int column) {
            double total = 0;
            for (int r = 0; r < data.getRowCount(); r++) {
                Number v = data.getValue(r, column);
                total += v == null ? 0 : v.doubleValue();
            }
            Number value = data.getValue(row, column);
            if (total == 0 || value == null || value.doubleValue() / total < LABELLED_SHARE) {
                return null;
            }
            return NumberFormat.getPercentInstance(locale).format(value.doubleValue() / total);
        }
    }
}
