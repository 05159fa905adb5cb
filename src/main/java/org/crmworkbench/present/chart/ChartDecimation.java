package org.crmworkbench.present.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.i18n.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Keeps vector exports small: a chart with more than {@link #VECTOR_LIMIT} points is thinned before it is written as
 * SVG or PDF (measured: an SVG of 100k scatter points is about 67 MB), and says so in a caption.
 *
 * <p>How: small series (reference lines, centres, outliers) are kept whole; each large series gets a share of the
 * budget in proportion to its size. A scatter series is binned on a square grid over its own extent, the grid
 * made as fine as the share allows, and keeps the first point (in data order) of every occupied cell, so the
 * cloud's shape and every isolated point (the extremes and outliers a reader looks for) survive while dense areas
 * are thinned. A line series keeps, in each run of consecutive points, the lowest and the highest, so peaks stay.
 * Written here because JFreeChart has no decimation for export; the result is deterministic (no sampling).
 *
 * <p>Only plain XY datasets are thinned; interval datasets (bands, error bars) and category plots are kept whole.
 */
public final class ChartDecimation {
    /** Most points a vector export draws one by one. */
    public static final int VECTOR_LIMIT = 10_000;
    /** Series with at most this many points are never thinned. */
    static final int SMALL_SERIES = 500;

    private final Messages messages;

    /** @param messages the language of the caption that says the chart was thinned */
    public ChartDecimation(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * {@code chart} itself when it has at most {@code limit} points, otherwise a copy whose large series are binned or
     * sampled down to about {@code limit} points in all, with a subtitle saying how many of how many are drawn.
     * The copy's axes show exactly the original's ranges; the original is not changed.
     */
    public JFreeChart forVector(JFreeChart chart, int limit) {
        Objects.requireNonNull(chart, "chart");
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        List<XYPlot> plots = xyPlots(chart.getPlot());
        long total = 0;
        long small = 0;
        long big = 0;
        for (XYPlot plot : plots) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                if (data == null) {
                    continue;
                }
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    int n = data.getItemCount(s);
                    total += n;
                    if (thinnable(data) && n > SMALL_SERIES) {
                        big += n;
                    } else {
                        small += n;
                    }
                }
            }
        }
        if (total <= limit || big == 0) {
            return chart;
        }
        JFreeChart copy = ChartCopy.of(chart);
        List<XYPlot> copies = xyPlots(copy.getPlot());
        double budget = Math.max(limit - small, limit / 2.0);
        long drawn = small;
        for (int p = 0; p < plots.size(); p++) {
            XYPlot original = plots.get(p);
            XYPlot target = copies.get(p);
            for (int d = 0; d < original.getDatasetCount(); d++) {
                XYDataset data = original.getDataset(d);
                if (data == null || !thinnable(data) || !hasBigSeries(data)) {
                    continue;
                }
                DefaultXYDataset thinned = new DefaultXYDataset();
                XYItemRenderer renderer = original.getRendererForDataset(data);
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    double[][] xy = values(data, s);
                    int n = xy[0].length;
                    if (n > SMALL_SERIES) {
                        int share = (int) Math.max(2, Math.round(n * budget / big));
                        xy = isLine(renderer, s) ? thinLine(xy, share) : thinCloud(xy, share);
                        drawn += xy[0].length;
                    }
                    thinned.addSeries(data.getSeriesKey(s), xy);
                }
                target.setDataset(d, thinned);
            }
            keepRanges(original, target);
        }
        TextTitle caption = new TextTitle(messages.get("chart.decimation.caption", drawn, total));
        caption.setPosition(RectangleEdge.BOTTOM);
        caption.setMargin(new RectangleInsets(4, 0, 0, 0));
        if (chart.getSubtitleCount() > 0 && chart.getSubtitle(0) instanceof TextTitle note) {
            caption.setFont(note.getFont());
            caption.setPaint(note.getPaint());
        } else if (chart.getTitle() != null) {
            caption.setFont(chart.getTitle().getFont().deriveFont(java.awt.Font.PLAIN, ChartStyle.TEXT_SIZE));
            caption.setPaint(chart.getTitle().getPaint());
        }
        copy.addSubtitle(caption);
        return copy;
    }

    /** Total points the chart's XY datasets hold. */
    public static long points(JFreeChart chart) {
        long total = 0;
        for (XYPlot plot : xyPlots(chart.getPlot())) {
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                XYDataset data = plot.getDataset(d);
                for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                    total += data.getItemCount(s);
                }
            }
        }
        return total;
    }

    private static List<XYPlot> xyPlots(Plot plot) {
        List<XYPlot> out = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            out.add(combined);
            out.addAll(combined.getSubplots());
        } else if (plot instanceof XYPlot xy) {
            out.add(xy);
        }
        return out;
    }

    private static boolean thinnable(XYDataset data) {
        return !(data instanceof IntervalXYDataset);
    }

    private static boolean hasBigSeries(XYDataset data) {
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (data.getItemCount(s) > SMALL_SERIES) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLine(XYItemRenderer renderer, int series) {
        return renderer instanceof XYLineAndShapeRenderer lines && lines.getItemLineVisible(series, 0);
    }

    private static void keepRanges(XYPlot original, XYPlot copy) {
        for (int i = 0; i < original.getDomainAxisCount(); i++) {
            keepRange(original.getDomainAxis(i), copy.getDomainAxis(i));
        }
        for (int i = 0; i < original.getRangeAxisCount(); i++) {
            keepRange(original.getRangeAxis(i), copy.getRangeAxis(i));
        }
    }

    private static void keepRange(ValueAxis original, ValueAxis copy) {
        if (original != null && copy != null) {
            Range range = original.getRange();
            copy.setRange(new Range(range.getLowerBound(), range.getUpperBound()), true, false);
        }
    }

    private static double[][] values(XYDataset data, int s) {
        int n = data.getItemCount(s);
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            xy[0][i] = data.getXValue(s, i);
            xy[1][i] = data.getYValue(s, i);
        }
        return xy;
    }

    /**
     * One point per occupied cell of the finest square grid over the series' extent that keeps at most
     * {@code target} points (found by bisection on the number of cells per side).
     */
    static double[][] thinCloud(double[][] xy, int target) {
        int n = xy[0].length;
        if (n <= target) {
            return xy;
        }
        double[] bx = bounds(xy[0]);
        double[] by = bounds(xy[1]);
        int lo = 1;
        int hi = 1 << 14;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (occupied(xy, bx, by, mid, target + 1) <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int side = lo;
        Set<Long> seen = new HashSet<>();
        double[][] out = new double[2][];
        double[] ox = new double[Math.min(n, target)];
        double[] oy = new double[ox.length];
        int m = 0;
        for (int i = 0; i < n && m < ox.length; i++) {
            long cell = cell(xy[0][i], xy[1][i], bx, by, side);
            if (cell >= 0 && seen.add(cell)) {
                ox[m] = xy[0][i];
                oy[m] = xy[1][i];
                m++;
            }
        }
        out[0] = java.util.Arrays.copyOf(ox, m);
        out[1] = java.util.Arrays.copyOf(oy, m);
        return out;
    }

    private static int occupied(double[][] xy, double[] bx, double[] by, int side, int stopAt) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < xy[0].length; i++) {
            long cell = cell(xy[0][i], xy[1][i], bx, by, side);
            if (cell >= 0 && seen.add(cell) && seen.size() >= stopAt) {
                break;
            }
        }
        return seen.size();
    }

    /** The cell of a point, or -1 for a point with a missing coordinate. */
    private static long cell(double x, double y, double[] bx, double[] by, int side) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return -1;
        }
        long cx = index(x, bx, side);
        long cy = index(y, by, side);
        return cx * (side + 1L) + cy;
    }

    private static long index(double v, double[] b, int side) {
        double span = b[1] - b[0];
        if (!(span > 0)) {
            return 0;
        }
        return Math.min(side - 1, (long) ((v - b[0]) / span * side));
    }

    private static double[] bounds(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        return min <= max ? new double[] {min, max} : new double[] {0, 0};
    }

    /**
     * The first and last points and, in each of {@code target / 2} runs of consecutive points, the lowest and the
     * highest (in their order), so a line keeps its peaks and troughs.
     */
    static double[][] thinLine(double[][] xy, int target) {
        int n = xy[0].length;
        if (n <= target) {
            return xy;
        }
        int runs = Math.max(1, (target - 2) / 2);
        List<Integer> keep = new ArrayList<>();
        keep.add(0);
        for (int r = 0; r < runs; r++) {
            int from = 1 + (int) ((long) r * (n - 2) / runs);
            int to = 1 + (int) ((long) (r + 1) * (n - 2) / runs);
            int low = -1;
            int high = -1;
            for (int i = from; i < to; i++) {
                double y = xy[1][i];
                if (!Double.isFinite(y)) {
                    continue;
                }
                if (low < 0 || y < xy[1][low]) {
                    low = i;
                }
                if (high < 0 || y > xy[1][high]) {
                    high = i;
                }
            }
            if (low >= 0) {
                keep.add(Math.min(low, high));
                if (high != low) {
                    keep.add(Math.max(low, high));
                }
            }
        }
        keep.add(n - 1);
        double[][] out = new double[2][keep.size()];
        for (int i = 0; i < keep.size(); i++) {
            out[0][i] = xy[0][keep.get(i)];
            out[1][i] = xy[1][keep.get(i)];
        }
        return out;
    }
}
