package org.crmworkbench.present.basket;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.model.BasketRunRecord;
import org.crmworkbench.present.chart.ChartCopy;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.ChartTheme;
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
        render(BasketFixture.planted(), "");
    }

    @Test
    void groceriesChartsRender() throws Exception {
        BasketRows rows = BasketRecordsTest.groceries();
        BasketRunRecord run = new BasketRecords().of(BasketFilesTest.mine(rows, BasketSettings.of(0.001, 0.5)), rows,
                Instant.EPOCH, "test");
        render(run, "groceries-");
        // the dark look, as the window's copy for a file gets it
        Messages en = new Messages(Locale.ENGLISH);
        ChartCopy copy = new ChartCopy(new ChartStyle(new ChartFonts()), new ChartDecimation(en));
        Path dir = Path.of(System.getProperty("basket.charts", "target/basket-charts"));
        BasketCharts charts = new BasketCharts(en);
        for (Map.Entry<String, JFreeChart> e : Map.of("graph", charts.graph(run, 20), "grouped", charts.grouped(run),
                "scatter", charts.scatter(run)).entrySet()) {
            Path png = dir.resolve("groceries-" + e.getKey() + "-dark.png");
            new ChartExporter().export(copy.styled(e.getValue(), null, ChartTheme.DARK), ChartFormat.PNG, png, 720,
                    480, 96);
            assertTrue(Files.size(png) > 5_000, png + " has something drawn");
        }
    }

    private static void render(BasketRunRecord run, String prefix) throws Exception {
        Path dir = Path.of(System.getProperty("basket.charts", "target/basket-charts"));
        Files.createDirectories(dir);
        ChartExporter exporter = new ChartExporter();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String tag = prefix + locale.getLanguage();
            Map<String, JFreeChart> charts = new BasketCharts(new Messages(locale)).charts(run);
            for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
                Path png = dir.resolve(prefix + e.getKey() + "-" + locale.getLanguage() + ".png");
                exporter.export(e.getValue(), ChartFormat.PNG, png, 720, 480, 96);
                assertTrue(Files.size(png) > 5_000, png + " has something drawn");
            }
            JFreeChart graph = charts.get("graph");
            exporter.export(graph, ChartFormat.SVG, dir.resolve(tag + "-graph.svg"), 720, 480, 96);
            exporter.export(graph, ChartFormat.PDF, dir.resolve(tag + "-graph.pdf"), 720, 480, 96);
            assertTrue(Files.readString(dir.resolve(tag + "-graph.svg")).contains("<path"));
        }
    }
}
