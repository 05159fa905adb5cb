package org.crmworkbench.present.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class RecommendChartsTest {
    private final RecommendCharts charts = new RecommendCharts(Messages.english());

    static AlgorithmScores scores(RecommenderAlgorithm a, double rmse, double precision) {
        return new AlgorithmScores(RecommenderSettings.defaults(a), "", 10, rmse, rmse * 0.8, precision,
                precision * 2, precision * 1.5, precision * 0.9, precision * 3, 0.25, 0.1, 0.2, 100);
    }

    @Test
    void comparisonHasRankingBarsPerMethodAndErrorBarsOnlyForRatingPredictors() {
        JFreeChart chart = charts.comparison(List.of(scores(RecommenderAlgorithm.POPULAR, Double.NaN, 0.05),
                scores(RecommenderAlgorithm.ITEM_KNN, 0.91, 0.12)), "database demo");
        @SuppressWarnings("unchecked")
        List<CategoryPlot> plots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
        assertEquals(2, plots.size());
        CategoryDataset ranking = plots.get(0).getDataset();
        assertEquals(6, ranking.getRowCount());
        assertEquals(List.of("Popularity", "Item-based kNN"), ranking.getColumnKeys());
        assertEquals(0.12, ranking.getValue("Precision@10", "Item-based kNN").doubleValue(), 1e-12);
        assertEquals(0.25, ranking.getValue("Coverage", "Popularity").doubleValue(), 1e-12);
        CategoryDataset errors = plots.get(1).getDataset();
        assertEquals(0.91, errors.getValue("RMSE", "Item-based kNN").doubleValue(), 1e-12);
        // both subplots keep every method in the same place; a NaN becomes an empty cell, so no bar is drawn
        assertEquals(List.of("Popularity", "Item-based kNN"), errors.getColumnKeys());
        assertNull(errors.getValue("RMSE", "Popularity"), "NaN bars are left out");
        String text = ChartText.of(chart);
        assertTrue(text.contains("Data: database demo"), text);
        assertTrue(text.contains("Predicts no ratings, so no RMSE or MAE: Popularity"), text);
    }

    @Test
    void curveHasRmseAndPrecisionSeriesPerMethodOnTwoAxesWithTheSelectedKMarked() {
        List<NeighbourPoint> points = List.of(new NeighbourPoint(RecommenderAlgorithm.ITEM_KNN, 40, 0.90, 0.14, 10),
                new NeighbourPoint(RecommenderAlgorithm.ITEM_KNN, 10, 0.95, 0.10, 10),
                new NeighbourPoint(RecommenderAlgorithm.USER_KNN, 20, 0.97, Double.NaN, 10));
        JFreeChart chart = charts.neighbourCurve(points, 40, "database demo");
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset rmse = plot.getDataset(0);
        XYDataset precision = plot.getDataset(1);
        assertEquals(2, rmse.getSeriesCount());
        assertEquals("User-based kNN: RMSE", rmse.getSeriesKey(0));
        assertEquals("Item-based kNN: RMSE", rmse.getSeriesKey(1));
        assertEquals(10, rmse.getXValue(1, 0), 0);
        assertEquals(0.95, rmse.getYValue(1, 0), 1e-12);
        assertEquals(40, rmse.getXValue(1, 1), 0);
        assertEquals(0, precision.getItemCount(0), "the NaN precision is left out");
        assertEquals(0.14, precision.getYValue(1, 1), 1e-12);
        assertEquals(1, plot.getRangeAxisIndex(plot.getRangeAxis(1)));
        assertEquals(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
        ValueMarker marker = (ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator()
                .next();
        assertEquals(40, marker.getValue(), 0);
        assertNull(charts.neighbourCurve(List.of(), 0, "x").getXYPlot().getDomainMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND));
    }
}
