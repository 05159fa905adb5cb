package org.crmworkbench.present.basket;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Every basket chart of the planted run drawn to PNG in English and Chinese (the graph to SVG and PDF too), into
 * {@code target/basket-charts} or the folder named by {@code -Dbasket.charts=DIR}, for a person to look at.
 */
class BasketChartPicturesTest {
    @Test
    void everyChartRendersInEnglishAndChinese() throws Exception {
        Path dir = Path.of(System.getProperty("basket.charts", "target/basket-charts"));
        Files.createDirectories(dir);
        BasketRunRecord run = BasketFixture.planted();
        ChartExporter exporter = new ChartExporter();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String tag = locale.getLanguage();
            Map<String, JFreeChart> charts = new BasketCharts(new Messages(locale)).charts(run);
            for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
                Path png = dir.resolve(e.getKey() + "-" + tag + ".png");
                exporter.export(e.getValue(), ChartFormat.PNG, png, 720, 480, 96);
                assertTrue(Files.size(png) > 5_000, png + " has something drawn");
            }
            JFreeChart graph = charts.get("graph");
            exporter.export(graph, ChartFormat.SVG, dir.resolve("graph-" + tag + ".svg"), 720, 480, 96);
            exporter.export(graph, ChartFormat.PDF, dir.resolve("graph-" + tag + ".pdf"), 720, 480, 96);
            assertTrue(Files.readString(dir.resolve("graph-" + tag + ".svg")).contains("<path"));
        }
    }
}
