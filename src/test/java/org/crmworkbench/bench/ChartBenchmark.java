package org.crmworkbench.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.PlantedSegments;
import org.crmworkbench.present.chart.ChartCopy;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.segment.SegmentCharts;
import org.crmworkbench.present.segment.SegmentPalette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Chart benchmark (not a test): a segment scatter of 100,000 planted points (4 segments, seeded) drawn at
 * 800 x 560 points, 72 dpi, with the default shape renderer against the dot renderer the factory picks above
 * {@value SegmentCharts#FAST_RENDERER_LIMIT} points (median of several runs, ms and ratio); then the size of its SVG
 * and PDF raw against thinned by {@link ChartDecimation} to {@value ChartDecimation#VECTOR_LIMIT} points (MB and
 * ratio) and the time thinning takes.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@chart-benchmark}
 */
public final class ChartBenchmark {
    private static final int POINTS = 100_000;
    private static final double WIDTH = 800;
    private static final double HEIGHT = 560;
    private static final int RUNS = 7;

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Messages messages = Messages.english();
        PlantedSegments data = new PlantedSegments(POINTS, 4, 0.01, 42);
        SegmentCharts charts = new SegmentCharts(new ChartStyle(new ChartFonts()), new SegmentPalette());
        JFreeChart fast = charts.scatter(data.projection, data.clustering, List.of(), data.outliers, messages);
        JFreeChart shapes = ChartCopy.of(fast);
        XYPlot plot = shapes.getXYPlot();
        XYItemRenderer dots = plot.getRenderer(0);
        XYLineAndShapeRenderer standard = new XYLineAndShapeRenderer(false, true);
        for (int s = 0; s < plot.getDataset(0).getSeriesCount(); s++) {
            standard.setSeriesPaint(s, dots.getSeriesPaint(s));
        }
        plot.setRenderer(0, standard);
        ChartExporter exporter = new ChartExporter();

        System.out.printf("Chart benchmark: segment scatter of %,d points, %.0f x %.0f points at 72 dpi, median of"
                + " %d runs%n", ChartDecimation.points(fast), WIDTH, HEIGHT, RUNS);
        double shapeMs = median(() -> exporter.image(shapes, WIDTH, HEIGHT, 72));
        double dotMs = median(() -> exporter.image(fast, WIDTH, HEIGHT, 72));
        System.out.printf("  render, default shape renderer: %8.1f ms%n", shapeMs);
        System.out.printf("  render, dot renderer (factory):  %8.1f ms   ratio shapes/dots %.1f x%n", dotMs,
                shapeMs / dotMs);

        ChartDecimation decimation = new ChartDecimation(messages);
        double thinMs = median(() -> decimation.forVector(fast, ChartDecimation.VECTOR_LIMIT));
        JFreeChart thin = decimation.forVector(fast, ChartDecimation.VECTOR_LIMIT);
        System.out.printf("  thinning to %,d points: %,d drawn, %.1f ms%n", ChartDecimation.VECTOR_LIMIT,
                ChartDecimation.points(thin), thinMs);
        for (ChartFormat format : new ChartFormat[] {ChartFormat.SVG, ChartFormat.PDF}) {
            long raw = size(exporter, fast, format);
            long small = size(exporter, thin, format);
            System.out.printf("  %s raw %7.2f MB, thinned %6.2f MB   ratio %.1f x%n", format, raw / 1e6,
                    small / 1e6, (double) raw / small);
        }
    }

    private static long size(ChartExporter exporter, JFreeChart chart, ChartFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(chart, format, out, WIDTH, HEIGHT, 72);
        return out.size();
    }

    private static double median(Runnable work) {
        work.run();
        work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
