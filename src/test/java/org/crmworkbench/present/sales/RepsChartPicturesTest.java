package org.crmworkbench.present.sales;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Every sales-team chart of the planted run (and Ada Lee's trend and scorecard) drawn to PNG in English and Chinese,
 * into {@code target/reps-charts} or the folder named by {@code -Dreps.charts=DIR}, for a person to look at.
 */
class RepsChartPicturesTest {
    @Test
    void everyChartRendersInEnglishAndChinese() throws Exception {
        Path dir = Path.of(System.getProperty("reps.charts", "target/reps-charts"));
        Files.createDirectories(dir);
        ChartExporter exporter = new ChartExporter();
        RepsRunRecord planted = RepsFixture.planted();
        RepsRunRecord small = RepsFixture.smallRun();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String tag = locale.getLanguage();
            RepsCharts charts = new RepsCharts(new Messages(locale));
            for (Map.Entry<String, JFreeChart> e : charts.charts(planted).entrySet()) {
                write(exporter, e.getValue(), dir.resolve(e.getKey() + "-" + tag + ".png"));
            }
            for (Map.Entry<String, JFreeChart> e : charts.charts(small).entrySet()) {
                write(exporter, e.getValue(), dir.resolve("small-" + e.getKey() + "-" + tag + ".png"));
            }
            write(exporter, charts.trend(RepsFixture.trend(), "R001 Ada Lee"), dir.resolve("trend-" + tag + ".png"));
            write(exporter, charts.scorecard(RepsFixture.small().scorecards().subList(0, 2), "R001 Ada Lee",
                    "quarter"), dir.resolve("scorecard-" + tag + ".png"));
        }
    }

    private static void write(ChartExporter exporter, JFreeChart chart, Path png) throws Exception {
        exporter.export(chart, ChartFormat.PNG, png, 720, 480, 96);
        assertTrue(Files.size(png) > 5_000, png + " has something drawn");
    }
}
