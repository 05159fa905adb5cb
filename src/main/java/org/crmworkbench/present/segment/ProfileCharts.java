package org.crmworkbench.present.segment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.crmworkbench.analysis.segment.SegmentProfile;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.FeatureLabels;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.TableOrder;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * What sets each segment apart, as charts: for each feature how far each segment's mean sits from the average
 * customer in standard deviations, as grouped bars and as a radar.
 */
final class ProfileCharts {
    private final ChartStyle style;
    private final SegmentPalette palette;

    ProfileCharts(ChartStyle style, SegmentPalette palette) {
        this.style = style;
        this.palette = palette;
    }

    /**
     * Grouped horizontal bars: for each feature, how far each segment's mean sits from the average customer in
     * standard deviations ({@link SegmentProfile#effects()}); a bar per segment in the palette's colour.
     */
    JFreeChart profiles(List<SegmentProfile> profiles, List<String> names, Messages messages) {
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
    JFreeChart radar(List<SegmentProfile> profiles, List<String> names, Messages messages) {
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
        plot.setSeriesOutlineStroke(average, SegmentCharts.DASHED);
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
        List<String> columns = SeriesNames.unique(features.stream().map(featureLabels::label).toList());
        int maxSegment = profiles.stream().mapToInt(SegmentProfile::segment).max().orElse(-1);
        List<String> segmentNames = SeriesNames.ofSegments(names, maxSegment + 1, messages);
        SeriesNames usedRows = new SeriesNames();
        for (SegmentProfile p : profiles) {
            String row = p.segment() < 0 ? segmentNames.get(maxSegment + 1) : segmentNames.get(p.segment());
            row = usedRows.distinct(row);
            for (int j = 0; j < columns.size(); j++) {
                double e = j < p.effects().length ? p.effects()[j] : Double.NaN;
                data.addValue(Double.isFinite(e) ? e : null, row, columns.get(j));
            }
        }
        if (withAverage) {
            String row = usedRows.distinct(messages.get("segment.chart.radar.average"));
            for (String column : columns) {
                data.addValue(0.0, row, column);
            }
        }
        return data;
    }

    /** Width of a text in Latin letters: a CJK character counts two. */
    private static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) || c >= 0x3000 ? 2 : 1).sum();
    }
}
