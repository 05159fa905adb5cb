package org.crmworkbench.present.assistant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.present.chart.ChartCopy;
import org.crmworkbench.present.chart.ChartDecimation;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFonts;
import org.crmworkbench.present.chart.ChartFormat;
import org.crmworkbench.present.chart.ChartStyle;
import org.crmworkbench.present.chart.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Every Assistant chart of the sample-like run and of the seven-question run drawn to PNG in English and Chinese (and
 * the sample-like ones in the dark look), into {@code target/assistant-charts} or the folder named by
 * {@code -Dassistant.charts=DIR}, for a person to look at.
 */
class AssistantChartPicturesTest {
    @Test
    void everyChartRendersInEnglishAndChinese() throws Exception {
        Path dir = Path.of(System.getProperty("assistant.charts", "target/assistant-charts"));
        Files.createDirectories(dir);
        ChartExporter exporter = new ChartExporter();
        AssistantRunRecord sample = AssistantFixture.sampleLike();
        AssistantRunRecord small = AssistantFixture.smallRun();
        AssistantRunRecord none = new AssistantRunRecord(0, null, "test", "kb.csv", null, "out_of_scope", 0.5, 0,
                false, 0, 0, new AssistantRunRecord.Metrics(0, 0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN),
                null, List.of(), List.of(), List.of(), List.of());
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String tag = locale.getLanguage();
            AssistantCharts charts = new AssistantCharts(new Messages(locale));
            for (Map.Entry<String, JFreeChart> e : charts.charts(sample).entrySet()) {
                write(exporter, e.getValue(), dir.resolve(e.getKey() + "-" + tag + ".png"));
            }
            for (Map.Entry<String, JFreeChart> e : charts.charts(small).entrySet()) {
                write(exporter, e.getValue(), dir.resolve("small-" + e.getKey() + "-" + tag + ".png"));
            }
            for (Map.Entry<String, JFreeChart> e : charts.charts(none).entrySet()) {
                write(exporter, e.getValue(), dir.resolve("empty-" + e.getKey() + "-" + tag + ".png"));
            }
            write(exporter, charts.tradeOff(sample, 0.82), dir.resolve("tradeoff-high-" + tag + ".png"));
        }
        ChartCopy copier = new ChartCopy(new ChartStyle(new ChartFonts()), new ChartDecimation(Messages.english()));
        for (Map.Entry<String, JFreeChart> e : new AssistantCharts(Messages.english()).charts(sample).entrySet()) {
            write(exporter, copier.styled(e.getValue(), null, ChartTheme.DARK), dir.resolve("dark-" + e.getKey()
                    + "-en.png"));
        }
    }

    private static void write(ChartExporter exporter, JFreeChart chart, Path png) throws Exception {
        exporter.export(chart, ChartFormat.PNG, png, 720, 480, 96);
        assertTrue(Files.size(png) > 5_000, png + " has something drawn");
    }
}
