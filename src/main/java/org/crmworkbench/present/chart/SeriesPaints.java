package org.crmworkbench.present.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The series paints, outlines, strokes and shapes a chart factory set on its renderers, kept while a
 * {@link org.jfree.chart.StandardChartTheme} is applied (it may reset renderer settings) and put back afterwards,
 * with neutral ink turned to the theme's ink so outlines stay visible on a dark background.
 */
final class SeriesPaints {
    /** What one renderer had, by series. */
    record Kept(List<Paint> paints, List<Paint> outlines, List<Stroke> strokes, List<Shape> shapes) {
    }

    private SeriesPaints() {
    }

    static void collect(Plot plot, Map<AbstractRenderer, Kept> kept) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                collect(sub, kept);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof AbstractRenderer r) {
                    XYDataset d = xy.getDataset(i);
                    keep(r, d == null ? 0 : d.getSeriesCount(), kept);
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getRendererCount(); i++) {
                if (cat.getRenderer(i) instanceof AbstractRenderer r) {
                    CategoryDataset d = cat.getDataset(i);
                    keep(r, d == null ? 0 : d.getRowCount(), kept);
                }
            }
        }
    }

    private static void keep(AbstractRenderer r, int series, Map<AbstractRenderer, Kept> kept) {
        int n = series + 8;
        Kept k = new Kept(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int s = 0; s < n; s++) {
            k.paints().add(r.getSeriesPaint(s));
            k.outlines().add(r.getSeriesOutlinePaint(s));
            k.strokes().add(r.getSeriesStroke(s));
            k.shapes().add(r.getSeriesShape(s));
        }
        kept.putIfAbsent(r, k);
    }

    static void restore(Map<AbstractRenderer, Kept> kept, ChartTheme look) {
        kept.forEach((r, k) -> {
            for (int s = 0; s < k.paints().size(); s++) {
                if (k.paints().get(s) != null) {
                    r.setSeriesPaint(s, inked(k.paints().get(s), look), false);
                }
                if (k.outlines().get(s) != null) {
                    r.setSeriesOutlinePaint(s, inked(k.outlines().get(s), look), false);
                }
                if (k.strokes().get(s) != null) {
                    r.setSeriesStroke(s, k.strokes().get(s), false);
                }
                if (k.shapes().get(s) != null) {
                    r.setSeriesShape(s, k.shapes().get(s), false);
                }
            }
            r.setDefaultOutlinePaint(inked(r.getDefaultOutlinePaint(), look), false);
        });
    }

    private static Paint inked(Paint paint, ChartTheme look) {
        return paint instanceof Color c && isInk(c) ? ink(c, look) : paint;
    }

    /**
     * Whether {@code c} is neutral ink: a grey at most 0x40 (ink on light) or between 0xD8 and 0xE8 (ink on
     * dark). Pure white and mid greys are left alone.
     */
    static boolean isInk(Color c) {
        int r = c.getRed();
        if (Math.abs(r - c.getGreen()) > 6 || Math.abs(r - c.getBlue()) > 6) {
            return false;
        }
        return r <= 0x40 || (r >= 0xD8 && r <= 0xE8);
    }

    /** The theme's ink with the alpha of {@code c} when {@code c} is the other theme's ink; else {@code c}. */
    static Color ink(Color c, ChartTheme look) {
        boolean darkInk = c.getRed() <= 0x40;
        if (darkInk != look.isDark()) {
            return c;
        }
        Color ink = look.ink();
        return new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), c.getAlpha());
    }
}
