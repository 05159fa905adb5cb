package org.crmworkbench.present.forecast;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.crmworkbench.analysis.forecast.Backtest;
import org.crmworkbench.analysis.forecast.BacktestPoint;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of the Forecast workspace, for the window and for files. Time runs along a date axis (each period at
 * its first day, UTC); colours are Okabe and Ito's: history in near-black, fitted values orange, backtest forecasts
 * faint vermillion, the forecast blue with its bands in translucent sky blue. The forecast line and every band start
 * at the last observed point, so the forecast joins the history without a gap.
 *
 * <p>Datasets of {@link #forecast}: 0 the bands (one series per level, widest first), 1 the lines (history, fitted,
 * forecast), 2 the backtest forecasts (points).
 */
public final class ForecastCharts {
    static final Color HISTORY = new Color(0x222222);
    static final Color FITTED = new Color(0xE69F00);
    static final Color BACKTEST = new Color(0xD55E00);
    static final Color FORECAST = new Color(0x0072B2);
    static final Color BAND = new Color(0x56B4E9);
    static final Color CHOSEN = new Color(0x0072B2);
    static final Color OTHER = new Color(0x56B4E9);
    private static final Shape SWATCH = new Rectangle2D.Double(-7, -5, 14, 10);

    private final Messages messages;
    private final ForecastLabels labels;
    private final ChartStyle style;

    public ForecastCharts(Messages messages) {
        this(messages, new ChartStyle(new ChartFonts()));
    }

