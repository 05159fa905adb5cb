package org.crmworkbench.present.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.present.chart.ChartText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The value charts of hand-made results: what each plots, and in which words. */
class ValueChartsTest {
    private final Messages english = new Messages(Locale.ENGLISH);
    private final ValueCharts charts = new ValueCharts(english);
    private final ValueResult small = ValueFixture.small();

    @Test
    void rfmSegmentsCountsTheCustomersOfEverySegmentInOrder() {
        CategoryPlot plot = (CategoryPlot) charts.rfmSegments(small.rfm()).getPlot();
        CategoryDataset data = plot.getDataset();
        assertEquals(1, data.getRowCount());
        assertEquals(List.of("Champions", "Loyal", "Potential loyalists", "New customers", "At risk",
                "Can't lose them", "Hibernating", "Lost"), data.getColumnKeys());
        int[] sizes = {2, 1, 0, 1, 0, 0, 1, 1};
        for (int i = 0; i < sizes.length; i++) {
            assertEquals(sizes[i], data.getValue(0, i).intValue());
        }
    }

    @Test
    void theAliveMapHasOneCellAtXZeroAndThirtyRecenciesForEveryOtherFrequency() {
        JFreeChart chart = charts.aliveMap(small);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertInstanceOf(XYBlockRenderer.class, plot.getRenderer());
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals(1 + 8 * FrequencyRecencyMap.ROWS, data.getItemCount(0));
        int zeros = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            double x = data.getXValue(0, i);
            double tx = data.getYValue(0, i);
            assertTrue(tx >= 0 && tx <= 52, "recency within [0, T]");
            if (x == 0) {
                zeros++;
                assertEquals(0, tx);
            }
            assertEquals(small.model().probabilityAlive((int) x, tx, 52), data.getZValue(0, i), 1e-12);
        }
        assertEquals(1, zeros);
        assertTrue(texts(chart).contains("T = 52 weeks"), texts(chart));
        assertTrue(chart.getSubtitles().stream().anyMatch(PaintScaleLegend.class::isInstance));
    }

    @Test
    void theExpectedPurchasesMapUsesTheHorizon() {
        JFreeChart chart = charts.expectedPurchasesMap(small);
        XYZDataset data = (XYZDataset) ((XYPlot) chart.getPlot()).getDataset();
        for (int i = 0; i < data.getItemCount(0); i += 7) {
            int x = (int) data.getXValue(0, i);
            double tx = data.getYValue(0, i);
            assertEquals(small.model().expectedPurchases(52, x, tx, 52), data.getZValue(0, i), 1e-12);
        }
        assertTrue(texts(chart).contains("Over the next 52 weeks"), texts(chart));
    }

    @Test
    void frequenciesBeyondFiftyAreShownInSteps() {
        FrequencyRecencyMap.Grid grid = FrequencyRecencyMap.grid(120, 10, (x, tx) -> x + tx);
        assertEquals(3, grid.step());
        assertEquals(1 + 40 * FrequencyRecencyMap.ROWS, grid.cells());
    }

    @Test
    void holdoutBarsActualAgainstExpectedByFrequencyGroup() {
        CategoryPlot plot = (CategoryPlot) charts.holdout(small.holdout()).getPlot();
        CategoryDataset data = plot.getDataset();
        assertEquals(List.of("Actual", "Expected by the model"), data.getRowKeys());
        assertEquals(List.of("0", "1", "2", "3+"), data.getColumnKeys());
        assertEquals(1.25, data.getValue(0, 3).doubleValue());
        assertEquals(1.1, data.getValue(1, 3).doubleValue());
    }

    @Test
    void trackingMarksTheCalibrationEnd() {
        XYPlot plot = (XYPlot) charts.tracking(small.tracking()).getPlot();
        XYDataset data = plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(12, data.getItemCount(0));
        assertEquals(31, data.getYValue(0, 10)); // 3 * 10 + 10 % 3
        assertEquals(3.1 * 10, data.getYValue(1, 10), 1e-12);
        ValueMarker end = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(LifecycleCharts.x(small.tracking().periodEnds().get(6)), end.getValue());
        assertTrue(end.getLabel().contains("2024-12-30"), end.getLabel());
    }

    @Test
    void theClvHistogramCountsEveryCustomer() {
        JFreeChart chart = charts.clvDistribution(small);
        XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
        int total = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            total += (int) data.getYValue(0, i);
        }
        assertEquals(6, total);
        assertTrue(chart.getTitle().getText().contains("6 customers"));
    }

    @Test
    void topCustomersAreTheHighestClvFirst() {
        CategoryDataset data = ((CategoryPlot) charts.topCustomers(small, 3).getPlot()).getDataset();
        assertEquals(List.of("C3", "C5", "C2"), data.getColumnKeys());
        assertEquals(1200.0, data.getValue(0, 0).doubleValue());
        assertEquals(250.5, data.getValue(0, 2).doubleValue());
    }

    @Test
    void stageSizesStackOneSeriesPerStage() {
        XYPlot plot = (XYPlot) charts.stageSizes(small.stages()).getPlot();
        XYDataset data = plot.getDataset();
        assertEquals(6, data.getSeriesCount());
        assertEquals("Active", data.getSeriesKey(1));
        assertEquals(12, data.getItemCount(1));
        assertEquals(10 + 4, data.getYValue(1, 4));
    }

    @Test
    void theMigrationFlowGoesFromTheStagesAndTheArrivalsToTheStages() {
        JFreeChart chart = charts.migration(small.migration());
        MigrationFlowPlot plot = assertInstanceOf(MigrationFlowPlot.class, chart.getPlot());
        assertEquals(7, plot.left().size());
        assertEquals("Not yet a customer", plot.left().get(6).label());
        assertEquals(6, plot.right().size());
        int[][] flows = plot.flows();
        assertEquals(20, flows[1][1]);
        assertEquals(5, flows[6][0]);
        assertEquals(29, plot.leftTotal(1));
        assertEquals(10, plot.leftTotal(6));
        assertEquals(5, plot.rightTotal(0)); // only arrivals are new at the later date
        assertTrue(texts(chart).contains("Reactivated"), texts(chart));

        ValueRunRecord.Migration saved = new ValueRunRecord.Migration(small.migration().from(),
                small.migration().to(), small.migration().counts(), small.migration().arrivals());
        assertEquals(20, ((MigrationFlowPlot) charts.migration(saved).getPlot()).flows()[1][1]);
    }

    @Test
    void theCommandLineGetsEveryChartByFileName() {
        assertEquals(List.of("rfm-segments", "expected-purchases-map", "p-alive-map", "holdout", "tracking",
                "clv-distribution", "top-customers", "lifecycle-stages", "migration"),
                List.copyOf(charts.charts(small).keySet()));
        ValueResult r = small;
        ValueResult none = new ValueResult(r.settings(), r.summaries(), r.model(), r.others(), r.spend(),
                r.independence(), r.customers(), r.rfm(), null, r.tracking(), r.comparison(), r.stages(),
                r.migration());
        assertFalse(charts.charts(none).containsKey("holdout"));
    }

    @Test
    void chineseChartsUseChineseWords() {
        ValueCharts chinese = new ValueCharts(new Messages(Locale.SIMPLIFIED_CHINESE));
        assertTrue(texts(chinese.rfmSegments(small.rfm())).contains("冠军客户"));
        assertTrue(texts(chinese.migration(small.migration())).contains("尚未成为客户"));
    }

    private static String texts(JFreeChart chart) {
        StringBuilder b = new StringBuilder(ChartText.of(chart));
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle text) {
                b.append('\n').append(text.getText());
            }
        }
        return b.toString();
    }
}
