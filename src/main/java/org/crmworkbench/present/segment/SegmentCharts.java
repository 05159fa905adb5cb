package org.crmworkbench.present.segment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.Projection;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.PointLabels;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.TableOrder;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Charts of a segmentation: segments on the principal-component plane, segment profiles as bars and as a radar,
 * the measures for choosing k, and the k-distance curve for choosing DBSCAN's eps. Every title and label comes
 * from the message bundle; every chart gets the shared {@link ChartStyle} and {@link SegmentPalette}.
 */
public final class SegmentCharts {
    /** Above this many points the scatter draws plain dots, which is many times faster than shapes. */
    public static final int FAST_RENDERER_LIMIT = 10_000;
    /** The k-distance curve is thinned to about this many points; its shape does not change. */
    public static final int CURVE_POINTS = 2_000;

    private static final double CENTRE_SIZE = 14;
    static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 3f}, 0f);

    private final ChartStyle style;
    private final SegmentPalette palette;
    private final ParameterCharts parameterCharts;

    public SegmentCharts(ChartStyle style, SegmentPalette palette) {
        this.style = Objects.requireNonNull(style, "style");
        this.palette = Objects.requireNonNull(palette, "palette");
        this.parameterCharts = new ParameterCharts(style);
    }

    public SegmentPalette palette() {
        return palette;
    }

    /**
     * Rows on the plane of the first two principal components: a series per segment in the palette's colour, noise
     * in grey (when there is any), outliers ringed, and each segment's centre as a large outlined marker labelled
     * with the segment's name.
     *
     * <p>Datasets: 0 holds the points (series {@code 0 .. k-1} the segments, then noise); 1 the outliers; 2 the
     * centres (one item per segment).
     *
     * @param names        segment names by segment number; missing or blank names become "Segment n"
     * @param outlierRows  rows to ring as outliers (rows outside the projection are ignored)
     */
    public JFreeChart scatter(Projection projection, Clustering clustering, List<String> names,
                              Set<Integer> outlierRows, Messages messages) {
        double[] x = projection.x();
        double[] y = projection.y();
        int[] labels = clustering.labels();
        int n = x.length;
        if (labels.length != n || y.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " projected rows");
        }
        int k = clustering.clusterCount();
        List<String> segmentNames = segmentNames(names, k, messages);

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
        outlierSet.addSeries(messages.get("segment.chart.outliers"), columns(outliers));
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
        centreSet.addSeries(messages.get("segment.chart.centres"), columns(centres));
        plot.setDataset(2, centreSet);
        plot.setRenderer(2, new CentreRenderer(palette, centreSegments.stream().mapToInt(Integer::intValue).toArray()));

        JFreeChart chart = new JFreeChart(messages.get("segment.chart.scatter.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        return style.apply(chart);
    }

    private XYItemRenderer pointRenderer(int n, int k, boolean noise) {
        int alpha = n > 2_000 ? 170 : 255;
        if (n > FAST_RENDERER_LIMIT) {
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

    /**
     * Grouped horizontal bars: for each feature, how far each segment's mean sits from the average customer in
     * standard deviations ({@link SegmentProfile#effects()}); a bar per segment in the palette's colour.
     */
    public JFreeChart profiles(List<SegmentProfile> profiles, List<String> names, Messages messages) {
        DefaultCategoryDataset data = effectsDataset(profiles, names, messages, false);
        CategoryAxis featureAxis = new CategoryAxis(messages.get("segment.chart.profiles.feature"));
        featureAxis.setMaximumCategoryLabelWidthRatio(0.3f);
        featureAxis.setCategoryMargin(0.25);
        NumberAxis effectAxis = new NumberAxis(messages.get("segment.chart.profiles.axis"));
        BarRenderer bars = new BarRenderer();
        bars.setItemMargin(0.02);
        bars.setDrawBarOutline(false);
        for (int r = 0; r < profiles.size(); r++) {
            bars.setSeriesPaint(r, palette.colour(profiles.get(r).segment()));
        }
        bars.setAutoPopulateSeriesPaint(false);
        CategoryPlot plot = new CategoryPlot(data, featureAxis, effectAxis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        ValueMarker zero = new ValueMarker(0, ChartStyle.AXIS, new BasicStroke(1.2f));
        plot.addRangeMarker(zero, Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart(messages.get("segment.chart.profiles.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        return style.apply(chart);
    }

    /**
     * The same effects as a radar: one closed line per segment over the features, drawn from {@code -r} (centre)
     * to {@code +r} (rim) standard deviations with {@code r} fitted to the data between 1 and 3; larger effects are
     * drawn at the rim. A dashed grey ring marks the average customer.
     */
    public JFreeChart radar(List<SegmentProfile> profiles, List<String> names, Messages messages) {
        double maxAbs = 0;
        for (SegmentProfile p : profiles) {
            for (double e : p.effects()) {
                if (Double.isFinite(e)) {
                    maxAbs = Math.max(maxAbs, Math.abs(e));
                }
            }
        }
        double reach = Math.min(3, Math.max(1, Math.ceil(maxAbs * 2) / 2));
        DefaultCategoryDataset data = effectsDataset(profiles, names, messages, true);
        DefaultCategoryDataset shifted = new DefaultCategoryDataset();
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(r, c);
                double e = v == null || !Double.isFinite(v.doubleValue()) ? 0 : v.doubleValue();
                shifted.addValue(Math.max(-reach, Math.min(reach, e)) + reach, data.getRowKey(r),
                        data.getColumnKey(c));
            }
        }
        SpiderWebPlot plot = new SpiderWebPlot(shifted, TableOrder.BY_ROW);
        plot.setMaxValue(2 * reach);
        plot.setStartAngle(90);
        // room for the feature names beside the web: SpiderWebPlot writes each on one line
        int longest = 0;
        for (int c = 0; c < shifted.getColumnCount(); c++) {
            longest = Math.max(longest, displayWidth(String.valueOf(shifted.getColumnKey(c))));
        }
        plot.setInteriorGap(Math.max(0.2, Math.min(0.4, 0.1 + 0.01 * longest)));
        plot.setHeadPercent(0.012);
        plot.setAxisLabelGap(0.06);
        plot.setWebFilled(true);
        plot.setAxisLinePaint(ChartStyle.GRID);
        for (int r = 0; r < profiles.size(); r++) {
            plot.setSeriesPaint(r, palette.colour(profiles.get(r).segment()));
            plot.setSeriesOutlinePaint(r, palette.colour(profiles.get(r).segment()));
            plot.setSeriesOutlineStroke(r, new BasicStroke(2f));
        }
        int average = profiles.size();
        plot.setSeriesPaint(average, new Color(0x88, 0x88, 0x88));
        plot.setSeriesOutlinePaint(average, new Color(0x88, 0x88, 0x88));
        plot.setSeriesOutlineStroke(average, DASHED);
        JFreeChart chart = new JFreeChart(messages.get("segment.chart.radar.title"), JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        TextTitle note = new TextTitle(messages.get("segment.chart.radar.note", reach));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setMargin(new RectangleInsets(6, 0, 0, 0));
        chart.addSubtitle(note);
        return style.apply(chart);
    }

    private DefaultCategoryDataset effectsDataset(List<SegmentProfile> profiles, List<String> names,
                                                  Messages messages, boolean withAverage) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        if (profiles.isEmpty()) {
            return data;
        }
        FeatureLabels featureLabels = new FeatureLabels(messages);
        List<String> features = profiles.get(0).features();
        List<String> columns = unique(features.stream().map(featureLabels::label).toList());
        int maxSegment = profiles.stream().mapToInt(SegmentProfile::segment).max().orElse(-1);
        List<String> segmentNames = segmentNames(names, maxSegment + 1, messages);
        Set<String> usedRows = new HashSet<>();
        for (SegmentProfile p : profiles) {
            String row = p.segment() < 0 ? segmentNames.get(maxSegment + 1) : segmentNames.get(p.segment());
            row = distinct(row, usedRows);
            for (int j = 0; j < columns.size(); j++) {
                double e = j < p.effects().length ? p.effects()[j] : Double.NaN;
                data.addValue(Double.isFinite(e) ? e : null, row, columns.get(j));
            }
        }
        if (withAverage) {
            String row = distinct(messages.get("segment.chart.radar.average"), usedRows);
            for (String column : columns) {
                data.addValue(0.0, row, column);
            }
        }
        return data;
    }

    /**
     * The measures for choosing k over k, a panel per measure sharing the k axis, each with its favoured k marked.
     * A measure that is NaN for every k is left out.
     */
    public JFreeChart kChoice(KChoiceSeries series, Messages messages) {
        return parameterCharts.kChoice(series, messages);
    }

    /** The sorted k-distance curve with the suggested eps as a horizontal line. */
    public JFreeChart kDistance(KDistanceCurve curve, Messages messages) {
        return parameterCharts.kDistance(curve, messages);
    }

    private static String axisLabel(String component, double[] explained, int i, Messages messages) {
        if (explained == null || explained.length <= i || !Double.isFinite(explained[i])) {
            return component;
        }
        return messages.get("segment.chart.scatter.axis", component, explained[i]);
    }

    /** Names of segments {@code 0 .. k-1}, distinct, then the noise label at index {@code k}. */
    static List<String> segmentNames(List<String> names, int k, Messages messages) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int s = 0; s < k; s++) {
            String name = names != null && s < names.size() && names.get(s) != null && !names.get(s).isBlank()
                    ? names.get(s).strip() : messages.get("segment.chart.segmentName", s + 1);
            out.add(distinct(name, used));
        }
        out.add(distinct(messages.get("segment.chart.noise"), used));
        return out;
    }

    private static List<String> unique(List<String> labels) {
        Set<String> used = new HashSet<>();
        return labels.stream().map(l -> distinct(l, used)).toList();
    }

    private static String distinct(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    static double[][] columns(List<double[]> points) {
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }

    /** An upright-diagonal cross (×) reaching {@code r} points from its centre, drawn as lines. */
    private static Shape cross(double r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(-r, -r);
        p.lineTo(r, r);
        p.moveTo(-r, r);
        p.lineTo(r, -r);
        return p;
    }

    /** Width of a text in Latin letters: a CJK character counts two. */
    private static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) || c >= 0x3000 ? 2 : 1).sum();
    }

    private static Color withAlpha(Color c, int alpha) {
        return alpha >= 255 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
