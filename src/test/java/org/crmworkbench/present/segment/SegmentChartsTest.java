package org.crmworkbench.present.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PlantedSegments;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.PointLabels;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SegmentChartsTest {
    private final SegmentCharts charts = new SegmentCharts(new ChartStyle(new ChartFonts()), new SegmentPalette());
    private final Messages english = Messages.english();
    private final Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void scatterHasASeriesPerSegmentThenNoiseOutliersAndCentres() {
        PlantedSegments data = new PlantedSegments(800, 4, 0.05, 1);
        JFreeChart chart = charts.scatter(data.projection, data.clustering, List.of("Loyal", "New"),
                data.outliers, english);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYDataset points = plot.getDataset(0);
        int[] sizes = data.clustering.sizes();
        assertEquals(5, points.getSeriesCount());
        for (int s = 0; s < 4; s++) {
            assertEquals(sizes[s], points.getItemCount(s));
        }
        assertEquals("Loyal", points.getSeriesKey(0));
        assertEquals("New", points.getSeriesKey(1));
        assertEquals("Segment 3", points.getSeriesKey(2), "missing names are numbered from 1");
        assertEquals("Noise (no segment)", points.getSeriesKey(4));
        assertEquals(data.clustering.noiseCount(), points.getItemCount(4));
        assertEquals(data.outliers.size(), plot.getDataset(1).getItemCount(0));
        assertFalse(data.outliers.isEmpty());
        assertEquals(4, plot.getDataset(2).getItemCount(0), "a centre per segment");
        assertEquals(SegmentPalette.NOISE, plot.getRenderer(0).getSeriesPaint(4));
        assertEquals(new SegmentPalette().colour(2), plot.getRenderer(0).getSeriesPaint(2));

        double[] c0 = data.projection.project(data.clustering.centroids()[0]);
        assertEquals(c0[0], plot.getDataset(2).getXValue(0, 0), 1e-12);
        assertEquals(c0[1], plot.getDataset(2).getYValue(0, 0), 1e-12);
        PointLabels labels = (PointLabels) plot.getAnnotations().get(0);
        assertEquals(List.of("Loyal", "New", "Segment 3", "Segment 4"), labels.texts());
    }

    @Test
    void axesStateTheExplainedVariance() {
        PlantedSegments data = new PlantedSegments(300, 3, 0, 2);
        XYPlot plot = (XYPlot) charts.scatter(data.projection, data.clustering, List.of(), Set.of(), english)
                .getPlot();
        String x = plot.getDomainAxis().getLabel();
        String expected = String.format(Locale.ROOT, "PC1 (%.1f%% of variance)", 100 * data.projection.explained()[0]);
        assertEquals(expected, x);
        assertTrue(plot.getRangeAxis().getLabel().startsWith("PC2 ("));
        XYPlot zh = (XYPlot) charts.scatter(data.projection, data.clustering, List.of(), Set.of(), chinese).getPlot();
        assertTrue(zh.getDomainAxis().getLabel().contains("方差"), zh.getDomainAxis().getLabel());
        assertEquals(3, plot.getDataset(0).getSeriesCount(), "no noise series without noise");
    }

    @Test
    void largeScattersUseTheDotRendererAndSmallOnesShapes() {
        PlantedSegments big = new PlantedSegments(SegmentCharts.FAST_RENDERER_LIMIT + 1, 3, 0.01, 3);
        XYPlot plot = (XYPlot) charts.scatter(big.projection, big.clustering, List.of(), Set.of(), english).getPlot();
        assertInstanceOf(XYDotRenderer.class, plot.getRenderer(0));
        PlantedSegments small = new PlantedSegments(500, 3, 0.01, 3);
        plot = (XYPlot) charts.scatter(small.projection, small.clustering, List.of(), Set.of(), english).getPlot();
        assertInstanceOf(XYLineAndShapeRenderer.class, plot.getRenderer(0));
    }

    @Test
    void duplicateNamesStayApartAsSeries() {
        PlantedSegments data = new PlantedSegments(200, 3, 0, 4);
        XYDataset points = ((XYPlot) charts.scatter(data.projection, data.clustering, List.of("A", "A", " "),
                Set.of(), english).getPlot()).getDataset(0);
        assertEquals(List.of("A", "A (2)", "Segment 3"),
                List.of(points.getSeriesKey(0), points.getSeriesKey(1), points.getSeriesKey(2)));
    }

    @Test
    void profileBarsShowEachSegmentsEffectPerFeature() {
        PlantedSegments data = new PlantedSegments(400, 3, 0, 5);
        List<SegmentProfile> profiles = data.profiles();
        CategoryPlot plot = (CategoryPlot) charts.profiles(profiles, List.of("X", "Y", "Z"), english).getPlot();
        assertEquals(3, plot.getDataset().getRowCount());
        assertEquals(PlantedSegments.FEATURES.size(), plot.getDataset().getColumnCount());
        assertEquals("Days since last order", plot.getDataset().getColumnKey(0));
        assertEquals(profiles.get(1).effects()[2], plot.getDataset().getValue("Y", "Total spend").doubleValue(),
                1e-12);
        assertEquals("Difference from the average (standard deviations)", plot.getRangeAxis().getLabel());
    }

    @Test
    void radarAddsTheAverageCustomerAndShiftsEffectsToBePositive() {
        PlantedSegments data = new PlantedSegments(400, 3, 0, 6);
        SpiderWebPlot plot = (SpiderWebPlot) charts.radar(data.profiles(), List.of(), chinese).getPlot();
        assertEquals(4, plot.getDataset().getRowCount());
        assertEquals("平均客户", plot.getDataset().getRowKey(3));
        double reach = plot.getMaxValue() / 2;
        assertEquals(reach, plot.getDataset().getValue(3, 0).doubleValue(), 1e-12);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < plot.getDataset().getColumnCount(); c++) {
                double v = plot.getDataset().getValue(r, c).doubleValue();
                assertTrue(v >= 0 && v <= plot.getMaxValue());
            }
        }
    }

    @Test
    void kChoiceHasAPanelPerMeasureWithTheFavouredKMarked() {
        KChoiceSeries series = PlantedSegments.kChoice();
        JFreeChart chart = charts.kChoice(series, english);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(5, panels.size());
        assertEquals("Number of segments (k)", plot.getDomainAxis().getLabel());
        for (XYPlot panel : panels) {
            assertEquals(series.k().length, panel.getDataset().getItemCount(0));
            Collection<?> markers = panel.getDomainMarkers(Layer.BACKGROUND);
            assertEquals(1, markers.size());
            assertEquals(4, ((ValueMarker) markers.iterator().next()).getValue(), 0);
        }
        assertEquals("Silhouette \u2191", panels.get(1).getRangeAxis().getLabel());

        double[] none = new double[series.k().length];
        java.util.Arrays.fill(none, Double.NaN);
        KChoiceSeries noStability = new KChoiceSeries(series.k(), series.wcss(), series.silhouette(),
                series.daviesBouldin(), series.calinskiHarabasz(), none, 0, 3, 4, 0, 0);
        List<XYPlot> four = ((CombinedDomainXYPlot) charts.kChoice(noStability, english).getPlot()).getSubplots();
        assertEquals(4, four.size(), "a measure without values is left out");
        assertTrue(four.get(0).getDomainMarkers(Layer.BACKGROUND) == null
                || four.get(0).getDomainMarkers(Layer.BACKGROUND).isEmpty(), "k = 0 is not marked");
        assertEquals(3, ((ValueMarker) four.get(1).getDomainMarkers(Layer.BACKGROUND).iterator().next()).getValue(),
                0);
    }

    @Test
    void kDistanceMarksTheSuggestedEpsAndThinsLongCurves() {
        double[] d = new double[50_000];
        for (int i = 0; i < d.length; i++) {
            d[i] = i < 45_000 ? 1 + i / 45_000.0 : 2 + (i - 45_000) / 500.0;
        }
        KDistanceCurve curve = new KDistanceCurve(5, d, 2.0, 45_000);
        JFreeChart chart = charts.kDistance(curve, english);
        XYPlot plot = (XYPlot) chart.getPlot();
        int items = plot.getDataset().getItemCount(0);
        assertTrue(items <= SegmentCharts.CURVE_POINTS + 3, "thinned to " + items);
        assertEquals(d.length, plot.getDataset().getXValue(0, items - 1), 0, "the curve keeps its last point");
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            xs.add(plot.getDataset().getXValue(0, i));
        }
        assertTrue(xs.contains(45_001.0), "the knee is kept");
        ValueMarker eps = (ValueMarker) plot.getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(2.0, eps.getValue(), 0);
        assertEquals("suggested eps = 2", eps.getLabel());
        assertTrue(chart.getTitle().getText().contains("k = 5"));
    }

    @Test
    void noiseProfileIsNamedAndGrey() {
        PlantedSegments data = new PlantedSegments(300, 2, 0, 8);
        List<SegmentProfile> profiles = new ArrayList<>(data.profiles());
        SegmentProfile first = profiles.get(0);
        profiles.add(new SegmentProfile(Clustering.NOISE, 3, 0.01, Double.NaN, first.features(), first.medians(),
                first.effects(), List.of()));
        CategoryPlot plot = (CategoryPlot) charts.profiles(profiles, List.of(), english).getPlot();
        assertEquals("Noise (no segment)", plot.getDataset().getRowKey(2));
        assertEquals(SegmentPalette.NOISE, plot.getRenderer().getSeriesPaint(2));
    }
}
