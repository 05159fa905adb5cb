package org.crmworkbench.present.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look every chart of the workbench shares: a font family that can draw the chart's own text (CJK-aware,
 * see {@link ChartFonts}), white background (or dark, {@link ChartTheme}), light grid, a bold title and quiet grey
 * axes. Applied by each chart factory as its last step, after all text is in place.
 */
public final class ChartStyle {
    /** Title size in points; axis labels, legend and ticks are smaller. */
    public static final int TITLE_SIZE = 15;
    public static final int LABEL_SIZE = 12;
    public static final int TEXT_SIZE = 11;
    public static final int SMALL_SIZE = 10;

    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);
    public static final Color GRID = new Color(0xE3, 0xE3, 0xE3);
    public static final Color AXIS = new Color(0x99, 0x99, 0x99);

    private final ChartFonts fonts;

    public ChartStyle(ChartFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    public ChartFonts fonts() {
        return fonts;
    }

    /** The family the chart's current text is drawn with. */
    public String familyFor(JFreeChart chart) {
        return fonts.familyFor(ChartText.of(chart));
    }

    /** Styles {@code chart} in place with the {@link ChartTheme#LIGHT} look and returns it. */
    public JFreeChart apply(JFreeChart chart) {
        return apply(chart, ChartTheme.LIGHT);
    }

    /**
     * Styles {@code chart} in place with {@code look} and returns it. May be applied again to a styled chart (after
     * its title was edited, or to switch between light and dark): the series colours and shapes its factory set are
     * kept; only neutral ink (outlines, outlier marks) follows the look, so it stays visible on a dark background.
     */
    public JFreeChart apply(JFreeChart chart, ChartTheme look) {
        Objects.requireNonNull(look, "look");
        String family = familyFor(chart);
        Map<AbstractRenderer, SeriesPaints.Kept> kept = new IdentityHashMap<>();
        SeriesPaints.collect(chart.getPlot(), kept);
        theme(family, look).apply(chart);
        SeriesPaints.restore(kept, look);
        chart.setBackgroundPaint(look.background());
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setMargin(new RectangleInsets(2, 0, 6, 0));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setFrame(BlockBorder.NONE);
                legend.setItemLabelPadding(new RectangleInsets(2, 3, 2, 8));
                legend.setBackgroundPaint(look.background());
                legend.setItemPaint(look.text());
            } else if (chart.getSubtitle(i) instanceof TextTitle note) {
                note.setFont(new Font(family, Font.PLAIN, TEXT_SIZE));
                note.setPaint(look.mutedText());
                note.setBackgroundPaint(null);
            }
        }
        finish(chart.getPlot(), family, look);
        return chart;
    }

    private void finish(Plot plot, String family, ChartTheme look) {
        plot.setOutlineVisible(false);
        if (plot instanceof CombinedDomainXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                finish(sub, family, look);
            }
        } else if (plot instanceof XYPlot xy) {
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof PointLabels label) {
                    label.setFont(new Font(family, Font.BOLD, TEXT_SIZE));
                }
            }
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                styleMarkers(xy.getDomainMarkers(layer), family, look);
                styleMarkers(xy.getRangeMarkers(layer), family, look);
            }
            xy.setDomainGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeGridlineStroke(new BasicStroke(0.6f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        } else if (plot instanceof SpiderWebPlot spider) {
            spider.setAxisLinePaint(look.isDark() ? look.grid() : new Color(0xC8, 0xC8, 0xC8));
            spider.setLabelPaint(look.text());
        } else if (plot instanceof CategoryPlot cat) {
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                styleMarkers(cat.getRangeMarkers(layer), family, look);
            }
            cat.setRangeGridlineStroke(new BasicStroke(0.6f));
            cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
    }

    private static void styleMarkers(Collection<?> markers, String family, ChartTheme look) {
        if (markers == null) {
            return;
        }
        for (Object m : markers) {
            if (m instanceof Marker marker) {
                marker.setLabelFont(new Font(family, Font.PLAIN, SMALL_SIZE));
                marker.setLabelPaint(look.text());
                Color behind = look.background();
                marker.setLabelBackgroundColor(new Color(behind.getRed(), behind.getGreen(), behind.getBlue(), 225));
                if (marker.getPaint() instanceof Color c && SeriesPaints.isInk(c)) {
                    marker.setPaint(SeriesPaints.ink(c, look));
                }
            }
        }
    }

    private static StandardChartTheme theme(String family, ChartTheme look) {
        StandardChartTheme theme = new StandardChartTheme("crm-workbench");
        theme.setExtraLargeFont(new Font(family, Font.BOLD, TITLE_SIZE));
        theme.setLargeFont(new Font(family, Font.PLAIN, LABEL_SIZE));
        theme.setRegularFont(new Font(family, Font.PLAIN, TEXT_SIZE));
        theme.setSmallFont(new Font(family, Font.PLAIN, SMALL_SIZE));
        Paint background = look.background();
        theme.setTitlePaint(look.text());
        theme.setSubtitlePaint(look.mutedText());
        theme.setChartBackgroundPaint(background);
        theme.setLegendBackgroundPaint(background);
        theme.setLegendItemPaint(look.text());
        theme.setPlotBackgroundPaint(look.plotBackground());
        theme.setPlotOutlinePaint(look.axis());
        theme.setDomainGridlinePaint(look.grid());
        theme.setRangeGridlinePaint(look.grid());
        theme.setAxisLabelPaint(look.text());
        theme.setTickLabelPaint(look.mutedText());
        theme.setItemLabelPaint(look.text());
        theme.setBaselinePaint(look.axis());
        theme.setLabelLinkPaint(look.mutedText());
        theme.setCrosshairPaint(look.axis());
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return theme;
    }
}
