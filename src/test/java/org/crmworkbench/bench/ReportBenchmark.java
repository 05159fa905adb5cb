package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.report.Provenance;
import org.crmworkbench.present.report.Report;
import org.crmworkbench.present.report.ReportExporter;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.present.report.ReportTable;
import org.crmworkbench.work.Progress;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Report export benchmark (not a test): a report like the manager report (a 100,000-point segment scatter,
 * a profile bar chart, a 3-series forecast line chart of 520 weeks, a recommendation comparison, and a 200-row
 * table) written as PDF, HTML and XLSX; prints the median time of {@value #ROUNDS} runs and the file sizes, and as
 * a reference in the same process the time and size of the four charts exported one by one with ChartExporter
 * (PDF and SVG, the scatter thinned the same way), so the ratio shows what the report's own layout costs.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@report-benchmark}
 */
public final class ReportBenchmark {
    private static final int ROUNDS = 5;
    private static final int SCATTER = 100_000;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Messages messages = Messages.english();
        ChartStyle style = new ChartStyle(new ChartFonts());
        Path dir = Files.createTempDirectory("wb-report-bench");
        ReportExporter exporter = new ReportExporter(messages);
        Report report = report(style);
        System.out.printf("report: %d items (scatter of %,d points, bars, 3 x 520-week lines, comparison, "
                + "200-row table); %d threads%n", report.items().size(), SCATTER,
                Runtime.getRuntime().availableProcessors());
        double[] reportMs = new double[ReportFormat.values().length];
        long[] sizes = new long[reportMs.length];
        for (ReportFormat format : ReportFormat.values()) {
            Path file = dir.resolve("report." + format.extension());
            double[] times = new double[ROUNDS];
            exporter.export(report, format, file, Progress.none());
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                exporter.export(report, format, file, Progress.none());
                times[r] = (System.nanoTime() - t0) / 1e6;
            }
            reportMs[format.ordinal()] = median(times);
            sizes[format.ordinal()] = Files.size(file);
            System.out.printf("%-5s %8.0f ms  %,12d bytes%n", format, reportMs[format.ordinal()],
                    sizes[format.ordinal()]);
        }
        // reference: the four charts one by one, the scatter thinned as the report thins it
        ChartExporter charts = new ChartExporter();
        for (ChartFormat format : List.of(ChartFormat.PDF, ChartFormat.SVG)) {
            double[] times = new double[ROUNDS];
            long size = 0;
            for (int r = -1; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                size = 0;
                for (ReportItem item : report.items()) {
                    if (item instanceof ReportItem.Chart chart) {
                        JFreeChart c = chart.chart();
                        long points = c.getPlot() instanceof XYPlot xy
                                ? xy.getDataset().getItemCount(0) : 0;
                        if (points > org.crmworkbench.present.chart.ChartDecimation.VECTOR_LIMIT) {
                            c = new org.crmworkbench.present.chart.ChartDecimation(messages).forVector(c,
                                    org.crmworkbench.present.chart.ChartDecimation.VECTOR_LIMIT);
                        }
                        Path file = dir.resolve("chart." + format.extension());
                        charts.export(c, format, file, 640, 400, 72);
                        size += Files.size(file);
                    }
                }
                if (r >= 0) {
                    times[r] = (System.nanoTime() - t0) / 1e6;
                }
            }
            System.out.printf("four charts alone as %s: %6.0f ms  %,12d bytes%n", format, median(times), size);
            ReportFormat same = format == ChartFormat.PDF ? ReportFormat.PDF : ReportFormat.HTML;
            System.out.printf("  report %s / charts alone: time %.2f, size %.2f%n", same,
                    reportMs[same.ordinal()] / median(times), sizes[same.ordinal()] / (double) size);
        }
        for (ReportFormat format : ReportFormat.values()) {
            Files.deleteIfExists(dir.resolve("report." + format.extension()));
        }
        Files.deleteIfExists(dir.resolve("chart.pdf"));
        Files.deleteIfExists(dir.resolve("chart.svg"));
        Files.deleteIfExists(dir);
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static Report report(ChartStyle style) {
        SplittableRandom random = new SplittableRandom(11);
        Provenance seg = new Provenance(1, "segment", "sample.db", LocalDate.of(2024, 12, 31),
                Instant.parse("2025-01-02T10:00:00Z"), "k = 5, features = recency, frequency, monetary", 42L, "0.1.0");
        XYSeries points = new XYSeries("customers", false, true);
        for (int i = 0; i < SCATTER; i++) {
            double x = random.nextGaussian();
            points.add(x, 0.5 * x + random.nextGaussian());
        }
        JFreeChart scatter = style.apply(ChartFactory.createScatterPlot("Segments", "PC 1", "PC 2",
                new XYSeriesCollection(points), PlotOrientation.VERTICAL, false, false, false));
        ((XYPlot) scatter.getPlot()).setRenderer(new XYDotRenderer());
        DefaultCategoryDataset profiles = new DefaultCategoryDataset();
        for (int s = 0; s < 5; s++) {
            for (String f : List.of("recency", "frequency", "monetary")) {
                profiles.addValue(random.nextGaussian(), "segment " + (s + 1), f);
            }
        }
        JFreeChart bars = style.apply(ChartFactory.createBarChart("Profiles", "feature", "z-score", profiles));
        XYSeriesCollection lines = new XYSeriesCollection();
        for (String name : List.of("actual", "forecast", "lower 80%")) {
            XYSeries series = new XYSeries(name);
            double level = 100;
            for (int w = 0; w < 520; w++) {
                level += random.nextGaussian();
                series.add(w, level);
            }
            lines.addSeries(series);
        }
        JFreeChart forecast = style.apply(ChartFactory.createXYLineChart("Revenue by week", "week", "revenue",
                lines));
        DefaultCategoryDataset comparison = new DefaultCategoryDataset();
        for (String model : List.of("popular", "item-kNN", "ALS", "hybrid")) {
            comparison.addValue(random.nextDouble(), "precision@10", model);
            comparison.addValue(random.nextDouble(), "recall@10", model);
        }
        JFreeChart compare = style.apply(ChartFactory.createBarChart("Comparison", "model", "score", comparison));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            rows.add(List.of("customer " + r, random.nextInt(100), random.nextDouble() * 1000,
                    LocalDate.of(2024, 1, 1).plusDays(r)));
        }
        ReportTable table = new ReportTable(List.of("Customer", "Orders", "Revenue", "Last order"), rows);
        return new Report("Quarterly review", "Benchmark report.", Instant.now(), "0.1.0", "sample.db", List.of(
                new ReportItem.Chart("scatter", "Segment scatter", "", seg, scatter),
                new ReportItem.Chart("profiles", "Segment profiles", "", seg, bars),
                new ReportItem.Chart("forecast", "Revenue forecast", "", seg, forecast),
                new ReportItem.Chart("comparison", "Recommender comparison", "", seg, compare),
                new ReportItem.Table("top", "Top customers", "", seg, table)));
    }
}
