package org.crmworkbench.present.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.sales.RepScorecard;
import org.crmworkbench.analysis.sales.RepTrend;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepsRunRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** What the sales-team charts hold: their datasets, in the order drawn, and their words. */
class RepsChartsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private final RepsCharts charts = new RepsCharts(EN);

    @Test
    void theRunGivesTheCaterpillarAndTheRankChart() {
        assertEquals(List.of("caterpillar", "ranks"), List.copyOf(charts.charts(RepsFixture.smallRun()).keySet()));
    }

    @Test
    void theCaterpillarSortsRepsByEffectAndColoursThoseWhoseIntervalExcludesZero() {
        JFreeChart chart = charts.caterpillar(RepsFixture.smallRun());
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        SymbolAxis reps = assertInstanceOf(SymbolAxis.class, plot.getDomainAxis());
        // lowest effect first (at the bottom): Ada Lee -0.3125, R003 0.0625, Bo Chen 0.25 (best, at the top)
        assertEquals(List.of("R001 Ada Lee", "R003", "R002 Bo Chen"), List.of(reps.getSymbols()));
        IntervalXYDataset data = (IntervalXYDataset) plot.getDataset();
        assertEquals(3, data.getSeriesCount());
        assertEquals("Above a typical rep (interval above 0)", data.getSeriesKey(0));
        assertEquals("Not distinguishable from a typical rep", data.getSeriesKey(1));
        assertEquals("Below a typical rep (interval below 0)", data.getSeriesKey(2));
        assertPoint(data, 0, 2, 0.25, 0.125, 0.375);
        assertPoint(data, 1, 1, 0.0625, -0.0625, 0.1875);
        assertPoint(data, 2, 0, -0.3125, -0.5, -0.125);
        assertEquals(RepsCharts.ABOVE, plot.getRenderer().getSeriesPaint(0));
        assertEquals(RepsCharts.ACROSS, plot.getRenderer().getSeriesPaint(1));
        assertEquals(RepsCharts.BELOW, plot.getRenderer().getSeriesPaint(2));
        assertEquals(1, plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(), "the line at 0");
        assertTrue(plot.getRangeAxis().getLabel().startsWith("Effect on log order value"));
        assertEquals("Each rep's own effect on order value (log scale), with 95% intervals",
                chart.getTitle().getText());
    }

    @Test
    void aCaterpillarWithoutRepsAboveZeroLeavesThatSeriesOut() {
        RepsRunRecord run = RepsFixture.smallRun();
        RepsRunRecord across = new RepsRunRecord(0, run.startedAt(), "test", "x", "orders", List.of(), false,
                "month", 90, 3, "{}", List.of(run.effects().get(1)), List.of());
        XYDataset data = ((XYPlot) charts.caterpillar(across).getPlot()).getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals(RepsCharts.ACROSS, ((XYPlot) charts.caterpillar(across).getPlot()).getRenderer()
                .getSeriesPaint(0));
    }

    @Test
    void theRankChartJoinsEachRepsRawAndAdjustedRankHighlightingTheShifts() {
        JFreeChart chart = charts.ranks(RepsFixture.smallRun());
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals("R002 Bo Chen ranks 3rd on revenue but 1st once territory, channel and the season are "
                + "accounted for", ((org.jfree.chart.title.TextTitle) chart.getSubtitle(2)).getText());
        XYDataset data = plot.getDataset();
        // the unhighlighted first, the shifted reps last so they are drawn on top
        assertEquals(List.of("R003", "R002", "R001"), List.of(data.getSeriesKey(0), data.getSeriesKey(1),
                data.getSeriesKey(2)));
        assertEquals(2.0, data.getYValue(0, 0));
        assertEquals(2.0, data.getYValue(0, 1));
        assertEquals(3.0, data.getYValue(1, 0));
        assertEquals(1.0, data.getYValue(1, 1));
        assertEquals(1.0, data.getYValue(2, 0));
        assertEquals(3.0, data.getYValue(2, 1));
        assertEquals(RepsCharts.OTHER, plot.getRenderer().getSeriesPaint(0));
        assertEquals(RepsCharts.ABOVE, plot.getRenderer().getSeriesPaint(1), "Bo Chen moves up");
        assertEquals(RepsCharts.BELOW, plot.getRenderer().getSeriesPaint(2), "Ada Lee moves down");
        assertTrue(plot.getRangeAxis().isInverted(), "rank 1 at the top");
        assertEquals(6, plot.getAnnotations().size(), "every rep named at both ends");
        assertEquals(List.of("Raw rank (revenue)", "Adjusted rank"),
                List.of(((SymbolAxis) plot.getDomainAxis()).getSymbols()));
        assertEquals(3, plot.getLegendItems().getItemCount());
    }

    @Test
    void aLargeTeamNamesOnlyTheHighlightedReps() {
        RepsRunRecord run = RepsFixture.planted();
        assertFalse(run.shifts().isEmpty(), "the planted territories move some reps");
        XYPlot plot = (XYPlot) charts.ranks(run).getPlot();
        assertEquals(30, plot.getDataset().getSeriesCount());
        assertEquals(2 * run.shifts().size(), plot.getAnnotations().size());
    }

    @Test
    void theTrendShowsRevenueTheForecastWithItsBandAndTheCheckedMonths() {
        RepTrend trend = RepsFixture.trend();
        XYPlot plot = (XYPlot) charts.trend(trend, "R001 Ada Lee").getPlot();
        IntervalXYDataset band = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(7, band.getItemCount(0), "from the last month of history on");
        assertEquals(trend.revenue()[17], band.getStartYValue(0, 0));
        assertEquals(trend.lower95()[5], band.getStartYValue(0, 6));
        assertEquals(trend.upper95()[5], band.getEndYValue(0, 6));
        XYDataset lines = plot.getDataset(1);
        assertEquals(18, lines.getItemCount(0));
        assertEquals(7, lines.getItemCount(1));
        assertEquals(trend.forecast()[0], lines.getYValue(1, 1));
        XYDataset checked = plot.getDataset(2);
        assertEquals(3, checked.getItemCount(0));
        assertEquals(RepCardCharts.x(trend.months().get(15)), checked.getXValue(0, 0));
        assertEquals(4650.0, checked.getYValue(0, 2));
    }

    @Test
    void theScorecardChartDrawsRevenueBarsAndTheQuotaWhereThereIsOne() {
        List<RepScorecard> cards = RepsFixture.small().scorecards().subList(0, 2);
        CategoryPlot plot = (CategoryPlot) charts.scorecard(cards, "R001 Ada Lee", "quarter").getPlot();
        assertEquals(List.of("2026-Q1", "2026-Q2"), plot.getDataset(0).getColumnKeys());
        assertEquals(1200.5, plot.getDataset(0).getValue(0, 0).doubleValue());
        assertEquals(1000.0, plot.getDataset(1).getValue(0, 0).doubleValue());
        assertNull(plot.getDataset(1).getValue(0, 1), "no quota for 2026-Q2");
        CategoryPlot noQuota = (CategoryPlot) charts.scorecard(RepsFixture.small().scorecards().subList(3, 4),
                "R004", "quarter").getPlot();
        assertNull(noQuota.getDataset(1));
    }

    private static void assertPoint(IntervalXYDataset data, int series, double x, double y, double low,
                                    double high) {
        assertEquals(1, data.getItemCount(series));
        assertEquals(x, data.getXValue(series, 0));
        assertEquals(y, data.getYValue(series, 0));
        assertEquals(low, data.getStartYValue(series, 0));
        assertEquals(high, data.getEndYValue(series, 0));
    }
}
