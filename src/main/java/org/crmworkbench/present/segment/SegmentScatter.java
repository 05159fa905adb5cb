package org.crmworkbench.present.segment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.Projection;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.PointLabels;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The segments on the plane of the first two principal components: a colour and shape per segment, noise in grey,
 * outliers crossed out, and each segment's centre as a large outlined marker with the segment's name.
 */
final class SegmentScatter {
    private static final double CENTRE_SIZE = 14;

    private final ChartStyle style;
    private final SegmentPalette palette;

    SegmentScatter(ChartStyle style, SegmentPalette palette) {
        this.style = style;
        this.palette = palette;
    }

    /**
     * The scatter of {@link SegmentCharts#scatter}. Datasets: 0 holds the points (series {@code 0 .. k-1} the
     * segments, then noise); 1 the outliers; 2 the centres (one item per segment).
     */
    JFreeChart scatter(Projection projection, Clustering clustering, List<String> names,
                       Set<Integer> outlierRows, Messages messages) {
        double[] x = projection.x();
        double[] y = projection.y();
        int[] labels = clustering.labels();
        int n = x.length;
        if (labels.length != n || y.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " projected rows");
        }
        int k = clustering.clusterCount();
        List<String> segmentNames = SeriesNames.ofSegments(names, k, messages);

        int[] counts = new int[k + 1];
        for (int label : labels) {
            counts[label < 0 ? k : label]++;
        }
        double[][][] series = new double[k + 1][][];
        for (int s = 0; s <= k; s++) {
            series[s] = new double[2][counts[s]];
        }
        int[] filled = new int[k + 1];
        for (int i = 0; i < n; i++) {
            int s = labels[i] < 0 ? k : labels[i];
            series[s][0][filled[s]] = x[i];
            series[s][1][filled[s]] = y[i];
            filled[s]++;
        }
        DefaultXYDataset points = new DefaultXYDataset();
        for (int s = 0; s < k; s++) {
            points.addSeries(segmentNames.get(s), series[s]);
        }
        boolean noise = counts[k] > 0;
        if (noise) {
            points.addSeries(segmentNames.get(k), series[k]);
        }

        NumberAxis xAxis = new NumberAxis(axisLabel("PC1", projection.explained(), 0, messages));
        NumberAxis yAxis = new NumberAxis(axisLabel("PC2", projection.explained(), 1, messages));
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(points, xAxis, yAxis, pointRenderer(n, k, noise));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        List<double[]> outliers = new ArrayList<>();
        for (int row : outlierRows) {
            if (row >= 0 && row < n) {
                outliers.add(new double[] {x[row], y[row]});
            }
        }
        DefaultXYDataset outlierSet = new DefaultXYDataset();
        outlierSet.addSeries(messages.get("segment.chart.outliers"), SegmentCharts.columns(outliers));
        XYLineAndShapeRenderer ring = new XYLineAndShapeRenderer(false, true);
        boolean manyOutliers = outliers.size() > 200;
        ring.setSeriesShape(0, cross(manyOutliers ? 2.5 : 4.5));
        ring.setSeriesShapesFilled(0, false);
        ring.setSeriesPaint(0, manyOutliers ? withAlpha(SegmentPalette.INK, 150) : SegmentPalette.INK);
        ring.setSeriesStroke(0, new BasicStroke(manyOutliers ? 0.9f : 1.6f));
        ring.setAutoPopulateSeriesPaint(false);
        plot.setDataset(1, outlierSet);
        plot.setRenderer(1, ring);

        List<double[]> centres = new ArrayList<>();
        PointLabels centreLabels = new PointLabels(CENTRE_SIZE / 2 + 1);
        List<Integer> centreSegments = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            if (counts[s] == 0) {
                continue;
            }
            double[] p = projection.project(clustering.centroids()[s]);
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                centres.add(p);
                centreSegments.add(s);
                centreLabels.add(p[0], p[1], segmentNames.get(s));
            }
        }
        plot.addAnnotation(centreLabels);
        DefaultXYDataset centreSet = new DefaultXYDataset();
        centreSet.addSeries(messages.get("segment.chart.centres"), SegmentCharts.columns(centres));
        plot.setDataset(2, centreSet);
        plot.setRenderer(2, new CentreRenderer(palette, centreSegments.stream().mapToInt(Integer::intValue).toArray()));

        JFreeChart chart = new JFreeChart(messages.get("segment.chart.scatter.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        return style.apply(chart);
    }

    private XYItemRenderer pointRenderer(int n, int k, boolean noise) {
        int alpha = n > 2_000 ? 170 : 255;
        if (n > SegmentCharts.FAST_RENDERER_LIMIT) {
            XYDotRenderer dots = new XYDotRenderer();
            dots.setDotWidth(2);
            dots.setDotHeight(2);
            dots.setLegendShape(new Ellipse2D.Double(-4, -4, 8, 8));
            for (int s = 0; s < k; s++) {
                dots.setSeriesPaint(s, withAlpha(palette.colour(s), alpha));
            }
            if (noise) {
                dots.setSeriesPaint(k, SegmentPalette.NOISE);
            }
            dots.setAutoPopulateSeriesPaint(false);
            return dots;
        }
        double size = n <= 1_000 ? 6.5 : n <= 4_000 ? 5 : 4;
        XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
        shapes.setDrawOutlines(false);
        for (int s = 0; s < k; s++) {
            shapes.setSeriesPaint(s, withAlpha(palette.colour(s), alpha));
            shapes.setSeriesShape(s, palette.shape(s, size));
        }
        if (noise) {
            shapes.setSeriesPaint(k, SegmentPalette.NOISE);
            shapes.setSeriesShape(k, SegmentPalette.shapeOfKind(0, size * 0.8));
        }
        shapes.setAutoPopulateSeriesPaint(false);
        shapes.setAutoPopulateSeriesShape(false);
        return shapes;
    }

    /** Draws each segment's centre in the segment's colour and shape, large and outlined. */
    private static final class CentreRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient SegmentPalette palette;
        private final int[] segmentOfItem;

        CentreRenderer(SegmentPalette palette, int[] segmentOfItem) {
            super(false, true);
            this.palette = palette;
            this.segmentOfItem = segmentOfItem.clone();
            setUseOutlinePaint(true);
            setDrawOutlines(true);
            setSeriesPaint(0, Color.WHITE);
            setSeriesOutlinePaint(0, SegmentPalette.INK);
            setSeriesOutlineStroke(0, new BasicStroke(1.6f));
            setSeriesShape(0, SegmentPalette.shapeOfKind(0, CENTRE_SIZE));
            setAutoPopulateSeriesPaint(false);
            setAutoPopulateSeriesOutlinePaint(false);
            setAutoPopulateSeriesOutlineStroke(false);
            setAutoPopulateSeriesShape(false);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return palette.colour(segmentOfItem[column]);
        }

        @Override
        public Shape getItemShape(int row, int column) {
            return palette.shape(segmentOfItem[column], CENTRE_SIZE);
        }
    }

    private static String axisLabel(String component, double[] explained, int i, Messages messages) {
        if (explained == null || explained.length <= i || !Double.isFinite(explained[i])) {
            return component;
        }
        return messages.get("segment.chart.scatter.axis", component, explained[i]);
    }

    /** An upright-diagonal cross (×) reaching {@code r} points from its centre, drawn as lines. */
    private static Shape cross(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-r, -r);
        p.lineTo(r, r);
        p.moveTo(-r, r);
        p.lineTo(r, -r);
        return p;
    }

    private static Color withAlpha(Color c, int alpha) {
        return alpha >= 255 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
