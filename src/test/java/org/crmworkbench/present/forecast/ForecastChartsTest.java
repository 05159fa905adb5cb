package org.crmworkbench.present.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.forecast.Backtest;
import org.crmworkbench.analysis.forecast.BacktestErrors;
import org.crmworkbench.analysis.forecast.BacktestPoint;
import org.crmworkbench.analysis.forecast.FittedParameters;
import org.crmworkbench.analysis.forecast.Forecast;
import org.crmworkbench.analysis.forecast.ForecastBand;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The forecast charts drawn from hand-made results: what is plotted where, and with which words. */
class ForecastChartsTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private final Messages english = Messages.english();

    /** 24 months of history 100 + i, fitted from month 13 on, 3 forecast months at 200 with bands of +-10 and +-20. */
    static ForecastResult result() {
        int n = 24;
        List<LocalDate> periods = new ArrayList<>();
        double[] values = new double[n];
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            periods.add(START.plusMonths(i));
            values[i] = 100 + i;
            fitted[i] = i < 12 ? Double.NaN : 99 + i;
        }
        TimeSeries series = new TimeSeries("Revenue by month", "test", "revenue", SeriesFrequency.MONTH, periods,
                values);
        List<LocalDate> ahead = List.of(START.plusMonths(24), START.plusMonths(25), START.plusMonths(26));
        double[] mean = {200, 200, 200};
        Forecast forecast = new Forecast(ahead, mean, List.of(
                new ForecastBand(80, new double[] {190, 190, 190}, new double[] {210, 210, 210}),
                new ForecastBand(95, new double[] {180, 180, 180}, new double[] {220, 220, 220})));
        List<BacktestPoint> points = List.of(
                new BacktestPoint(START.plusMonths(21), 1, START.plusMonths(22), 122, 121),
                new BacktestPoint(START.plusMonths(22), 1, START.plusMonths(23), 123, 125));
        Backtest hw = new Backtest(ForecastModel.HOLT_WINTERS_ADDITIVE, 1, points,
                new BacktestErrors(1.5, 1.58, 1.2, 0.5));
        Backtest naive = new Backtest(ForecastModel.SEASONAL_NAIVE, 1, points, new BacktestErrors(3, 3, 2.4, 1.0));
        FittedParameters parameters = new FittedParameters("Holt-Winters additive",
                List.of(new FittedParameters.Parameter("alpha", 0.5)),
                List.of(new FittedParameters.State("level", new double[] {100})), 12, 12);
        return new ForecastResult(series, ForecastSettings.of(ForecastModel.AUTO, 3),
                ForecastModel.HOLT_WINTERS_ADDITIVE, parameters, fitted, forecast, hw, List.of(hw, naive));
    }

    private static double x(LocalDate d) {
        return ForecastCharts.x(d);
    }

    @Test
    void theForecastChartShowsHistoryFittedBacktestAndBandsStartingAtTheLastObservation() {
        JFreeChart chart = new ForecastCharts(english).forecast(result());
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals("Revenue by month \u2013 Holt-Winters additive", chart.getTitle().getText());
        assertInstanceOf(DateAxis.class, plot.getDomainAxis());
        assertEquals("Month", plot.getDomainAxis().getLabel());
        assertEquals("Revenue", plot.getRangeAxis().getLabel());

        XYDataset lines = plot.getDataset(1);
        assertEquals(3, lines.getSeriesCount());
        assertEquals("History", lines.getSeriesKey(0));
        assertEquals(24, lines.getItemCount(0));
        assertEquals("Fitted (one step ahead)", lines.getSeriesKey(1));
        assertEquals(12, lines.getItemCount(1), "no fitted value for the first season");
        assertEquals("Forecast (Holt-Winters additive)", lines.getSeriesKey(2));
        assertEquals(4, lines.getItemCount(2), "the forecast line starts at the last observation");
        assertEquals(x(START.plusMonths(23)), lines.getXValue(2, 0));
        assertEquals(123.0, lines.getYValue(2, 0));

        IntervalXYDataset bands = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(2, bands.getSeriesCount());
        assertEquals("95% interval", bands.getSeriesKey(0), "the widest band is drawn first");
        assertEquals("80% interval", bands.getSeriesKey(1));
        for (int s = 0; s < 2; s++) {
            assertEquals(4, bands.getItemCount(s));
            assertEquals(x(START.plusMonths(23)), bands.getXValue(s, 0), "no gap after the history");
            assertEquals(123.0, bands.getStartYValue(s, 0));
            assertEquals(123.0, bands.getEndYValue(s, 0));
        }
        assertEquals(180.0, bands.getStartYValue(0, 1));
        assertEquals(220.0, bands.getEndYValue(0, 3));
        assertEquals(190.0, bands.getStartYValue(1, 2));
        assertEquals(210.0, bands.getEndYValue(1, 2));

        XYDataset backtest = plot.getDataset(2);
        assertEquals("Backtest forecasts", backtest.getSeriesKey(0));
        assertEquals(2, backtest.getItemCount(0));
        assertEquals(125.0, backtest.getYValue(0, 1));
    }

    @Test
    void theProjectColoursSurviveTheChartStyle() {
        XYPlot plot = (XYPlot) new ForecastCharts(english).forecast(result()).getPlot();
        XYItemRenderer lines = plot.getRenderer(1);
        assertEquals(ForecastCharts.HISTORY, lines.getSeriesPaint(0));
        assertEquals(ForecastCharts.FITTED, lines.getSeriesPaint(1));
        assertEquals(ForecastCharts.FORECAST, lines.getSeriesPaint(2));
        Color band = (Color) ((org.jfree.chart.renderer.xy.DeviationRenderer) plot.getRenderer(0))
                .getSeriesFillPaint(0);
        assertTrue(band.getAlpha() < 255, "bands are translucent");
    }

    @Test
    void aSavedRunIsDrawnTheSameWay() {
        ForecastResult r = result();
        List<ForecastRunRecord.HistoryPoint> history = new ArrayList<>();
        for (int i = 0; i < r.series().size(); i++) {
            history.add(new ForecastRunRecord.HistoryPoint(r.series().periods().get(i), r.series().values()[i],
                    r.fitted()[i]));
        }
        List<ForecastRunRecord.ForecastPoint> ahead = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ahead.add(new ForecastRunRecord.ForecastPoint(r.forecast().periods().get(i), 200, new int[] {80, 95},
                    new double[] {190, 180}, new double[] {210, 220}));
        }
        ForecastRunRecord run = new ForecastRunRecord(7, "Revenue by month", "revenue", SeriesFrequency.MONTH,
                "hw-add", "auto", "{}", 12, "{}", 1, "test", Instant.EPOCH, "dev", history, ahead);
        JFreeChart chart = new ForecastCharts(english).forecast(run);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals("Revenue by month \u2013 Holt-Winters additive", chart.getTitle().getText());
        assertEquals(24, plot.getDataset(1).getItemCount(0));
        assertEquals(12, plot.getDataset(1).getItemCount(1));
        IntervalXYDataset bands = (IntervalXYDataset) plot.getDataset(0);
        assertEquals("95% interval", bands.getSeriesKey(0));
        assertEquals(x(START.plusMonths(23)), bands.getXValue(0, 0));
        assertEquals(180.0, bands.getStartYValue(0, 1));
        assertEquals(210.0, bands.getEndYValue(1, 1));
        assertEquals(null, plot.getDataset(2), "a saved run has no backtest points");
    }

    @Test
    void theBacktestChartComparesMaseWithALineAtOne() {
        JFreeChart chart = new ForecastCharts(english).backtest(result());
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("Holt-Winters additive", "Seasonal naive"), data.getColumnKeys());
        assertEquals(0.5, data.getValue(0, 0).doubleValue());
        assertEquals(1.0, data.getValue(0, 1).doubleValue());
        ValueMarker one = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(1.0, one.getValue());
        assertEquals("seasonal naive = 1", one.getLabel());
        assertEquals(ForecastCharts.CHOSEN, plot.getRenderer().getItemPaint(0, 0));
        assertEquals(ForecastCharts.OTHER, plot.getRenderer().getItemPaint(0, 1));
        assertTrue(chart.getTitle().getText().contains("2 forecasts"), chart.getTitle().getText());
    }

    @Test
    void chartsAreKeyedByFileNameAndSpeakChinese() {
        assertEquals(List.of("forecast", "backtest"), List.copyOf(new ForecastCharts(english).charts(result())
                .keySet()));
        JFreeChart chart = new ForecastCharts(new Messages(Locale.SIMPLIFIED_CHINESE)).forecast(result());
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals("销售额", plot.getRangeAxis().getLabel());
        assertEquals("月", plot.getDomainAxis().getLabel());
        assertEquals("历史", plot.getDataset(1).getSeriesKey(0));
        assertFalse(chart.getTitle().getText().contains("!"));
    }

    @Test
    void aFileColumnNamesTheValueAxisAsItIs() {
        ForecastResult r = result();
        TimeSeries s = r.series();
        TimeSeries file = new TimeSeries("units by month", "units.csv", "units", s.frequency(), s.periods(),
                s.values());
        ForecastResult fromFile = new ForecastResult(file, r.settings(), r.model(), r.parameters(), r.fitted(),
                r.forecast(), r.backtest(), r.candidates());
        assertEquals("units", ((XYPlot) new ForecastCharts(english).forecast(fromFile).getPlot()).getRangeAxis()
                .getLabel());
    }
}
