package org.crmworkbench.present.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.present.PlantedSegments;
import org.crmworkbench.present.forecast.ForecastCharts;
import org.crmworkbench.present.segment.SegmentCharts;
import org.crmworkbench.present.segment.SegmentPalette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.Test;

/** Light and dark looks: re-applying a theme keeps the series colours and shapes the chart factory chose. */
class ChartThemeTest {
    private final Messages english = Messages.english();
    private final ChartStyle style = new ChartStyle(new ChartFonts());

    /** Every renderer's series paints and shapes, in order. */
    private static List<Object> seriesLook(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        List<Object> look = new ArrayList<>();
        for (int r = 0; r < plot.getRendererCount(); r++) {
            if (plot.getRenderer(r) instanceof AbstractRenderer renderer && plot.getDataset(r) != null) {
                for (int s = 0; s < plot.getDataset(r).getSeriesCount(); s++) {
                    look.add(renderer.lookupSeriesPaint(s));
                    look.add(renderer.lookupSeriesShape(s));
                    look.add(renderer.lookupSeriesStroke(s));
                }
            }
        }
        return look;
    }

    private static List<Object> colouredOnly(List<Object> look) {
        return look.stream().filter(o -> !(o instanceof Color c) || !SeriesPaints.isInk(c)).toList();
    }

    private void assertRethemingKeepsSeries(JFreeChart chart) {
        List<Object> before = seriesLook(chart);
        style.apply(chart, ChartTheme.LIGHT);
        assertEquals(before, seriesLook(chart), "light again");
        style.apply(chart, ChartTheme.DARK);
        assertEquals(colouredOnly(before), colouredOnly(seriesLook(chart)), "dark keeps the colours");
        assertEquals(ChartTheme.DARK.background(), chart.getBackgroundPaint());
        assertEquals(ChartTheme.DARK.plotBackground(), chart.getPlot().getBackgroundPaint());
        assertEquals(ChartTheme.DARK.text(), chart.getTitle().getPaint());
        assertEquals(ChartTheme.DARK.mutedText(), chart.getXYPlot().getDomainAxis().getTickLabelPaint());
        style.apply(chart, ChartTheme.LIGHT);
        assertEquals(before, seriesLook(chart), "light after dark");
        assertEquals(Color.WHITE, chart.getBackgroundPaint());
    }

    @Test
    void aSegmentScatterKeepsItsColoursAndShapes() {
        PlantedSegments data = new PlantedSegments(800, 4, 0.05, 1);
        JFreeChart chart = new SegmentCharts(style, new SegmentPalette()).scatter(data.projection, data.clustering,
                List.of("Loyal", "New"), data.outliers, english);
        assertRethemingKeepsSeries(chart);
    }

    @Test
    void aForecastChartKeepsItsColoursAndStrokes() {
        assertRethemingKeepsSeries(new ForecastCharts(english).forecast(forecastResult()));
    }

    @Test
    void darkInkTurnsLightSoOutlinesStayVisible() {
        PlantedSegments data = new PlantedSegments(300, 3, 0.05, 2);
        JFreeChart chart = new SegmentCharts(style, new SegmentPalette()).scatter(data.projection, data.clustering,
                List.of(), Set.of(1, 2, 3), english);
        AbstractRenderer ring = (AbstractRenderer) chart.getXYPlot().getRenderer(1);
        Paint light = ring.getSeriesPaint(0);
        style.apply(chart, ChartTheme.DARK);
        Color dark = (Color) ring.getSeriesPaint(0);
        assertNotEquals(light, dark);
        assertTrue(dark.getRed() > 0xC0, "outlier marks are light on dark: " + dark);
        style.apply(chart, ChartTheme.LIGHT);
        assertEquals(light, ring.getSeriesPaint(0));
    }

    /** 24 months of history, 3 forecast months with two bands. */
    private static ForecastResult forecastResult() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        int n = 24;
        List<LocalDate> periods = new ArrayList<>();
        double[] values = new double[n];
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            periods.add(start.plusMonths(i));
            values[i] = 100 + i + (i % 12) * 3;
            fitted[i] = i < 12 ? Double.NaN : 99 + i + (i % 12) * 3;
        }
        TimeSeries series = new TimeSeries("Revenue by month", "test", "revenue", SeriesFrequency.MONTH, periods,
                values);
        Forecast forecast = new Forecast(List.of(start.plusMonths(24), start.plusMonths(25), start.plusMonths(26)),
                new double[] {200, 205, 210}, List.of(
                new ForecastBand(80, new double[] {190, 192, 194}, new double[] {210, 218, 226}),
                new ForecastBand(95, new double[] {180, 181, 182}, new double[] {220, 229, 238})));
        List<BacktestPoint> points = List.of(
                new BacktestPoint(start.plusMonths(21), 1, start.plusMonths(22), 122, 121),
                new BacktestPoint(start.plusMonths(22), 1, start.plusMonths(23), 123, 125));
        Backtest hw = new Backtest(ForecastModel.HOLT_WINTERS_ADDITIVE, 1, points,
                new BacktestErrors(1.5, 1.58, 1.2, 0.5));
        FittedParameters parameters = new FittedParameters("Holt-Winters additive",
                List.of(new FittedParameters.Parameter("alpha", 0.5)),
                List.of(new FittedParameters.State("level", new double[] {100})), 12, 12);
        return new ForecastResult(series, ForecastSettings.of(ForecastModel.AUTO, 3),
                ForecastModel.HOLT_WINTERS_ADDITIVE, parameters, fitted, forecast, hw, List.of(hw));
    }
}
