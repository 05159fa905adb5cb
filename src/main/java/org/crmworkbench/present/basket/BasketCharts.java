package org.crmworkbench.present.basket;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The basket analysis' charts, as arules and arulesViz draw them, worded in the reader's language and all built from
 * a {@link BasketRunRecord} so a live analysis and a saved run draw the same: the items' relative frequency, support
 * against confidence coloured by lift, a graph of the strongest rules and a grouped matrix of antecedent groups
 * against consequents. Lift is coloured by {@link LiftPaintScale} everywhere.
 */
public final class BasketCharts {
    /** Items in the frequency chart. */
    public static final int TOP_ITEMS = 20;
    /** Rules in the graph (the highest lift). */
    public static final int GRAPH_RULES = 20;
    /** Antecedent groups of the grouped matrix (arulesViz's default k). */
    public static final int GROUPS = 20;
    /** Consequent rows of the grouped matrix at most. */
    public static final int GROUPED_ROWS = 20;
    /** The longest group name (its braces part) before it names one item instead of two. */
    static final int GROUP_NAME = 32;
    static final Color BAR = new Color(0x0072B2);

    private final Messages messages;
    private final ChartStyle style;
    private final BasketWords words;

    public BasketCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    public BasketCharts(Messages messages, ChartStyle style) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
        this.words = new BasketWords(messages);
    }

    /**
     * Every chart the command line writes, by file name without extension: {@code item-frequency}, {@code scatter},
     * {@code graph}, {@code grouped}.
     */
    public Map<String, JFreeChart> charts(BasketRunRecord run) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("item-frequency", itemFrequency(run, TOP_ITEMS));
        charts.put("scatter", scatter(run));
        charts.put("graph", graph(run, GRAPH_RULES));
        charts.put("grouped", grouped(run));
        return charts;
    }

    /** The {@code top} most frequent items by relative support, most frequent at the top (arules' itemFrequencyPlot). */
    public JFreeChart itemFrequency(BasketRunRecord run, int top) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = messages.get("basket.chart.support");
        List<BasketRunRecord.ItemCount> counts = new ArrayList<>(run.itemCounts());
        counts.sort(Comparator.comparingInt((BasketRunRecord.ItemCount c) -> -c.count())
                .thenComparing(BasketRunRecord.ItemCount::label));
        Set<String> used = new HashSet<>();
        int n = Math.max(1, run.transactions());
        for (BasketRunRecord.ItemCount c : counts.subList(0, Math.min(Math.max(top, 0), counts.size()))) {
            String name = used.add(c.label()) ? c.label() : c.label() + " (" + c.item() + ")";
            used.add(name);
            data.addValue((double) c.count() / n, series, name);
        }
        CategoryAxis items = new CategoryAxis(messages.get("basket.chart.item"));
        items.setCategoryMargin(0.2);
        NumberAxis support = new NumberAxis(messages.get("basket.chart.relativeSupport"));
        support.setUpperMargin(0.05);
        // "0.##%": ticks half a percent apart read 0.5%, 1%, 1.5% rather than a rounded 0%, 1%, 2%, 2%
        support.setNumberFormatOverride(new DecimalFormat("0.##%",
                DecimalFormatSymbols.getInstance(messages.locale())));
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, BAR);
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator("{1}: {2}",
                new DecimalFormat("0.##%", DecimalFormatSymbols.getInstance(messages.locale()))));
        CategoryPlot plot = new CategoryPlot(data, items, support, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage(messages.get("basket.chart.noItems"));
        JFreeChart chart = new JFreeChart(messages.get("basket.chart.frequencyTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, false);
        chart.addSubtitle(new TextTitle(messages.get("basket.chart.frequencyNote", data.getColumnCount(),
                run.items(), run.transactions())));
        return style.apply(chart);
    }

    /**
     * Every stored rule at its support (across) and confidence (up), coloured by lift with a scale beside (arulesViz's
     * default scatter); the highest lift drawn last, on top. Each point's tooltip names its rule.
     */
    public JFreeChart scatter(BasketRunRecord run) {
        List<BasketRunRecord.Rule> rules = new ArrayList<>(run.rules());
        rules.sort(Comparator.comparingDouble(BasketRunRecord.Rule::lift));
        double[][] xyz = new double[3][rules.size()];
        String[] tips = new String[rules.size()];
        Function<String, String> label = BasketWords.labels(run);
        for (int i = 0; i < rules.size(); i++) {
            BasketRunRecord.Rule r = rules.get(i);
            xyz[0][i] = r.support();
            xyz[1][i] = r.confidence();
            xyz[2][i] = r.lift();
            tips[i] = tip(r, label);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(messages.get("basket.chart.rules"), xyz);
        NumberAxis support = new NumberAxis(messages.get("basket.chart.support"));
        support.setAutoRangeIncludesZero(false);
        NumberAxis confidence = new NumberAxis(messages.get("basket.chart.confidence"));
        confidence.setAutoRangeIncludesZero(false);
        LiftPaintScale scale = LiftPaintScale.over(xyz[2]);
        XYShapeRenderer points = new XYShapeRenderer();
        points.setPaintScale(scale);
        points.setDrawOutlines(false);
        points.setDefaultShape(new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        points.setDefaultToolTipGenerator(new RuleTips(tips));
        XYPlot plot = new XYPlot(data, support, confidence, points);
        plot.setNoDataMessage(messages.get("basket.chart.noRules"));
        JFreeChart chart = new JFreeChart(messages.get("basket.chart.scatterTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, false);
        chart.addSubtitle(new TextTitle(messages.get("basket.chart.scatterNote", rules.size(), run.rulesTotal())));
        NumberAxis liftAxis = liftLegend(chart, scale);
        style.apply(chart);
        liftAxis.setLabelFont(support.getLabelFont());
        liftAxis.setTickLabelFont(support.getTickLabelFont());
        return chart;
    }

    /**
     * The {@code top} rules of highest lift as a graph (arulesViz's {@code method = "graph"}): items as labelled
     * dots, rules as circles sized by support and coloured by lift, arrows from antecedent items through the rule to
     * its consequent.
     */
    public JFreeChart graph(BasketRunRecord run, int top) {
        List<BasketRunRecord.Rule> rules = topByLift(run, top);
        RuleGraphLayout.Graph graph = new RuleGraphLayout().layout(rules);
        Function<String, String> label = BasketWords.labels(run);
        List<String> itemLabels = graph.nodes().stream().filter(n -> !n.isRule()).map(n -> label.apply(n.item()))
                .toList();
        List<String> tips = rules.stream().map(r -> tip(r, label)).toList();
        LiftPaintScale scale = LiftPaintScale.over(rules.stream().mapToDouble(BasketRunRecord.Rule::lift).toArray());
        RuleGraphPlot plot = new RuleGraphPlot(graph, itemLabels, tips, scale);
        plot.setNoDataMessage(messages.get("basket.chart.noRules"));
        JFreeChart chart = new JFreeChart(messages.get("basket.chart.graphTitle", rules.size()),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        double lo = rules.stream().mapToDouble(BasketRunRecord.Rule::support).min().orElse(0);
        double hi = rules.stream().mapToDouble(BasketRunRecord.Rule::support).max().orElse(0);
        chart.addSubtitle(new TextTitle(messages.get("basket.chart.graphNote", lo, hi)));
        NumberAxis liftAxis = liftLegend(chart, scale);
        style.apply(chart);
        Font font = new Font(style.familyFor(chart), Font.PLAIN, ChartStyle.TEXT_SIZE);
        plot.setLabelFont(font);
        plot.setNoDataMessageFont(font);
        liftAxis.setLabelFont(new Font(font.getFamily(), Font.PLAIN, ChartStyle.LABEL_SIZE));
        liftAxis.setTickLabelFont(new Font(font.getFamily(), Font.PLAIN, ChartStyle.SMALL_SIZE));
        return chart;
    }

    /**
     * The grouped matrix (arulesViz's {@code method = "grouped"}): the stored rules' antecedents in at most
     * {@link #GROUPS} groups across, their consequents down, a balloon per cell sized by median support and coloured
     * by median lift.
     */
    public JFreeChart grouped(BasketRunRecord run) {
        Function<String, String> label = BasketWords.labels(run);
        GroupedRuleMatrix.Matrix matrix = new GroupedRuleMatrix().of(run.rules(), label, GROUPS, GROUPED_ROWS);
        List<String> columns = matrix.groups().stream().map(this::groupName).toList();
        List<String> rows = matrix.rows().stream().map(words::itemset).toList();
        List<List<String>> tips = new ArrayList<>();
        List<Double> lifts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int count = matrix.rules()[r][c];
                line.add(count == 0 ? "" : messages.get("basket.chart.cellTip", count, columns.get(c), rows.get(r),
                        matrix.support()[r][c], matrix.lift()[r][c]));
                if (count > 0) {
                    lifts.add(matrix.lift()[r][c]);
                }
            }
            tips.add(line);
        }
        LiftPaintScale scale = LiftPaintScale.over(lifts.stream().mapToDouble(Double::doubleValue).toArray());
        GroupedMatrixPlot plot = new GroupedMatrixPlot(matrix, columns, rows, tips, scale);
        plot.setNoDataMessage(messages.get("basket.chart.noRules"));
        JFreeChart chart = new JFreeChart(messages.get("basket.chart.groupedTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, false);
        int shown = 0;
        for (int[] row : matrix.rules()) {
            for (int n : row) {
                shown += n;
            }
        }
        chart.addSubtitle(new TextTitle(messages.get("basket.chart.groupedNote", shown, columns.size(),
                rows.size())));
        NumberAxis liftAxis = liftLegend(chart, scale);
        liftAxis.setLabel(messages.get("basket.chart.medianLift"));
        style.apply(chart);
        Font font = new Font(style.familyFor(chart), Font.PLAIN, ChartStyle.TEXT_SIZE);
        plot.setLabelFont(font);
        plot.setNoDataMessageFont(font);
        liftAxis.setLabelFont(new Font(font.getFamily(), Font.PLAIN, ChartStyle.LABEL_SIZE));
        liftAxis.setTickLabelFont(new Font(font.getFamily(), Font.PLAIN, ChartStyle.SMALL_SIZE));
        return chart;
    }

    /**
     * "{whole milk, yogurt, +3 items}" with how many rules: "12 rules: {whole milk, yogurt, +3 items}"; with one item
     * named instead of two when two make the braces longer than {@link #GROUP_NAME} characters.
     */
    String groupName(GroupedRuleMatrix.Group group) {
        String items = groupItems(group, group.topItems().size());
        if (items.length() > GROUP_NAME && group.topItems().size() > 1) {
            items = groupItems(group, 1);
        }
        return messages.get("basket.chart.groupName", group.rules(), items);
    }

    private String groupItems(GroupedRuleMatrix.Group group, int named) {
        String items = String.join(messages.get("basket.words.itemSeparator"), group.topItems().subList(0, named));
        int others = group.otherItems() + group.topItems().size() - named;
        if (others > 0) {
            items = messages.get("basket.chart.moreItems", items, others);
        }
        return "{" + items + "}";
    }

    /** The {@code top} stored rules of highest lift (the run stores them highest lift first). */
    static List<BasketRunRecord.Rule> topByLift(BasketRunRecord run, int top) {
        List<BasketRunRecord.Rule> rules = new ArrayList<>(run.rules());
        rules.sort(Comparator.comparingDouble((BasketRunRecord.Rule r) -> -r.lift())
                .thenComparingDouble(r -> -r.support()));
        return rules.subList(0, Math.min(rules.size(), Math.max(0, top)));
    }

    private String tip(BasketRunRecord.Rule r, Function<String, String> label) {
        return messages.get("basket.chart.ruleTip", words.rule(r, label), r.support(), r.confidence(), r.lift(),
                r.count());
    }

    private NumberAxis liftLegend(JFreeChart chart, LiftPaintScale scale) {
        NumberAxis axis = new NumberAxis(messages.get("basket.chart.lift"));
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(4, 12, 4, 2));
        legend.setStripOutlineVisible(false);
        chart.addSubtitle(legend);
        return axis;
    }

    /** Tooltips of the scatter's points: each names its rule. */
    private record RuleTips(String[] tips) implements XYToolTipGenerator, Serializable {
        @Override
        public String generateToolTip(XYDataset dataset, int series, int item) {
            return item >= 0 && item < tips.length ? tips[item] : null;
        }
    }
}
