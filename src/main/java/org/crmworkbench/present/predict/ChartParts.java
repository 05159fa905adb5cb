package org.crmworkbench.present.predict;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.crmworkbench.analysis.predict.Importance;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Pieces the Predict charts share: point clouds, reference lines, interval dot plots and notes. */
final class ChartParts {
    /** Above this many points a cloud is drawn as one-pixel dots, which is much faster than shapes. */
    static final int FAST_POINTS = 10_000;
    static final Color BLUE = new Color(0x0072B2);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color GREEN = new Color(0x009E73);
    static final Color SKY = new Color(0x56B4E9);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color GREY = new Color(0x888888);
    static final Stroke LINE = new BasicStroke(2f);
    static final Stroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private ChartParts() {
    }

    /** A renderer for a cloud of {@code points}: translucent circles, or dots when there are many. */
    static XYItemRenderer cloud(int points, Color colour) {
        Color translucent = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 140);
        if (points > FAST_POINTS) {
            XYDotRenderer dots = new XYDotRenderer();
            dots.setDotWidth(2);
            dots.setDotHeight(2);
            dots.setAutoPopulateSeriesPaint(false);
            dots.setSeriesPaint(0, translucent);
            return dots;
        }
        XYLineAndShapeRenderer shapes = new XYLineAndShapeRenderer(false, true);
        shapes.setAutoPopulateSeriesPaint(false);
        shapes.setAutoPopulateSeriesShape(false);
        shapes.setSeriesPaint(0, translucent);
        shapes.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        return shapes;
    }

    /** A renderer drawing each series as a line in the given colours and strokes. */
    static XYLineAndShapeRenderer lines(List<Color> colours, List<Stroke> strokes) {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesStroke(false);
        for (int i = 0; i < colours.size(); i++) {
            lines.setSeriesPaint(i, colours.get(i));
            lines.setSeriesStroke(i, strokes.get(i));
        }
        return lines;
    }

    static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                s.add(x[i], y[i]);
            }
        }
        return s;
    }

    /**
     * Features down the side, each a dot with its interval as whiskers (and a bar for importance): dataset 0 holds
     * the intervals, dataset 1 (bars) is there only when {@code bars}. Features come in the order given, top first.
     */
    static XYPlot intervals(List<Importance> items, List<String> labels, String valueAxis, String seriesName,
                            boolean bars) {
        int n = items.size();
        String[] names = new String[n];
        YIntervalSeries whiskers = new YIntervalSeries(seriesName);
        XYSeries heights = new XYSeries(seriesName + " ");
        for (int i = 0; i < n; i++) {
            Importance item = items.get(i);
            int slot = n - 1 - i; // largest at the top
            names[slot] = labels.get(i);
            double lo = Double.isFinite(item.lower()) ? item.lower() : item.value();
            double hi = Double.isFinite(item.upper()) ? item.upper() : item.value();
            whiskers.add(slot, item.value(), lo, hi);
            heights.add(slot, item.value());
        }
        SymbolAxis featureAxis = new SymbolAxis(null, names);
        featureAxis.setGridBandsVisible(false);
        NumberAxis values = new NumberAxis(valueAxis);
        values.setAutoRangeIncludesZero(true);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDrawXError(false);
        errors.setAutoPopulateSeriesPaint(false);
        errors.setSeriesPaint(0, BLUE);
        errors.setErrorPaint(new Color(0x33, 0x33, 0x33));
        errors.setCapLength(6);
        errors.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        errors.setDefaultSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), featureAxis, values, errors);
        ((YIntervalSeriesCollection) plot.getDataset()).addSeries(whiskers);
        if (bars) {
            XYBarRenderer barRenderer = new XYBarRenderer(0.35);
            barRenderer.setAutoPopulateSeriesPaint(false);
            barRenderer.setSeriesPaint(0, SKY);
            barRenderer.setShadowVisible(false);
            barRenderer.setDrawBarOutline(false);
            barRenderer.setDefaultSeriesVisibleInLegend(false);
            plot.setDataset(1, new XYSeriesCollection(heights));
            plot.setRenderer(1, barRenderer);
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, GREY, new BasicStroke(1f)));
        return plot;
    }

    static void note(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setMargin(new RectangleInsets(4, 0, 0, 0));
        chart.addSubtitle(note);
    }
}
