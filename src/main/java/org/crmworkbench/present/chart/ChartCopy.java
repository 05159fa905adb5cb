package org.crmworkbench.present.chart;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.Range;

/**
 * The chart a file gets: a copy of the chart on screen showing exactly its axis ranges (the user's zoom), with the
 * title the user edited and the chosen look, thinned ({@link ChartDecimation}) for a vector format. Styling the copy
 * never changes the chart on screen.
 *
 * <p>Two things JFreeChart 1.5.6's {@code clone()} leaves shared are put right here. A cloned legend still reads its
 * items from the original plot, so the copy's legends are pointed at the copy's plot. {@code XYPlot.clone()} copies
 * its marker maps but not the lists in them (measured: clearing the copy's range markers clears the original's); no
 * public method of XYPlot gives the copy lists of its own (its clear and remove methods empty the shared lists), so
 * the copy's maps get fresh lists of cloned markers through XYPlot's private fields. Should that fail (another
 * JFreeChart version), a warning is logged and the markers stay shared.
 */
public final class ChartCopy {
    private static final System.Logger LOG = System.getLogger(ChartCopy.class.getName());
    private static final String[] MARKER_FIELDS = {"foregroundDomainMarkers", "backgroundDomainMarkers",
        "foregroundRangeMarkers", "backgroundRangeMarkers"};

    private final ChartStyle style;
    private final ChartDecimation decimation;

    public ChartCopy(ChartStyle style, ChartDecimation decimation) {
        this.style = Objects.requireNonNull(style, "style");
        this.decimation = Objects.requireNonNull(decimation, "decimation");
    }

    /**
     * A copy of {@code onScreen} for a file: {@code title} (none when blank; {@code null} keeps the chart's),
     * styled with {@code look}, and for SVG and PDF thinned to {@link ChartDecimation#VECTOR_LIMIT} points. Same as
     * {@link #forFile forFile}({@link #styled styled}(...)).
     */
    public JFreeChart forExport(JFreeChart onScreen, String title, ChartTheme look, ChartFormat format) {
        return forFile(styled(onScreen, title, look), format);
    }

    /**
     * A copy of {@code onScreen} with {@code title} (none when blank; {@code null} keeps the chart's) styled with
     * {@code look}: cheap, for the thread that owns the chart on screen.
     */
    public JFreeChart styled(JFreeChart onScreen, String title, ChartTheme look) {
        JFreeChart copy = of(onScreen);
        if (title != null) {
            retitle(copy, title);
        }
        style.apply(copy, look);
        return copy;
    }

    /**
     * What a file of {@code format} draws of {@code copy} (a chart no one else draws, e.g. from {@link #styled}):
     * the copy itself for PNG, thinned to {@link ChartDecimation#VECTOR_LIMIT} points for SVG and PDF. Thinning a
     * large chart takes a while, so this belongs on the thread that writes the file.
     */
    public JFreeChart forFile(JFreeChart copy, ChartFormat format) {
        Objects.requireNonNull(copy, "copy");
        return format == ChartFormat.PNG ? copy : decimation.forVector(copy, ChartDecimation.VECTOR_LIMIT);
    }

    /** Sets the chart's title text, keeping its font and colour; a blank title removes it. */
    public static void retitle(JFreeChart chart, String title) {
        String text = title.strip();
        if (text.isEmpty()) {
            chart.setTitle((TextTitle) null);
        } else if (chart.getTitle() != null) {
            chart.getTitle().setText(text);
        } else {
            chart.setTitle(text);
        }
    }

    /**
     * A copy of {@code chart} sharing no styling state with it (its legends read the copy's plot), whose axes show
     * the original's current ranges. The data sets stay shared: read-only for both.
     */
    public static JFreeChart of(JFreeChart chart) {
        JFreeChart copy;
        try {
            copy = (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("chart cannot be copied", e);
        }
        for (int i = 0; i < copy.getSubtitleCount(); i++) {
            Title t = copy.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setSources(new LegendItemSource[] {copy.getPlot()});
            }
        }
        List<Plot> originals = plots(chart.getPlot());
        List<Plot> copies = plots(copy.getPlot());
        for (int i = 0; i < originals.size(); i++) {
            if (originals.get(i) instanceof XYPlot a && copies.get(i) instanceof XYPlot b) {
                for (int k = 0; k < a.getDomainAxisCount(); k++) {
                    keepRange(a.getDomainAxis(k), b.getDomainAxis(k));
                }
                for (int k = 0; k < a.getRangeAxisCount(); k++) {
                    keepRange(a.getRangeAxis(k), b.getRangeAxis(k));
                }
                ownMarkers(b);
            } else if (originals.get(i) instanceof CategoryPlot a && copies.get(i) instanceof CategoryPlot b) {
                for (int k = 0; k < a.getRangeAxisCount(); k++) {
                    keepRange(a.getRangeAxis(k), b.getRangeAxis(k));
                }
            }
        }
        return copy;
    }

    private static List<Plot> plots(Plot plot) {
        List<Plot> out = new ArrayList<>();
        out.add(plot);
        if (plot instanceof CombinedDomainXYPlot combined) {
            out.addAll(combined.getSubplots());
        }
        return out;
    }

    private static void keepRange(ValueAxis original, ValueAxis copy) {
        if (original != null && copy != null && original != copy) {
            Range r = original.getRange();
            copy.setRange(new Range(r.getLowerBound(), r.getUpperBound()), true, false);
        }
    }

    @SuppressWarnings("unchecked")
    private static void ownMarkers(XYPlot plot) {
        try {
            for (String name : MARKER_FIELDS) {
                Field field = XYPlot.class.getDeclaredField(name);
                field.setAccessible(true);
                Map<Integer, List<Marker>> shared = (Map<Integer, List<Marker>>) field.get(plot);
                if (shared == null) {
                    continue;
                }
                Map<Integer, List<Marker>> own = new HashMap<>();
                for (Map.Entry<Integer, List<Marker>> e : shared.entrySet()) {
                    List<Marker> list = new ArrayList<>();
                    for (Marker m : e.getValue()) {
                        Marker c = (Marker) m.clone();
                        c.addChangeListener(plot);
                        list.add(c);
                    }
                    own.put(e.getKey(), list);
                }
                field.set(plot, own);
            }
        } catch (ReflectiveOperationException | CloneNotSupportedException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "chart copy shares its markers with the chart on screen, so"
                    + " styling the copy restyles them too (XYPlot's marker fields could not be replaced)", e);
        }
    }
}
