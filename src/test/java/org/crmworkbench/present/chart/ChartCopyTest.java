package org.crmworkbench.present.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** A copy for a file is styled on its own: its legend and markers are its own, the chart on screen keeps its look. */
class ChartCopyTest {
    private static final Color FIRST = new Color(0x1F, 0x77, 0xB4);
    private static final Color MARKER = new Color(0x20, 0x20, 0x20);

    private final ChartStyle style = new ChartStyle(new ChartFonts());

    private static JFreeChart chart() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : List.of("spend", "orders")) {
            XYSeries s = new XYSeries(name);
            for (int i = 0; i < 20; i++) {
                s.add(i, name.length() * i);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("planted", "x", "y", data);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, FIRST);
        ValueMarker cut = new ValueMarker(40, MARKER, new BasicStroke(1f));
        plot.addRangeMarker(cut, Layer.FOREGROUND);
        plot.addDomainMarker(new ValueMarker(5, MARKER, new BasicStroke(1f)), Layer.BACKGROUND);
        return chart;
    }

    private static LegendItemCollection legendItems(JFreeChart chart) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                for (var source : legend.getSources()) {
                    items.addAll(source.getLegendItems());
                }
            }
        }
        return items;
    }

    private static Paint legendPaint(JFreeChart chart, String series) {
        for (LegendItem item : (Iterable<LegendItem>) legendItems(chart)::iterator) {
            if (item.getLabel().equals(series)) {
                return item.getLinePaint();
            }
        }
        throw new AssertionError("no legend item " + series);
    }

    private static List<Marker> markers(XYPlot plot) {
        List<Marker> all = new ArrayList<>();
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            for (Collection<?> c : List.of(nonNull(plot.getDomainMarkers(layer)),
                    nonNull(plot.getRangeMarkers(layer)))) {
                c.forEach(m -> all.add((Marker) m));
            }
        }
        return all;
    }

    private static Collection<?> nonNull(Collection<?> c) {
        return c == null ? List.of() : c;
    }

    @Test
    void aDarkCopysLegendShowsTheCopysSeriesPaints() {
        JFreeChart original = chart();
        JFreeChart copy = ChartCopy.of(original);
        style.apply(copy, ChartTheme.DARK);
        Color repainted = new Color(0xD6, 0x27, 0x28);
        copy.getXYPlot().getRenderer().setSeriesPaint(0, repainted);

        for (int i = 0; i < copy.getSubtitleCount(); i++) {
            if (copy.getSubtitle(i) instanceof LegendTitle legend) {
                assertEquals(1, legend.getSources().length);
                assertEquals(copy.getPlot(), legend.getSources()[0]);
                assertNotSame(original.getPlot(), legend.getSources()[0]);
            }
        }
        assertEquals(repainted, legendPaint(copy, "spend"));
        assertEquals(FIRST, legendPaint(original, "spend"));
        assertEquals(((AbstractRenderer) copy.getXYPlot().getRenderer()).lookupSeriesPaint(1),
                legendPaint(copy, "orders"));
    }

    @Test
    void themingACopyLeavesTheOriginalsMarkersAlone() {
        JFreeChart original = chart();
        List<Marker> before = markers(original.getXYPlot());
        JFreeChart copy = ChartCopy.of(original);
        style.apply(copy, ChartTheme.DARK);
        List<Marker> copied = markers(copy.getXYPlot());
        copied.forEach(m -> m.setPaint(Color.RED));
        copy.getXYPlot().clearRangeMarkers();

        List<Marker> after = markers(original.getXYPlot());
        assertEquals(2, after.size());
        assertEquals(before, after);
        for (Marker m : after) {
            assertEquals(MARKER, m.getPaint());
            assertNotEquals(Color.RED, m.getPaint());
        }
        assertEquals(2, copied.size());
        for (int i = 0; i < copied.size(); i++) {
            assertNotSame(after.get(i), copied.get(i));
        }
        assertEquals(1, markers(copy.getXYPlot()).size());
    }
}
