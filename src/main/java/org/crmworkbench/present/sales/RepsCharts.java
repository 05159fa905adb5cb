package org.crmworkbench.present.sales;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The sales-team analysis' charts, worded in the reader's language: the caterpillar plot of the reps' adjusted effects
 * with their 95% intervals and the raw-against-adjusted rank chart, both built from a {@link RepsRunRecord} so a live
 * analysis and a saved run draw the same; and, for a rep's card, their monthly revenue with its forecast
 * ({@link RepCardCharts#trend}) and their scorecard ({@link RepCardCharts#scorecard}). Colours are Okabe and Ito's:
 * blue for a rep above the typical one (or moved up), vermillion below (or moved down), grey for the rest.
 *
 * <p>Datasets: the caterpillar's one dataset holds up to three {@link YIntervalSeries} (above, across, below 0; empty
 * ones left out), x the rep's place (0 the lowest effect, at the bottom), y the effect and its interval; the rank
 * chart's one series per rep, x 0 the raw rank and x 1 the adjusted rank, highlighted reps last (drawn on top).
 */
public final class RepsCharts {
    static final Color ABOVE = new Color(0x0072B2);
    static final Color BELOW = new Color(0xD55E00);
    static final Color ACROSS = new Color(0x999999);
    static final Color OTHER = new Color(0xC8C8C8);
    /** Reps the rank chart names all of; beyond it only the highlighted ones are named. */
    static final int NAMED_REPS = 25;
    /** Reps the caterpillar's axis names every one of; beyond it the axis picks. */
    static final int LABELLED_REPS = 40;
    private static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    private static final Shape SWATCH = new Line2D.Double(-7, 0, 7, 0);

    private final Messages messages;
    private final ChartStyle style;
    private final RepsWords words;

    /** Charts naming reps as stored (for the window's own views). */
    public RepsCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    /** Charts naming reps as {@code people} says (for files). */
    public RepsCharts(Messages messages, PersonalDataPolicy people) {
        this(messages, new ChartStyle(new ChartFonts()), people);
    }

    public RepsCharts(Messages messages, ChartStyle style) {
        this(messages, style, PersonalDataPolicy.withNames());
    }

    public RepsCharts(Messages messages, ChartStyle style, PersonalDataPolicy people) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
        this.words = new RepsWords(messages, people);
    }

    /** Every chart of a run, by file name without extension: {@code caterpillar}, {@code ranks}. */
    public Map<String, JFreeChart> charts(RepsRunRecord run) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("caterpillar", caterpillar(run));
        charts.put("ranks", ranks(run));
        return charts;
    }

    /** The league in the caterpillar's order: lowest effect first (drawn at the bottom), ties by adjusted rank. */
    static List<RepsRunRecord.Effect> byEffect(RepsRunRecord run) {
        List<RepsRunRecord.Effect> sorted = new ArrayList<>(run.effects());
        sorted.sort(Comparator.comparingDouble(RepsRunRecord.Effect::effect)
                .thenComparing(Comparator.comparingInt(RepsRunRecord.Effect::rankAdjusted).reversed()));
        return sorted;
    }

    /**
     * Reps sorted by adjusted effect, best at the top, each a point with its 95% interval as a bar, a line at 0 (the
     * typical rep); reps whose interval lies wholly above 0 blue, wholly below vermillion, the rest grey.
     */
    public JFreeChart caterpillar(RepsRunRecord run) {
        List<RepsRunRecord.Effect> sorted = byEffect(run);
        YIntervalSeries above = new YIntervalSeries(messages.get("sales.chart.above"), false, true);
        YIntervalSeries across = new YIntervalSeries(messages.get("sales.chart.across"), false, true);
        YIntervalSeries below = new YIntervalSeries(messages.get("sales.chart.below"), false, true);
        String[] names = new String[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            RepsRunRecord.Effect e = sorted.get(i);
            names[i] = words.rep(e.repId(), e.name());
            YIntervalSeries into = e.lower() > 0 ? above : e.upper() < 0 ? below : across;
            into.add(i, e.effect(), e.lower(), e.upper());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Color> colours = new ArrayList<>();
        for (Object[] s : new Object[][] {{above, ABOVE}, {across, ACROSS}, {below, BELOW}}) {
            if (((YIntervalSeries) s[0]).getItemCount() > 0) {
                data.addSeries((YIntervalSeries) s[0]);
                colours.add((Color) s[1]);
            }
        }
        SymbolAxis reps = new SymbolAxis(messages.get("sales.chart.rep"), names);
        reps.setGridBandsVisible(false);
        reps.setLowerMargin(0.02);
        reps.setUpperMargin(0.02);
        reps.setAutoRangeIncludesZero(false);
        if (names.length > 0) {
            reps.setRange(-0.7, names.length - 0.3);
        }
        if (names.length <= LABELLED_REPS) {
            // every rep named (the axis would otherwise name every other one)
            reps.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1), false, true);
        }
        NumberAxis effect = new NumberAxis(effectAxis(run.outcome()));
        effect.setAutoRangeIncludesZero(true);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(0);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        for (int s = 0; s < colours.size(); s++) {
            renderer.setSeriesPaint(s, colours.get(s));
            renderer.setSeriesShape(s, DOT);
        }
        XYPlot plot = new XYPlot(data, reps, effect, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        ValueMarker zero = new ValueMarker(0, ChartStyle.TEXT, new BasicStroke(1.2f));
        plot.addRangeMarker(zero, Layer.BACKGROUND);
        plot.setNoDataMessage(messages.get("sales.chart.noReps"));
        JFreeChart chart = new JFreeChart(messages.get("sales.chart.caterpillarTitle", words.outcome(run.outcome())),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(messages.get("sales.chart.caterpillarNote", sorted.size(),
                words.list(words.adjustments(run)).isEmpty() ? messages.get("sales.run.adjustedForNothing")
                        : messages.get("sales.run.adjustedFor", words.list(words.adjustments(run))))));
        style.apply(chart);
        if (names.length > 20) {
            // a size at which a 480-point-high chart has room for every name (the axis drops overlapping ones)
            float size = (float) Math.max(7, Math.min(ChartStyle.SMALL_SIZE, 380.0 / names.length * 0.7));
            reps.setTickLabelFont(reps.getTickLabelFont().deriveFont(size));
        }
        return chart;
    }

    /**
     * Each rep's raw rank (left) and adjusted rank (right) joined by a line, rank 1 at the top; the reps whose ranks
     * disagree (the run's shifts) drawn thick, blue when they move up once adjusted, vermillion when down, the others
     * thin grey. Reps are named at both ends (only the highlighted ones when there are more than {@link #NAMED_REPS});
     * the largest shift is said in words under the title ({@link RepsWords#shift}).
     */
    public JFreeChart ranks(RepsRunRecord run) {
        Map<String, RepsRunRecord.Shift> shifted = new HashMap<>();
        for (RepsRunRecord.Shift s : run.shifts()) {
            shifted.put(s.repId(), s);
        }
        List<RepsRunRecord.Effect> others = new ArrayList<>();
        List<RepsRunRecord.Effect> highlighted = new ArrayList<>();
        for (RepsRunRecord.Effect e : run.effects()) {
            (shifted.containsKey(e.repId()) ? highlighted : others).add(e);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        XYPlot plot = new XYPlot();
        int n = run.effects().size();
        for (List<RepsRunRecord.Effect> group : List.of(others, highlighted)) {
            for (RepsRunRecord.Effect e : group) {
                String label = words.rep(e.repId(), e.name());
                XYSeries line = new XYSeries(e.repId(), false, true);
                line.add(0, e.rankRaw());
                line.add(1, e.rankAdjusted());
                int s = data.getSeriesCount();
                data.addSeries(line);
                boolean marked = group == highlighted;
                Color colour = !marked ? OTHER : e.rankAdjusted() < e.rankRaw() ? ABOVE : BELOW;
                renderer.setSeriesPaint(s, colour);
                renderer.setSeriesStroke(s, new BasicStroke(marked ? 2.4f : 1f));
                renderer.setSeriesShape(s, new Ellipse2D.Double(marked ? -3.5 : -2.5, marked ? -3.5 : -2.5,
                        marked ? 7 : 5, marked ? 7 : 5));
                if (marked || n <= NAMED_REPS) {
                    plot.addAnnotation(name(label + "  " + e.rankRaw(), -0.04, e.rankRaw(), TextAnchor.CENTER_RIGHT,
                            marked ? colour : ChartStyle.MUTED_TEXT));
                    plot.addAnnotation(name(e.rankAdjusted() + "  " + label, 1.04, e.rankAdjusted(),
                            TextAnchor.CENTER_LEFT, marked ? colour : ChartStyle.MUTED_TEXT));
                }
            }
        }
        SymbolAxis sides = new SymbolAxis(null, new String[] {messages.get("sales.chart.rankRaw",
                words.raw(run.outcome())), messages.get("sales.chart.rankAdjusted")});
        sides.setGridBandsVisible(false);
        sides.setRange(-0.8, 1.8);
        NumberAxis rank = new NumberAxis(messages.get("sales.chart.rankAxis"));
        rank.setInverted(true);
        rank.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        rank.setRange(0.5, Math.max(1, n) + 0.5);
        plot.setDataset(data);
        plot.setRenderer(renderer);
        plot.setDomainAxis(sides);
        plot.setRangeAxis(rank);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        plot.setNoDataMessage(messages.get("sales.chart.noReps"));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendItem(messages.get("sales.chart.movedUp"), ABOVE, 2.4f));
        legend.add(legendItem(messages.get("sales.chart.movedDown"), BELOW, 2.4f));
        legend.add(legendItem(messages.get("sales.chart.otherReps"), OTHER, 1f));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(messages.get("sales.chart.ranksTitle"), JFreeChart.DEFAULT_TITLE_FONT, plot,
                true);
        chart.addSubtitle(new TextTitle(messages.get("sales.chart.ranksNote", n, highlighted.size())));
        if (!run.shifts().isEmpty()) {
            // the largest shift in words under the note
            chart.addSubtitle(new TextTitle(words.shift(run.shifts().get(0), run)));
        }
        style.apply(chart);
        Font font = new Font(style.familyFor(chart), Font.PLAIN, n > NAMED_REPS ? ChartStyle.SMALL_SIZE
                : ChartStyle.TEXT_SIZE);
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                t.setFont(font);
            }
        }
        return chart;
    }

    /**
     * A rep's monthly revenue (near-black), the forecast (blue) with its 95% band from the last month on, and the
     * checked months' forecasts (made before those months) as vermillion diamonds on the history; {@code rep} names
     * the rep in the title ({@link RepsWords#rep}).
     */
    public JFreeChart trend(org.crmworkbench.analysis.sales.RepTrend trend, String rep) {
        return new RepCardCharts(messages, style).trend(trend, rep);
    }

    /**
     * One rep's scorecards ({@code cards}, oldest period first) as revenue bars per period, with the quota as a line
     * when any period has one; {@code period} is the period's command-line name.
     */
    public JFreeChart scorecard(List<org.crmworkbench.analysis.sales.RepScorecard> cards, String rep, String period) {
        return new RepCardCharts(messages, style).scorecard(cards, rep, words.period(period));
    }

    /** The caterpillar's effect axis for an outcome. */
    String effectAxis(String outcome) {
        String key = "sales.chart.effectAxis." + outcome;
        return messages.has(key) ? messages.get(key) : messages.get("sales.chart.effectAxis");
    }

    private static XYTextAnnotation name(String text, double x, double y, TextAnchor anchor, Color paint) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setTextAnchor(anchor);
        a.setPaint(paint);
        return a;
    }

    private static LegendItem legendItem(String label, Color colour, float width) {
        LegendItem item = new LegendItem(label, null, null, null, false, SWATCH, false, colour, false, colour,
                new BasicStroke(width), true, SWATCH, new BasicStroke(width), colour);
        return item;
    }
}
