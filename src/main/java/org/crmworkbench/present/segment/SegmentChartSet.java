package org.crmworkbench.present.segment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.KMetric;
import org.crmworkbench.analysis.segment.SegmentationResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartStyle;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a segmentation, built the same way for the window and the command line: the segment scatter, the
 * profile bars, the k-choice metrics and DBSCAN's k-distance curve.
 */
public final class SegmentChartSet {
    /** Charts written by {@link #writeAll} in vector and raster form. */
    public static final List<ChartFormat> FILE_FORMATS = List.of(ChartFormat.PNG, ChartFormat.SVG);
    /** Resolution of written PNG files. */
    public static final int PNG_DPI = 144;

    private final Messages messages;
    private final SegmentCharts charts;

    public SegmentChartSet(Messages messages) {
        this(messages, new SegmentCharts(new ChartStyle(new ChartFonts()), new SegmentPalette()));
    }

    public SegmentChartSet(Messages messages, SegmentCharts charts) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    /** Customers on the first two principal components, coloured by segment, outliers ringed. */
    public JFreeChart scatter(SegmentationResult result, List<String> names) {
        Set<Integer> outliers = new HashSet<>();
        for (int row : result.outliers().rows()) {
            outliers.add(row);
        }
        return charts.scatter(result.projection(), result.clustering(), names, outliers, messages);
    }

    /** How far each segment sits from the average customer on each feature. */
    public JFreeChart profiles(SegmentationResult result, List<String> names) {
        return charts.profiles(result.profiles(), names, messages);
    }

    /** The same profiles as a radar. */
    public JFreeChart radar(SegmentationResult result, List<String> names) {
        return charts.radar(result.profiles(), names, messages);
    }

    /** The k-choice metrics over k with the k each favours. */
    public JFreeChart kChoice(KChoice choice) {
        return charts.kChoice(KChoiceSeries.of(choice.scores(), favoured(choice, KMetric.ELBOW),
                favoured(choice, KMetric.SILHOUETTE), favoured(choice, KMetric.DAVIES_BOULDIN),
                favoured(choice, KMetric.CALINSKI_HARABASZ), favoured(choice, KMetric.STABILITY)), messages);
    }

    /** DBSCAN's sorted k-distances with the suggested eps. */
    public JFreeChart kDistance(KDistanceCurve curve) {
        return charts.kDistance(curve, messages);
    }

    private static int favoured(KChoice choice, KMetric metric) {
        return choice.favouredBy(metric).orElse(-1);
    }

    /**
     * Writes {@code scatter}, {@code profiles}, and when given {@code k-choice} and {@code k-distance}, each as PNG
     * and SVG, into {@code dir}; returns the file names written. An SVG of more than
     * {@link ChartDecimation#VECTOR_LIMIT} points is thinned as {@code workbench chart} thins it, and says so.
     */
    public List<String> writeAll(Path dir, SegmentationResult result, List<String> names, KChoice choice,
                                 KDistanceCurve curve, double width, double height) throws IOException {
        List<String> written = new ArrayList<>();
        write(dir, "scatter", scatter(result, names), width, height, written);
        write(dir, "profiles", profiles(result, names), width, height, written);
        if (choice != null) {
            write(dir, "k-choice", kChoice(choice), width, height * 1.4, written);
        }
        if (curve != null) {
            write(dir, "k-distance", kDistance(curve), width, height, written);
        }
        return written;
    }

    private void write(Path dir, String name, JFreeChart chart, double width, double height, List<String> written)
            throws IOException {
        ChartExporter exporter = new ChartExporter();
        for (ChartFormat format : FILE_FORMATS) {
            String file = name + "." + format.extension();
            JFreeChart drawn = format == ChartFormat.PNG ? chart
                    : new ChartDecimation(messages).forVector(chart, ChartDecimation.VECTOR_LIMIT);
            exporter.export(drawn, format, dir.resolve(file), width, height, PNG_DPI);
            written.add(file);
        }
    }
}
