package org.crmworkbench.present.segment;

import java.awt.BasicStroke;
import java.awt.Stroke;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.Projection;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;

/**
 * Charts of a segmentation: segments on the principal-component plane ({@link SegmentScatter}), segment profiles as
 * bars and as a radar ({@link ProfileCharts}), the measures for choosing k, and the k-distance curve for choosing
 * DBSCAN's eps ({@link ParameterCharts}). Every title and label comes from the message bundle; every chart gets the
 * shared {@link ChartStyle} and {@link SegmentPalette}.
 */
public final class SegmentCharts {
    /** Above this many points the scatter draws plain dots, which is many times faster than shapes. */
    public static final int FAST_RENDERER_LIMIT = 10_000;
    /** The k-distance curve is thinned to about this many points; its shape does not change. */
    public static final int CURVE_POINTS = 2_000;

    static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 3f}, 0f);

    private final SegmentPalette palette;
    private final SegmentScatter scatter;
    private final ProfileCharts profileCharts;
    private final ParameterCharts parameterCharts;

    public SegmentCharts(ChartStyle style, SegmentPalette palette) {
        Objects.requireNonNull(style, "style");
        this.palette = Objects.requireNonNull(palette, "palette");
        this.scatter = new SegmentScatter(style, palette);
        this.profileCharts = new ProfileCharts(style, palette);
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
        return scatter.scatter(projection, clustering, names, outlierRows, messages);
    }

    /**
     * Grouped horizontal bars: for each feature, how far each segment's mean sits from the average customer in
     * standard deviations ({@link SegmentProfile#effects()}); a bar per segment in the palette's colour.
     */
    public JFreeChart profiles(List<SegmentProfile> profiles, List<String> names, Messages messages) {
        return profileCharts.profiles(profiles, names, messages);
    }

    /**
     * The same effects as a radar: one closed line per segment over the features, drawn from {@code -r} (centre)
     * to {@code +r} (rim) standard deviations with {@code r} fitted to the data between 1 and 3; larger effects are
     * drawn at the rim. A dashed grey ring marks the average customer.
     */
    public JFreeChart radar(List<SegmentProfile> profiles, List<String> names, Messages messages) {
        return profileCharts.radar(profiles, names, messages);
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

    /** Points as the two columns (x values, then y values) an XY dataset series takes. */
    static double[][] columns(List<double[]> points) {
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }
}
