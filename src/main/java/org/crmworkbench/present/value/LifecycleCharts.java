package org.crmworkbench.present.value;

import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.crmworkbench.analysis.value.LifecycleStage;
import org.crmworkbench.analysis.value.StageHistory;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * The lifecycle charts: stage sizes over time (stacked areas, one series per stage in the stages' order) and the
 * migration flow between two dates. Each stage keeps one colour in both (Okabe and Ito's colour-blind-safe set):
 * new blue, active green, reactivated sky blue, at risk orange, lapsed vermillion, lost grey; customers who first
 * bought after the earlier date come from a reddish-purple "arrivals" node.
 */
final class LifecycleCharts {
    static final Color[] STAGE_COLOURS = {new Color(0x0072B2), new Color(0x009E73), new Color(0x56B4E9),
            new Color(0xE69F00), new Color(0xD55E00), new Color(0x999999)};
    static final Color ARRIVALS = new Color(0xCC79A7);

    private final Messages messages;
    private final ValueWords words;
    private final ChartStyle style;

    LifecycleCharts(ValueWords words, ChartStyle style) {
        this.words = Objects.requireNonNull(words, "words");
        this.messages = words.messages();
        this.style = Objects.requireNonNull(style, "style");
    }

    JFreeChart stageSizes(StageHistory stages) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        LifecycleStage[] all = LifecycleStage.values();
        for (LifecycleStage stage : all) {
            XYSeries series = new XYSeries(words.stage(stage), false, false);
            for (int i = 0; i < stages.dates().size(); i++) {
                int[] row = stages.counts()[i];
                series.add(x(stages.dates().get(i)), stage.ordinal() < row.length ? row[stage.ordinal()] : 0);
            }
            data.addSeries(series);
        }
        DateAxis time = new DateAxis(messages.get("value.chart.date"));
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat("yyyy-MM", java.util.Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setDateFormatOverride(format);
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        NumberAxis customers = new NumberAxis(messages.get("value.chart.customers"));
        customers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        StackedXYAreaRenderer2 areas = new StackedXYAreaRenderer2();
        areas.setAutoPopulateSeriesPaint(false);
        areas.setLegendArea(new java.awt.geom.Rectangle2D.Double(-6, -5, 12, 10));
        for (LifecycleStage stage : all) {
            areas.setSeriesPaint(stage.ordinal(), STAGE_COLOURS[stage.ordinal()]);
        }
        XYPlot plot = new XYPlot(data, time, customers, areas);
        JFreeChart chart = new JFreeChart(messages.get("value.chart.stagesTitle"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        if (!stages.dates().isEmpty()) {
            chart.addSubtitle(new TextTitle(messages.get("value.chart.stagesNote", stages.dates().get(0).toString(),
                    stages.dates().get(stages.dates().size() - 1).toString())));
        }
        return style.apply(chart);
    }

    /**
     * The flow from the stages at {@code from} (and the arrivals since) to the stages at {@code to}.
     *
     * @param counts   counts[a][b] from stage a to stage b (ordinals)
     * @param arrivals arrivals[b] first bought after {@code from}, in stage b at {@code to}
     */
    JFreeChart migration(LocalDate from, LocalDate to, int[][] counts, int[] arrivals) {
        LifecycleStage[] all = LifecycleStage.values();
        List<MigrationFlowPlot.Node> left = new ArrayList<>();
        List<MigrationFlowPlot.Node> right = new ArrayList<>();
        for (LifecycleStage stage : all) {
            MigrationFlowPlot.Node node = new MigrationFlowPlot.Node(words.stage(stage),
                    STAGE_COLOURS[stage.ordinal()]);
            left.add(node);
            right.add(node);
        }
        left.add(new MigrationFlowPlot.Node(messages.get("value.chart.arrivals"), ARRIVALS));
        int[][] flows = new int[all.length + 1][all.length];
        int moved = 0;
        for (int a = 0; a < all.length; a++) {
            for (int b = 0; b < all.length; b++) {
                flows[a][b] = a < counts.length && b < counts[a].length ? counts[a][b] : 0;
                moved += flows[a][b];
            }
        }
        int arrived = 0;
        for (int b = 0; b < all.length; b++) {
            flows[all.length][b] = arrivals != null && b < arrivals.length ? arrivals[b] : 0;
            arrived += flows[all.length][b];
        }
        MigrationFlowPlot plot = new MigrationFlowPlot(left, right, flows, from.toString(), to.toString());
        plot.setNoDataMessage(messages.get("value.chart.noMigration"));
        plot.setCountFormat(java.text.NumberFormat.getIntegerInstance(messages.locale()));
        JFreeChart chart = new JFreeChart(messages.get("value.chart.migrationTitle", from.toString(),
                to.toString()), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle(messages.get("value.chart.migrationNote", moved, arrived)));
        style.apply(chart);
        plot.setLabelFont(new Font(style.familyFor(chart), Font.PLAIN, ChartStyle.TEXT_SIZE));
        plot.setNoDataMessageFont(plot.getLabelFont());
        return chart;
    }

    static double x(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
