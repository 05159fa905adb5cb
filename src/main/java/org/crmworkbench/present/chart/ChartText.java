package org.crmworkbench.present.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;

/** All the words a chart shows (titles, axis labels, legend, category names, notes), to choose fonts for. */
public final class ChartText {
    private ChartText() {
    }

    /** The chart's texts joined by new lines. */
    public static String of(JFreeChart chart) {
        List<String> parts = new ArrayList<>();
        if (chart.getTitle() != null) {
            parts.add(chart.getTitle().getText());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                parts.add(text.getText());
            }
        }
        collect(chart.getPlot(), parts);
        return String.join("\n", parts);
    }

    private static void collect(Plot plot, List<String> parts) {
        LegendItemCollection legend = plot.getLegendItems();
        if (legend != null) {
            for (int i = 0; i < legend.getItemCount(); i++) {
                LegendItem item = legend.get(i);
                parts.add(item.getLabel());
            }
        }
        if (plot instanceof CombinedDomainXYPlot combined) {
            addAxis(combined.getDomainAxis(), parts);
            for (XYPlot sub : combined.getSubplots()) {
                collect(sub, parts);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                addAxis(xy.getDomainAxis(i), parts);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                addAxis(xy.getRangeAxis(i), parts);
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation t) {
                    parts.add(t.getText());
                } else if (a instanceof PointLabels l) {
                    parts.addAll(l.texts());
                }
            }
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                addMarkers(xy.getDomainMarkers(layer), parts);
                addMarkers(xy.getRangeMarkers(layer), parts);
            }
        } else if (plot instanceof CategoryPlot cat) {
            addAxis(cat.getDomainAxis(), parts);
            addAxis(cat.getRangeAxis(), parts);
            addKeys(cat.getDataset(), parts);
        } else if (plot instanceof SpiderWebPlot spider) {
            addKeys(spider.getDataset(), parts);
        }
    }

    private static void addAxis(Axis axis, List<String> parts) {
        if (axis != null && axis.getLabel() != null) {
            parts.add(axis.getLabel());
        }
    }

    private static void addMarkers(Collection<?> markers, List<String> parts) {
        if (markers == null) {
            return;
        }
        for (Object m : markers) {
            if (m instanceof Marker marker && marker.getLabel() != null) {
                parts.add(marker.getLabel());
            }
        }
    }

    private static void addKeys(CategoryDataset data, List<String> parts) {
        if (data == null) {
            return;
        }
        for (Object key : data.getRowKeys()) {
            parts.add(String.valueOf(key));
        }
        for (Object key : data.getColumnKeys()) {
            parts.add(String.valueOf(key));
        }
    }
}