    public ForecastCharts(Messages messages, ChartStyle style) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.labels = new ForecastLabels(messages);
        this.style = Objects.requireNonNull(style, "style");
    }

    /** History, one-step fitted values, backtest forecasts, and the forecast with its bands. */
    public JFreeChart forecast(ForecastResult result) {
        return draw(ForecastLines.of(result));
    }

    /** The same chart drawn again from a saved run (history, fitted values, forecast and bands). */
    public JFreeChart forecast(ForecastRunRecord run) {
        return draw(ForecastLines.of(run));
    }

    /**
     * Backtest errors (MASE) of the models compared, best first, the chosen model in dark blue, with a line at 1:
     * the seasonal naive forecast's in-sample error, which a useful model beats.
     */
    public JFreeChart backtest(ForecastResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = messages.get("forecast.chart.mase");
        int chosen = -1;
        int column = 0;
        for (Backtest b : result.candidates()) {
            double mase = b.errors().mase();
            data.addValue(Double.isFinite(mase) ? mase : null, series, labels.model(b.model()));
            if (b.model() == result.model()) {
                chosen = column;
            }
            column++;
        }
        CategoryAxis x = new CategoryAxis(messages.get("forecast.chart.model"));
        x.setMaximumCategoryLabelLines(2);
        if (result.candidates().size() > 4) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = new NumberAxis(messages.get("forecast.chart.maseAxis"));
        int highlighted = chosen;
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int col) {
                return col == highlighted ? CHOSEN : OTHER;
            }
        };
        bars.setAutoPopulateSeriesPaint(false);
        bars.setMaximumBarWidth(0.12);
        bars.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, bars);
        ValueMarker one = new ValueMarker(1.0, HISTORY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
        one.setLabel(messages.get("forecast.chart.naiveLine"));
        one.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        one.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(one, Layer.FOREGROUND);
        double top = 1;
        for (Backtest b : result.candidates()) {
            if (Double.isFinite(b.errors().mase())) {
                top = Math.max(top, b.errors().mase());
            }
        }
        y.setRange(0, top * 1.15); // the line at 1 always in view
        JFreeChart chart = new JFreeChart(messages.get("forecast.chart.backtestTitle",
                new SeriesTitle(messages).of(result.series().name()),
                result.backtest().points().size()), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return style.apply(chart);
    }

    /** The charts by file name: {@code forecast}, {@code backtest}. */
    public Map<String, JFreeChart> charts(ForecastResult result) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("forecast", forecast(result));
        charts.put("backtest", backtest(result));
        return charts;
    }

    private JFreeChart draw(ForecastLines lines) {
        String history = messages.get("forecast.chart.history");
        XYSeries actual = new XYSeries(history, false, true);
        XYSeries fitted = new XYSeries(messages.get("forecast.chart.fitted"), false, true);
        for (int i = 0; i < lines.periods().size(); i++) {
            double x = x(lines.periods().get(i));
            actual.add(x, lines.actual()[i]);
            if (Double.isFinite(lines.fitted()[i])) {
                fitted.add(x, lines.fitted()[i]);
            }
        }
        XYSeries mean = new XYSeries(messages.get("forecast.chart.forecast", labels.model(lines.modelKey())),
                false, true);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        if (lines.hasHistory()) {
            int last = lines.periods().size() - 1;
            lastX = x(lines.periods().get(last));
            lastY = lines.actual()[last];
            mean.add(lastX, lastY);
        }
        for (int i = 0; i < lines.forecastPeriods().size(); i++) {
            mean.add(x(lines.forecastPeriods().get(i)), lines.mean()[i]);
        }
        for (int b = lines.levels().length - 1; b >= 0; b--) {
            YIntervalSeries band = new YIntervalSeries(messages.get("forecast.chart.band", lines.levels()[b]),
                    false, true);
            if (lines.hasHistory()) {
                band.add(lastX, lastY, lastY, lastY);
            }
            for (int i = 0; i < lines.forecastPeriods().size(); i++) {
                band.add(x(lines.forecastPeriods().get(i)), lines.mean()[i], lines.lower()[b][i],
                        lines.upper()[b][i]);
            }
            bands.addSeries(band);
        }

        DateAxis time = new DateAxis(messages.get("forecast.chart.period", labels.frequency(lines.frequency())));
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setDateFormatOverride(dateFormat(lines.frequency()));
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis value = new NumberAxis(labels.unit(lines.unit()));
        value.setAutoRangeIncludesZero(false);

        DeviationRenderer bandRenderer = new DeviationRenderer(false, false) {
            @Override
            public LegendItem getLegendItem(int datasetIndex, int series) {
                LegendItem item = super.getLegendItem(datasetIndex, series);
                if (item == null) {
                    return null;
                }
                LegendItem swatch = new LegendItem(item.getLabel(), null, null, null, SWATCH,
                        lookupSeriesFillPaint(series));
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
        for (int s = 0; s < bands.getSeriesCount(); s++) {
            // the widest band (drawn first) lightest; narrower bands darker on top
            int alpha = 45 + 50 * s;
            bandRenderer.setSeriesFillPaint(s, new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(),
                    Math.min(alpha, 200)));
            bandRenderer.setSeriesPaint(s, new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(),
                    Math.min(alpha, 200)));
        }
        XYPlot plot = new XYPlot(bands, time, value, bandRenderer);

        XYSeriesCollection lineData = new XYSeriesCollection();
        lineData.addSeries(actual);
        lineData.addSeries(fitted);
        lineData.addSeries(mean);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setAutoPopulateSeriesPaint(false);
        lineRenderer.setAutoPopulateSeriesStroke(false);
        lineRenderer.setSeriesPaint(0, HISTORY);
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.6f));
        lineRenderer.setSeriesPaint(1, FITTED);
        lineRenderer.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4f, 3f}, 0f));
        lineRenderer.setSeriesPaint(2, FORECAST);
        lineRenderer.setSeriesStroke(2, new BasicStroke(2.2f));
        plot.setDataset(1, lineData);
        plot.setRenderer(1, lineRenderer);

        if (!lines.backtest().isEmpty()) {
            XYSeries points = new XYSeries(messages.get("forecast.chart.backtest"), true, true);
            for (BacktestPoint p : lines.backtest()) {
                points.add(x(p.period()), p.forecast());
            }
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setAutoPopulateSeriesPaint(false);
            dots.setAutoPopulateSeriesShape(false);
            dots.setSeriesPaint(0, new Color(BACKTEST.getRed(), BACKTEST.getGreen(), BACKTEST.getBlue(), 130));
            dots.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            plot.setDataset(2, new XYSeriesCollection(points));
            plot.setRenderer(2, dots);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(messages.get("forecast.chart.title", new SeriesTitle(messages).of(lines.seriesName()),
                labels.model(lines.modelKey())), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return style.apply(chart);
    }

    /** The x value of a period: its first day at midnight UTC, in milliseconds. */
    static double x(LocalDate period) {
        return period.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static java.text.DateFormat dateFormat(SeriesFrequency frequency) {
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat(
                frequency == SeriesFrequency.MONTH || frequency == SeriesFrequency.QUARTER ? "yyyy-MM" : "yyyy-MM-dd",
                java.util.Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return format;
    }
}
