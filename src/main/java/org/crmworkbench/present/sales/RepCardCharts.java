package org.crmworkbench.present.sales;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.crmworkbench.analysis.sales.RepScorecard;
import org.crmworkbench.analysis.sales.RepTrend;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.forecast.ForecastLabels;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a rep's card: monthly revenue with its forecast and 95% band (the Forecast workspace's look: history
 * near-black, forecast blue in a sky-blue band, the checked months' forecasts as vermillion diamonds), and the
 * scorecard's revenue per period as bars with the quota as a line when there is one.
 *
 * <p>Datasets of {@link #trend}: 0 the band (starting at the last month of history), 1 the lines (revenue, forecast),
 * 2 the checked months' forecasts (when any). Of {@link #scorecard}: 0 revenue by period, 1 quota (when any period has
 * one; periods without one are null).
 */
final class RepCardCharts {
    static final Color HISTORY = new Color(0x222222);
    static final Color FORECAST = new Color(0x0072B2);
    static final Color BAND = new Color(0x56B4E9);
    static final Color CHECKED = new Color(0xD55E00);
    static final Color BAR = new Color(0x0072B2);
    static final Color QUOTA = new Color(0xE69F00);

    private final Messages messages;
    private final ChartStyle style;

    RepCardCharts(Messages messages, ChartStyle style) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.style = Objects.requireNonNull(style, "style");
    }

    JFreeChart trend(RepTrend trend, String rep) {
        XYSeries revenue = new XYSeries(messages.get("sales.chart.revenue"), false, true);
        for (int i = 0; i < trend.months().size(); i++) {
            revenue.add(x(trend.months().get(i)), trend.revenue()[i]);
        }
        XYSeries forecast = new XYSeries(messages.get("sales.chart.forecast"), false, true);
        YIntervalSeries band = new YIntervalSeries(messages.get("sales.chart.band"), false, true);
        int last = trend.months().size() - 1;
        if (last >= 0 && !trend.ahead().isEmpty()) {
            double lastX = x(trend.months().get(last));
            double lastY = trend.revenue()[last];
            forecast.add(lastX, lastY);
            band.add(lastX, lastY, lastY, lastY);
        }
        for (int i = 0; i < trend.ahead().size(); i++) {
            double at = x(trend.ahead().get(i));
            forecast.add(at, trend.forecast()[i]);
            band.add(at, trend.forecast()[i], trend.lower95()[i], trend.upper95()[i]);
        }
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false) {
            @Override
            public org.jfree.chart.LegendItem getLegendItem(int datasetIndex, int series) {
                org.jfree.chart.LegendItem item = super.getLegendItem(datasetIndex, series);
                if (item == null) {
                    return null;
                }
                org.jfree.chart.LegendItem swatch = new org.jfree.chart.LegendItem(item.getLabel(), null, null, null,
                        new Rectangle2D.Double(-7, -5, 14, 10), lookupSeriesFillPaint(series));
                swatch.setDataset(item.getDataset());
                swatch.setSeriesKey(item.getSeriesKey());
                swatch.setSeriesIndex(series);
                swatch.setDatasetIndex(datasetIndex);
                return swatch;
            }
        };
        bandRenderer.setAutoPopulateSeriesPaint(false);
        bandRenderer.setAutoPopulateSeriesFillPaint(false);
        bandRenderer.setAlpha(1f);
        Color fill = new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 80);
        bandRenderer.setSeriesFillPaint(0, fill);
        bandRenderer.setSeriesPaint(0, fill);
        DateAxis time = new DateAxis(messages.get("sales.chart.month"));
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat("yyyy-MM", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setDateFormatOverride(format);
        NumberAxis value = new NumberAxis(messages.get("sales.chart.revenue"));
        value.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), time, value, bandRenderer);
        ((YIntervalSeriesCollection) plot.getDataset()).addSeries(band);
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(revenue);
        lines.addSeries(forecast);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setAutoPopulateSeriesPaint(false);
        lineRenderer.setAutoPopulateSeriesStroke(false);
        lineRenderer.setSeriesPaint(0, HISTORY);
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.6f));
        lineRenderer.setSeriesPaint(1, FORECAST);
        lineRenderer.setSeriesStroke(1, new BasicStroke(2.2f));
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        int checked = Math.min(trend.checked().length, trend.months().size());
        if (checked > 0) {
            XYSeries points = new XYSeries(messages.get("sales.chart.checked"), false, true);
            int from = trend.months().size() - checked;
            for (int i = 0; i < checked; i++) {
                if (Double.isFinite(trend.checked()[i])) {
                    points.add(x(trend.months().get(from + i)), trend.checked()[i]);
                }
            }
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setAutoPopulateSeriesPaint(false);
            dots.setAutoPopulateSeriesShape(false);
            dots.setSeriesPaint(0, CHECKED);
            dots.setSeriesShape(0, diamond());
            plot.setDataset(2, new XYSeriesCollection(points));
            plot.setRenderer(2, dots);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setNoDataMessage(messages.get("sales.chart.noMonths"));
        JFreeChart chart = new JFreeChart(messages.get("sales.chart.trendTitle", rep,
                new ForecastLabels(messages).model(trend.model())), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        if (checked > 0) {
            chart.addSubtitle(new TextTitle(messages.get("sales.chart.trendNote", checked)));
        }
        return style.apply(chart);
    }

    JFreeChart scorecard(List<RepScorecard> cards, String rep, String period) {
        DefaultCategoryDataset revenue = new DefaultCategoryDataset();
        DefaultCategoryDataset quota = new DefaultCategoryDataset();
        String revenueKey = messages.get("sales.chart.revenue");
        String quotaKey = messages.get("sales.chart.quota");
        boolean anyQuota = false;
        for (RepScorecard c : cards) {
            revenue.addValue(c.revenue(), revenueKey, c.period());
            boolean has = Double.isFinite(c.quota());
            anyQuota |= has;
            quota.addValue(has ? Double.valueOf(c.quota()) : null, quotaKey, c.period());
        }
        CategoryAxis periods = new CategoryAxis(messages.get("sales.chart.period", period));
        periods.setCategoryMargin(0.2);
        if (cards.size() > 12) {
            periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis value = new NumberAxis(revenueKey);
        BarRenderer bars = new BarRenderer();
        bars.setSeriesPaint(0, BAR);
        bars.setDrawBarOutline(false);
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(revenue, periods, value, bars);
        if (anyQuota) {
            // the quota as a short bar across each period's revenue bar, joined by a thin dashed line
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            double width = Math.max(12, Math.min(56, 480.0 / Math.max(1, cards.size())));
            line.setSeriesPaint(0, QUOTA);
            line.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {4f, 3f}, 0f));
            line.setSeriesShape(0, new Rectangle2D.Double(-width / 2, -2, width, 4));
            plot.setDataset(1, quota);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        plot.setNoDataMessage(messages.get("sales.chart.noPeriods"));
        JFreeChart chart = new JFreeChart(messages.get("sales.chart.scorecardTitle", rep, period),
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return style.apply(chart);
    }

    /** The x value of a month: its first day at midnight UTC, in milliseconds. */
    static double x(LocalDate month) {
        return month.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static java.awt.Shape diamond() {
        java.awt.geom.Path2D.Double d = new java.awt.geom.Path2D.Double();
        d.moveTo(0, -4.5);
        d.lineTo(4.5, 0);
        d.lineTo(0, 4.5);
        d.lineTo(-4.5, 0);
        d.closePath();
        return d;
    }
}
