package org.crmworkbench.present;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.segment.SegmentCharts;
import org.crmworkbench.present.segment.SegmentPalette;
import org.jfree.chart.JFreeChart;

/**
 * Exports every segmentation chart for planted data, in English and Chinese, to {@code /tmp/charts-demo} (or the
 * first argument) as PNG, SVG and PDF, to look at; prints how long the scatter of 100,000 points takes with the
 * fast renderer and with shapes.
 */
public final class ChartsDemo {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts-demo");
        Files.createDirectories(dir);
        SegmentCharts charts = new SegmentCharts(new ChartStyle(new ChartFonts()), new SegmentPalette());
        ChartExporter exporter = new ChartExporter();
        PlantedSegments small = new PlantedSegments(1_500, 5, 0.04, 7);
        PlantedSegments many = new PlantedSegments(3_000, 14, 0.0, 11);
        List<String> names = List.of("Loyal big spenders", "Bargain hunters", "New customers", "At risk",
                "Occasional buyers");
        List<String> namesZh = List.of("忠诚高消费", "价格敏感", "新客户", "流失风险", "偶尔购买");
        for (String lang : new String[] {"en", "zh"}) {
            Messages m = lang.equals("en") ? Messages.english() : new Messages(Locale.SIMPLIFIED_CHINESE);
            List<String> n = lang.equals("en") ? names : namesZh;
            save(exporter, dir, "scatter-" + lang,
                    charts.scatter(small.projection, small.clustering, n, small.outliers, m), 720, 500);
            save(exporter, dir, "profiles-" + lang, charts.profiles(small.profiles(), n, m), 720, 560);
            save(exporter, dir, "radar-" + lang, charts.radar(small.profiles(), n, m), 640, 560);
            save(exporter, dir, "kchoice-" + lang, charts.kChoice(PlantedSegments.kChoice(), m), 640, 720);
            save(exporter, dir, "kdistance-" + lang, charts.kDistance(small.kDistance(5, 1_500), m), 640, 420);
        }
        save(exporter, dir, "scatter-14-segments",
                charts.scatter(many.projection, many.clustering, List.of(), Set.of(), Messages.english()), 720, 540);

        PlantedSegments big = new PlantedSegments(100_000, 6, 0.02, 3);
        JFreeChart fast = charts.scatter(big.projection, big.clustering, List.of(), big.outliers, Messages.english());
        save(exporter, dir, "scatter-100k", fast, 720, 500);
        long fastNanos = time(exporter, fast);
        // the same 100,000 points drawn with the shape renderer the chart uses below the limit
        org.jfree.chart.plot.XYPlot plot = (org.jfree.chart.plot.XYPlot) fast.getPlot();
        org.jfree.chart.renderer.xy.XYItemRenderer dots = plot.getRenderer(0);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer shapes =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        SegmentPalette palette = new SegmentPalette();
        for (int s = 0; s < 6; s++) {
            shapes.setSeriesPaint(s, palette.colour(s));
            shapes.setSeriesShape(s, palette.shape(s, 4));
        }
        plot.setRenderer(0, shapes);
        long shapeNanos = time(exporter, fast);
        plot.setRenderer(0, dots);
        System.out.printf(Locale.ROOT, "scatter of 100,000 points, 720x500 pt PNG at 96 dpi (best of 5, with PNG"
                + " encoding): dot renderer %.0f ms, shape renderer %.0f ms, ratio %.1f%n",
                fastNanos / 1e6, shapeNanos / 1e6, (double) shapeNanos / fastNanos);
        System.out.println("written to " + dir);
    }

    private static long time(ChartExporter exporter, JFreeChart chart) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            exporter.write(chart, ChartFormat.PNG, java.io.OutputStream.nullOutputStream(), 720, 500, 96);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static void save(ChartExporter exporter, Path dir, String name, JFreeChart chart, double w, double h)
            throws Exception {
        List<ChartFormat> formats = new ArrayList<>(List.of(ChartFormat.values()));
        if (name.equals("scatter-100k")) {
            formats.remove(ChartFormat.SVG);
            formats.remove(ChartFormat.PDF);
        }
        for (ChartFormat f : formats) {
            int dpi = f == ChartFormat.PNG ? 150 : 72;
            exporter.export(chart, f, dir.resolve(name + "." + f.extension()), w, h, dpi);
        }
    }
}
