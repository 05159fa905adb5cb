package org.crmworkbench.present.value;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ValueRunRecord.ClvBin;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The CLV charts: the histogram of CLV ({@link ClvBins}: round-width bars up to the 99th percentile, the open last
 * bar for the tail drawn lighter, as wide as the others, marked with its lower bound) and the top customers as
 * horizontal bars, the most valuable at the top.
 */
final class ClvCharts {
    static final Color BAR = new Color(0x0072B2);
    static final Color TAIL = new Color(0x9DC3E0);

    private final Messages messages;
    private final ChartStyle style;

    ClvCharts(Messages messages, ChartStyle style) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
    }

    /**
     * @param clvAxis the axis label, naming the horizon and margin
     */
    JFreeChart histogram(List<ClvBin> bins, String clvAxis) {
        XYIntervalSeries series = new XYIntervalSeries(messages.get("value.chart.customers"), false, true);
        boolean open = ClvBins.lastIsOpen(bins);
        double width = bins.isEmpty() ? 1 : bins.get(0).upper() - bins.get(0).lower();
        int customers = 0;
        int top = 0;
        for (ClvBin bin : bins) {
            double upper = bin.lower() + width;
            series.add((bin.lower() + upper) / 2, bin.lower(), upper, bin.customers(), bin.customers(),
                    bin.customers());
            customers += bin.customers();
            top = Math.max(top, bin.customers());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        int last = bins.size() - 1;
        XYBarRenderer bars = new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return open && column == last ? TAIL : BAR;
            }
        };
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.WHITE);
        bars.setSeriesPaint(0, BAR);
        NumberAxis x = new NumberAxis(clvAxis);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(messages.get("value.chart.customers"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(0.12);
        XYPlot plot = new XYPlot(data, x, y, bars);
        JFreeChart chart = new JFreeChart(messages.get("value.chart.clvTitle", customers),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        if (open) {
            ClvBin tail = bins.get(last);
            XYTextAnnotation mark = new XYTextAnnotation(messages.get("value.chart.clvOpenBin", tail.lower()),
                    tail.lower() + width / 2, tail.customers() + top * 0.03);
            mark.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(mark);
            chart.addSubtitle(new TextTitle(messages.get("value.chart.clvNote", width, tail.customers(),
                    tail.lower(), tail.upper())));
        } else if (!bins.isEmpty()) {
            chart.addSubtitle(new TextTitle(messages.get("value.chart.clvNoteClosed", width)));
        }
        style.apply(chart);
        for (Object a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                t.setFont(y.getTickLabelFont());
                t.setPaint(ChartStyle.MUTED_TEXT);
            }
        }
        return chart;
    }

    /** Horizontal bars of CLV by customer id, in the order given (highest first, at the top). */
    JFreeChart top(List<String> customerIds, double[] clv, String clvAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = messages.get("value.chart.clv");
        for (int i = 0; i < customerIds.size(); i++) {
            data.addValue(clv[i], series, customerIds.get(i));
        }
        CategoryAxis ids = new CategoryAxis(messages.get("value.chart.customer"));
        ids.setCategoryMargin(0.25);
        NumberAxis value = new NumberAxis(clvAxis);
        value.setUpperMargin(0.14);
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, BAR);
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                java.text.NumberFormat.getIntegerInstance(messages.locale())));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, ids, value, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(messages.get("value.chart.topTitle", customerIds.size()),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return style.apply(chart);
    }
}
