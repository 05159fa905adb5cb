package org.crmworkbench.present.assistant;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Assistant's charts, drawn from a run record so that the window, {@code workbench assistant --evaluate} and the
 * reports show the same pictures: the trade-off as the threshold moves (answered correctly, handed over, answered
 * wrongly, with the threshold in force marked), the intents' precision and recall, and the most confused intent pairs.
 *
 * <p>Datasets, for tests and the window's tooltips: the trade-off's one XY dataset holds three series (answered
 * correctly, handed over, answered wrongly, in words), x the threshold, y the share of the questions (0..1, drawn as
 * 0% to 100%), with one domain marker at the marked threshold; the intents chart's category dataset has rows precision
 * and recall (in words) and columns "intent (test questions)", worst F1 first; the confusion chart's one row holds the
 * questions per pair, columns "expected → answered", most frequent first.
 */
public final class AssistantCharts {
    /** Intents the intents chart shows at most: those of lowest F1. */
    public static final int MAX_INTENTS = 25;
    /** Confusion pairs the confusion chart shows at most: the most frequent. */
    public static final int MAX_CONFUSIONS = 15;
    /** Columns an intent's name keeps on a category axis (a Chinese character counts two). */
    static final int NAME_WIDTH = 34;
    /** Columns each intent of a confusion pair keeps. */
    static final int PAIR_WIDTH = 26;
    /** The intents chart writes each bar's value on it up to this many intents. */
    static final int ITEM_LABELS = 12;

    static final Color CORRECT = new Color(0x009E73);
    static final Color HANDED_OVER = new Color(0x0072B2);
    static final Color WRONG = new Color(0xD55E00);
    static final Color PRECISION = new Color(0x0072B2);
    static final Color RECALL = new Color(0xE69F00);
    static final Color MARKER = new Color(0x33, 0x33, 0x33);

    private final Messages messages;
    private final ChartStyle style;

