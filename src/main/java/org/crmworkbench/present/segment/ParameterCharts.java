package org.crmworkbench.present.segment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The charts that help choose a method's parameters: the k-choice measures over k and DBSCAN's k-distance curve.
 */
final class ParameterCharts {
    private static final Color LINE = new Color(0x0072B2);
    private static final Color MARK = new Color(0xD55E00);

    private final ChartStyle style;

    ParameterCharts(ChartStyle style) {
        this.style = style;
    }

    /**
     * The measures for choosing k over k, a panel per measure sharing the k axis, each with its favoured k marked.
     * A measure that is NaN for every k is left out.
     */
    JFreeChart kChoice(KChoiceSeries series, Messages messages) {
        NumberAxis kAxis = new NumberAxis(messages.get("segment.chart.k.axis"));
        kAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        kAxis.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(kAxis);
        combined.setGap(10);
        addMetric(combined, series.k(), series.wcss(), series.wcssK(), "segment.chart.k.wcss", messages);
        addMetric(combined, series.k(), series.silhouette(), series.silhouetteK(), "segment.chart.k.silhouette",
                messages);
        addMetric(combined, series.k(), series.daviesBouldin(), series.daviesBouldinK(),
                "segment.chart.k.daviesBouldin", messages);
        addMetric(combined, series.k(), series.calinskiHarabasz(), series.calinskiHarabaszK(),
                "segment.chart.k.calinskiHarabasz", messages);
        addMetric(combined, series.k(), series.stability(), series.stabilityK(), "segment.chart.k.stability",
                messages);
        JFreeChart chart = new JFreeChart(messages.get("segment.chart.k.title"), JFreeChart.DEFAULT_TITLE_FONT,
                combined, false);
        TextTitle note = new TextTitle(messages.get("segment.chart.k.note"));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setMargin(new RectangleInsets(6, 0, 0, 0));
        chart.addSubtitle(note);
        return style.apply(chart);
    }

    private void addMetric(CombinedDomainXYPlot combined, int[] k, double[] values, int favouredK, String key,
                           Messages messages) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < k.length; i++) {
            if (Double.isFinite(values[i])) {
                points.add(new double[] {k[i], values[i]});
            }
        }
        if (points.isEmpty()) {
            return;
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries(messages.get(key), SegmentCharts.columns(points));
        NumberAxis axis = new NumberAxis(messages.get(key));
        axis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, LINE);
        line.setSeriesStroke(0, new BasicStroke(1.8f));
        line.setSeriesShape(0, SegmentPalette.shapeOfKind(0, 6));
        line.setAutoPopulateSeriesPaint(false);
        line.setAutoPopulateSeriesStroke(false);
        XYPlot plot = new XYPlot(data, null, axis, line);
        int favoured = -1;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k.length; i++) {
            if (k[i] == favouredK && Double.isFinite(values[i])) {
                favoured = i;
            }
            if (Double.isFinite(values[i])) {
                low = Math.min(low, values[i]);
                high = Math.max(high, values[i]);
            }
        }
        if (favoured >= 0) {
            ValueMarker marker = new ValueMarker(favouredK, MARK, SegmentCharts.DASHED);
            marker.setLabel(messages.get("segment.chart.k.favoured", favouredK));
            // the label goes to the end of the line away from the favoured point, so it does not cover it
            boolean pointHigh = values[favoured] > (low + high) / 2;
            marker.setLabelAnchor(pointHigh ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(pointHigh ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        combined.add(plot, 1);
    }

    /** The sorted k-distance curve with the suggested eps as a horizontal line. */
    JFreeChart kDistance(KDistanceCurve curve, Messages messages) {
        double[] d = curve.distances();
        int n = d.length;
        int step = Math.max(1, n / SegmentCharts.CURVE_POINTS);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i += step) {
            points.add(new double[] {i + 1, d[i]});
            if (i < curve.kneeIndex() && i + step > curve.kneeIndex() && curve.kneeIndex() < n) {
                points.add(new double[] {curve.kneeIndex() + 1, d[curve.kneeIndex()]});
            }
        }
        if (n > 0 && (n - 1) % step != 0) {
            points.add(new double[] {n, d[n - 1]});
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("k-distance", SegmentCharts.columns(points));
        NumberAxis xAxis = new NumberAxis(messages.get("segment.chart.kdistance.axisX"));
        NumberAxis yAxis = new NumberAxis(messages.get("segment.chart.kdistance.axisY", curve.k()));
        xAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, LINE);
        line.setSeriesStroke(0, new BasicStroke(1.8f));
        line.setAutoPopulateSeriesPaint(false);
        line.setAutoPopulateSeriesStroke(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, line);
        if (Double.isFinite(curve.suggestedEps())) {
            ValueMarker eps = new ValueMarker(curve.suggestedEps(), MARK, SegmentCharts.DASHED);
            eps.setLabel(messages.get("segment.chart.kdistance.eps", curve.suggestedEps()));
            eps.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            eps.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            eps.setLabelOffset(new RectangleInsets(4, 8, 4, 4));
            plot.addRangeMarker(eps, Layer.BACKGROUND);
        }
        JFreeChart chart = new JFreeChart(messages.get("segment.chart.kdistance.title", curve.k()),
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return style.apply(chart);
    }
}
