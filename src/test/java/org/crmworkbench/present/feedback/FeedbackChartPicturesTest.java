package org.crmworkbench.present.feedback;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.present.chart.ChartExporter;
import org.crmworkbench.present.chart.ChartFormat;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Every Feedback chart of the sample-like run (and of the five-text run, and a weekly timeline of three years) drawn
 * to PNG in English and Chinese, into {@code target/feedback-charts} or the folder named by
 * {@code -Dfeedback.charts=DIR}, for a person to look at.
 */
class FeedbackChartPicturesTest {
    @Test
    void everyChartRendersInEnglishAndChinese() throws Exception {
        Path dir = Path.of(System.getProperty("feedback.charts", "target/feedback-charts"));
        Files.createDirectories(dir);
        ChartExporter exporter = new ChartExporter();
        FeedbackRunRecord sample = FeedbackFixture.sampleLike();
        FeedbackRunRecord small = FeedbackFixture.smallRun();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            String tag = locale.getLanguage();
            FeedbackCharts charts = new FeedbackCharts(new Messages(locale));
            for (Map.Entry<String, JFreeChart> e : charts.charts(sample).entrySet()) {
                write(exporter, e.getValue(), dir.resolve(e.getKey() + "-" + tag + ".png"));
            }
            for (Map.Entry<String, JFreeChart> e : charts.charts(small).entrySet()) {
                write(exporter, e.getValue(), dir.resolve("small-" + e.getKey() + "-" + tag + ".png"));
            }
            write(exporter, charts.timeline(weekly(sample)), dir.resolve("weekly-timeline-" + tag + ".png"));
        }
        // the dark look, as the window's export gives it
        org.crmworkbench.present.chart.ChartCopy copier = new org.crmworkbench.present.chart.ChartCopy(
                new org.crmworkbench.present.chart.ChartStyle(new org.crmworkbench.present.chart.ChartFonts()),
                new org.crmworkbench.present.chart.ChartDecimation(Messages.english()));
        for (Map.Entry<String, JFreeChart> e : new FeedbackCharts(Messages.english()).charts(sample).entrySet()) {
            write(exporter, copier.styled(e.getValue(), null, org.crmworkbench.present.chart.ChartTheme.DARK),
                    dir.resolve("dark-" + e.getKey() + "-en.png"));
        }
    }

    /** The sample-like run's months spread over 156 weeks. */
    static FeedbackRunRecord weekly(FeedbackRunRecord run) {
        List<FeedbackRunRecord.Period> weeks = new ArrayList<>();
        for (int w = 0; w < 156; w++) {
            FeedbackRunRecord.Counts c = run.timeline().get(w * run.timeline().size() / 156).counts();
            weeks.add(new FeedbackRunRecord.Period(java.time.LocalDate.of(2023, 10, 2).plusWeeks(w),
                    new FeedbackRunRecord.Counts(c.positive() / 4, c.neutral() / 4, c.negative() / 4,
                            c.meanScore())));
        }
        return new FeedbackRunRecord(0, run.startedAt(), run.appVersion(), run.dataSource(), run.language(), "week",
                0, run.summary(), weeks, run.groups(), run.topics(), run.keywords(), run.aspects(), run.changes(),
                run.texts());
    }

    private static void write(ChartExporter exporter, JFreeChart chart, Path png) throws Exception {
        exporter.export(chart, ChartFormat.PNG, png, 720, 480, 96);
        assertTrue(Files.size(png) > 5_000, png + " has something drawn");
    }
}
