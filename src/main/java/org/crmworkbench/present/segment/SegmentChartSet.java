package org.crmworkbench.present.segment;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
     *
     * <p>The files are drawn on every core at once, each from a chart of its own (a chart is not shared between
     * threads); the files and their names are the same as drawn one after another.
     */
    public List<String> writeAll(Path dir, SegmentationResult result, List<String> names, KChoice choice,
                                 KDistanceCurve curve, double width, double height) throws IOException {
        List<Callable<String>> files = new ArrayList<>();
        // the scatter's two files first: they take longest
        for (ChartFormat format : FILE_FORMATS) {
            files.add(() -> write(dir, "scatter", scatter(result, names), format, width, height));
        }
        for (ChartFormat format : FILE_FORMATS) {
            files.add(() -> write(dir, "profiles", profiles(result, names), format, width, height));
        }
        if (choice != null) {
            for (ChartFormat format : FILE_FORMATS) {
                files.add(() -> write(dir, "k-choice", kChoice(choice), format, width, height * 1.4));
            }
        }
        if (curve != null) {
            for (ChartFormat format : FILE_FORMATS) {
                files.add(() -> write(dir, "k-distance", kDistance(curve), format, width, height));
            }
        }
        return writeInParallel(files);
    }

    private static List<String> writeInParallel(List<Callable<String>> files) throws IOException {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "segment-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> pending = new ArrayList<>();
            for (Callable<String> file : files) {
                pending.add(pool.submit(file));
            }
            List<String> written = new ArrayList<>();
            for (Future<String> file : pending) {
                written.add(file.get());
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the charts");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private String write(Path dir, String name, JFreeChart chart, ChartFormat format, double width, double height)
            throws IOException {
        String file = name + "." + format.extension();
        JFreeChart drawn = format == ChartFormat.PNG ? chart
                : new ChartDecimation(messages).forVector(chart, ChartDecimation.VECTOR_LIMIT);
        new ChartExporter().export(drawn, format, dir.resolve(file), width, height, PNG_DPI);
        return file;
    }
}