    public AssistantCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    public AssistantCharts(Messages messages, ChartStyle style) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Every chart of {@code run} by file base name ({@code tradeoff}, {@code intents}, {@code confusion}). */
    public Map<String, JFreeChart> charts(AssistantRunRecord run) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("tradeoff", tradeOff(run, run.threshold()));
        charts.put("intents", intents(run));
        charts.put("confusion", confusion(run));
        return charts;
    }

    /** Answered correctly / handed over / answered wrongly (shares of the questions) against the threshold. */
    public JFreeChart tradeOff(AssistantRunRecord run, double markedThreshold) {
        XYSeries correct = new XYSeries(messages.get("assistant.chart.correct"));
        XYSeries handed = new XYSeries(messages.get("assistant.chart.handedOver"));
        XYSeries wrong = new XYSeries(messages.get("assistant.chart.wrong"));
        AssistantRunRecord.CurvePoint nearest = null;
        for (AssistantRunRecord.CurvePoint p : run.curve()) {
            int total = p.answeredCorrectly() + p.handedOver() + p.answeredWrongly();
            if (total == 0) {
                continue;
            }
            correct.add(p.threshold(), (double) p.answeredCorrectly() / total);
            handed.add(p.threshold(), (double) p.handedOver() / total);
            wrong.add(p.threshold(), (double) p.answeredWrongly() / total);
            if (nearest == null || Math.abs(p.threshold() - markedThreshold)
                    < Math.abs(nearest.threshold() - markedThreshold)) {
                nearest = p;
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(correct);
        data.addSeries(handed);
        data.addSeries(wrong);
        NumberAxis threshold = new NumberAxis(messages.get("assistant.chart.thresholdAxis"));
        threshold.setRange(0, 1);
        NumberAxis share = new NumberAxis(messages.get("assistant.chart.shareAxis"));
        share.setRange(0, 1.0001);
        share.setTickUnit(new NumberTickUnit(0.1, NumberFormat.getPercentInstance(messages.locale())));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setAutoPopulateSeriesPaint(false);
        List<Color> colours = List.of(CORRECT, HANDED_OVER, WRONG);
        for (int s = 0; s < colours.size(); s++) {
            lines.setSeriesPaint(s, colours.get(s));
            lines.setSeriesStroke(s, new BasicStroke(2.2f));
        }
        // drawn last, dashed: a wrong-answer line that runs along another stays in sight
        lines.setSeriesStroke(2, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {7, 4}, 0));
        NumberFormat percent = NumberFormat.getPercentInstance(messages.locale());
        NumberFormat two = NumberFormat.getNumberInstance(messages.locale());
        two.setMinimumFractionDigits(2);
        two.setMaximumFractionDigits(2);
        lines.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(
                messages.get("assistant.chart.tradeOffTip"), two, percent));
        XYPlot plot = new XYPlot(data, threshold, share, lines);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        if (Double.isFinite(markedThreshold)) {
            ValueMarker marker = new ValueMarker(markedThreshold, MARKER, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1, new float[] {5, 3}, 0));
            marker.setLabel(messages.get("assistant.chart.thresholdMarker", markedThreshold));
            boolean right = markedThreshold < 0.7;
            marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker);
        }
        plot.setNoDataMessage(messages.get("assistant.chart.noQuestions"));
        JFreeChart chart = new JFreeChart(messages.get("assistant.chart.tradeOffTitle"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        AssistantRunRecord.Metrics m = run.metrics();
        chart.addSubtitle(new TextTitle(messages.get("assistant.chart.tradeOffNote", m.questions(), m.outOfScope(),
                run.margin())));
        if (nearest != null) {
            int total = nearest.answeredCorrectly() + nearest.handedOver() + nearest.answeredWrongly();
            chart.addSubtitle(new TextTitle(messages.get("assistant.chart.tradeOffAt", nearest.threshold(),
                    (double) nearest.answeredCorrectly() / total, (double) nearest.handedOver() / total,
                    (double) nearest.answeredWrongly() / total)));
        }
        return style.apply(chart);
    }

    /** Each intent's precision and recall (worst F1 first, at most 25 intents). */
    public JFreeChart intents(AssistantRunRecord run) {
        List<AssistantRunRecord.IntentRow> all = worstFirst(run.intentScores());
        List<AssistantRunRecord.IntentRow> shown = all.subList(0, Math.min(MAX_INTENTS, all.size()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String precision = messages.get("assistant.chart.precision");
        String recall = messages.get("assistant.chart.recall");
        for (AssistantRunRecord.IntentRow row : shown) {
            String column = messages.get("assistant.chart.intentWithQuestions", clip(row.intent(), NAME_WIDTH),
                    row.support());
            if (data.getColumnIndex(column) >= 0) {
                column = column + " \u00b7 " + row.intent();
            }
            data.addValue(finite(row.precision()), precision, column);
            data.addValue(finite(row.recall()), recall, column);
        }
        CategoryAxis intents = new CategoryAxis(messages.get("assistant.chart.intentAxis"));
        intents.setMaximumCategoryLabelLines(1);
        intents.setMaximumCategoryLabelWidthRatio(0.4f);
        intents.setCategoryMargin(shown.size() > 12 ? 0.15 : 0.3);
        intents.setLowerMargin(0.01);
        intents.setUpperMargin(0.01);
        NumberAxis share = new NumberAxis(messages.get("assistant.chart.scoreAxis"));
        // room past 100% for a bar's value, with no tick there
        share.setRange(0, 1.08);
        share.setTickUnit(new NumberTickUnit(0.1, NumberFormat.getPercentInstance(messages.locale())));
        BarRenderer bars = bars(List.of(PRECISION, RECALL));
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.05);
        if (shown.size() <= ITEM_LABELS) {
            bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    NumberFormat.getPercentInstance(messages.locale())));
            bars.setDefaultItemLabelsVisible(true);
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
        }
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(
                messages.get("assistant.chart.scoreTip"), NumberFormat.getPercentInstance(messages.locale())));
        CategoryPlot plot = new CategoryPlot(data, intents, share, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage(messages.get("assistant.chart.noIntents"));
        JFreeChart chart = new JFreeChart(messages.get("assistant.chart.intentsTitle"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(new TextTitle(all.size() > shown.size()
                ? messages.get("assistant.chart.intentsNoteTop", shown.size(), all.size())
                : messages.get("assistant.chart.intentsNote", all.size())));
        style.apply(chart);
        bars.setDefaultItemLabelFont(new Font(style.familyFor(chart), Font.PLAIN, ChartStyle.SMALL_SIZE));
        if (shown.size() > 15) {
            intents.setTickLabelFont(intents.getTickLabelFont().deriveFont((float) ChartStyle.SMALL_SIZE));
        }
        return chart;
    }

    /** The confusion pairs that fail most (expected -> answered, at most 15). */
    public JFreeChart confusion(AssistantRunRecord run) {
        List<AssistantRunRecord.ConfusionRow> all = mostFrequentFirst(run.confusions());
        List<AssistantRunRecord.ConfusionRow> shown = all.subList(0, Math.min(MAX_CONFUSIONS, all.size()));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String questions = messages.get("assistant.chart.questions");
        for (AssistantRunRecord.ConfusionRow row : shown) {
            String column = messages.get("assistant.chart.pair", clip(row.expected(), PAIR_WIDTH),
                    clip(row.predicted(), PAIR_WIDTH));
            if (data.getColumnIndex(column) >= 0) {
                column = column + " \u00b7 " + row.expected() + " \u2192 " + row.predicted();
            }
            data.addValue(row.count(), questions, column);
        }
        CategoryAxis pairs = new CategoryAxis(messages.get("assistant.chart.pairAxis"));
        pairs.setMaximumCategoryLabelLines(1);
        pairs.setMaximumCategoryLabelWidthRatio(0.45f);
        pairs.setCategoryMargin(0.25);
        pairs.setLowerMargin(0.02);
        pairs.setUpperMargin(0.02);
        NumberAxis count = new NumberAxis(messages.get("assistant.chart.questionsAxis"));
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setUpperMargin(0.08);
        BarRenderer bars = bars(List.of(WRONG));
        bars.setMaximumBarWidth(shown.size() <= 4 ? 0.14 : 0.08);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getIntegerInstance(messages.locale())));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(
                messages.get("assistant.chart.pairTip"), NumberFormat.getIntegerInstance(messages.locale())));
        CategoryPlot plot = new CategoryPlot(data, pairs, count, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage(messages.get("assistant.chart.noConfusions"));
        JFreeChart chart = new JFreeChart(messages.get("assistant.chart.confusionTitle"),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        int wrong = all.stream().mapToInt(AssistantRunRecord.ConfusionRow::count).sum();
        chart.addSubtitle(new TextTitle(all.isEmpty() ? messages.get("assistant.chart.confusionNoteNone",
                run.metrics().questions()) : all.size() > shown.size()
                ? messages.get("assistant.chart.confusionNoteTop", shown.size(), all.size(), wrong)
                : messages.get("assistant.chart.confusionNote", all.size(), wrong)));
        style.apply(chart);
        bars.setDefaultItemLabelFont(new Font(style.familyFor(chart), Font.PLAIN, ChartStyle.SMALL_SIZE));
        return chart;
    }

    /**
     * The intents, worst first: those with test questions before those without, then by F1 (an F1 that could not
     * be computed counts as 0), then most test questions first, then by name.
     */
    public static List<AssistantRunRecord.IntentRow> worstFirst(List<AssistantRunRecord.IntentRow> rows) {
        List<AssistantRunRecord.IntentRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((AssistantRunRecord.IntentRow r) -> r.support() == 0)
                .thenComparingDouble(r -> Double.isFinite(r.f1()) ? r.f1() : 0)
                .thenComparing(Comparator.comparingInt(AssistantRunRecord.IntentRow::support).reversed())
                .thenComparing(AssistantRunRecord.IntentRow::intent));
        return sorted;
    }

    /** The confusion pairs, most questions first, ties by expected then answered intent. */
    public static List<AssistantRunRecord.ConfusionRow> mostFrequentFirst(List<AssistantRunRecord.ConfusionRow> rows) {
        List<AssistantRunRecord.ConfusionRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(AssistantRunRecord.ConfusionRow::count).reversed()
                .thenComparing(AssistantRunRecord.ConfusionRow::expected)
                .thenComparing(AssistantRunRecord.ConfusionRow::predicted));
        return sorted;
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

    private static BarRenderer bars(List<Color> colours) {
        BarRenderer bars = new BarRenderer();
        bars.setAutoPopulateSeriesPaint(false);
        for (int s = 0; s < colours.size(); s++) {
            bars.setSeriesPaint(s, colours.get(s));
        }
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        return bars;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
