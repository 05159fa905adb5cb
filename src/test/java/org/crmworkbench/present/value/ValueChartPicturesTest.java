package org.crmworkbench.present.value;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.analysis.value.ValueResult;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Every value chart drawn to PNG (and the migration flow to SVG and PDF too) in English and Chinese, into
 * {@code target/value-charts} or the folder named by {@code -Dvalue.charts=DIR}, for a person to look at.
 */
class ValueChartPicturesTest {
    @Test
    void everyChartRendersInEnglishAndChinese() throws Exception {
        Path dir = Path.of(System.getProperty("value.charts", "target/value-charts"));
        Files.createDirectories(dir);
        ValueResult large = ValueFixture.large(2357, 14);
        ChartExporter exporter = new ChartExporter();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String tag = locale.getLanguage();
            Map<String, JFreeChart> charts = new ValueCharts(new Messages(locale)).charts(large);
            for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
                Path png = dir.resolve(e.getKey() + "-" + tag + ".png");
                exporter.export(e.getValue(), ChartFormat.PNG, png, 640, 420, 96);
                assertTrue(Files.size(png) > 5_000, png + " has something drawn");
            }
            JFreeChart flow = charts.get("migration");
            exporter.export(flow, ChartFormat.SVG, dir.resolve("migration-" + tag + ".svg"), 640, 420, 96);
            exporter.export(flow, ChartFormat.PDF, dir.resolve("migration-" + tag + ".pdf"), 640, 420, 96);
            assertTrue(Files.readString(dir.resolve("migration-" + tag + ".svg")).contains("<path"));

            // the report's charts, drawn again from the saved record
            ValueRunRecord run = new ValueFiles().record(large, Instant.EPOCH, "test", "planted");
            ValueCharts again = new ValueCharts(new Messages(locale));
            Map<String, JFreeChart> saved = Map.of("report-clv-distribution", again.clvDistribution(run),
                    "report-p-alive-map", again.aliveMap(run), "report-migration", again.migration(run.migration()),
                    "report-top-customers", again.topCustomers(run));
            for (Map.Entry<String, JFreeChart> e : saved.entrySet()) {
                Path png = dir.resolve(e.getKey() + "-" + tag + ".png");
                exporter.export(e.getValue(), ChartFormat.PNG, png, 640, 420, 96);
                assertTrue(Files.size(png) > 5_000, png + " has something drawn");
            }
        }
    }
}
