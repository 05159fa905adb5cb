package org.crmworkbench.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.ForecastRunStore;
import org.crmworkbench.data.runs.RunCatalogue;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.ForecastRunRecord.ForecastPoint;
import org.crmworkbench.model.ForecastRunRecord.HistoryPoint;
import org.crmworkbench.model.SeriesFrequency;
import org.junit.jupiter.api.Test;

/** A saved run's summary is worded in the reader's language, whatever language it was saved in. */
class RunWordsTest {

    @Test
    void aSavedSummaryIsWordedInTheReadersLanguage() {
        SavedRun run = new SavedRun(4, "segment", Instant.parse("2026-12-01T09:30:00Z"), "1.0", 7L, "k=4",
                "4 segments of 2000 customers", "run.summary.segment", List.of("4", "2000"));
        assertEquals("4 segments of 2,000 customers", new RunWords(Messages.english(), ZoneOffset.UTC).summary(run));
        assertEquals("2,000 位客户分为 4 个分群",
                new RunWords(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC).summary(run));
        SavedRun old = new SavedRun(5, "forecast", Instant.parse("2026-12-01T09:30:00Z"), "1.0", 7L, "model=trend",
                "trend forecast of revenue/month: 6 periods from 36");
        assertEquals("trend forecast of revenue/month: 6 periods from 36",
                new RunWords(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC).summary(old),
                "a run saved before summaries had keys keeps its English line");
    }

    @Test
    void decimalAndMissingFiguresAreReadBackAsNumbers() {
        SavedRun run = new SavedRun(6, "assistant", Instant.parse("2026-12-07T09:30:00Z"), "1.0", 0L, "threshold=0.4",
                "10 questions", "assistant.run.summary", List.of("0.5714285714285714", "0.5", "NaN", "0.4"));
        assertEquals("accuracy 57.1%, in scope 50.0%, out-of-scope recall n/a; threshold 0.40",
                new RunWords(Messages.english(), ZoneOffset.UTC).summary(run));
        assertEquals(Double.valueOf(0.25), RunWords.argument("0.25"));
        assertEquals(Long.valueOf(-3), RunWords.argument("-3"));
        assertEquals("C0001", RunWords.argument("C0001"));
    }

    @Test
    void storesSaveTheSummaryAsAKeyWithItsArguments() throws Exception {
        try (Database db = Database.inMemory()) {
            LocalDate start = LocalDate.of(2024, 1, 1);
            List<HistoryPoint> history = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                history.add(new HistoryPoint(start.plusMonths(i), 100 + i, 99 + i));
            }
            List<ForecastPoint> points = new ArrayList<>();
            for (int h = 0; h < 6; h++) {
                points.add(new ForecastPoint(start.plusMonths(36 + h), 140, new int[] {80}, new double[] {130},
                        new double[] {150}));
            }
            ForecastRunRecord saved = new ForecastRunStore(db).save(new ForecastRunRecord(0, "revenue/month",
                    "revenue", SeriesFrequency.MONTH, "trend", "auto", "{}", 10, "{}", 1L, "orders", Instant.now(),
                    "1.0", history, points));
            SavedRun run = new RunCatalogue(db).find(saved.id()).orElseThrow();
            assertEquals("run.summary.forecast", run.summaryKey());
            assertEquals(List.of("trend", "6", "36"), run.summaryArgs());
            assertEquals("trend 模型预测 6 期，基于 36 期历史",
                    new RunWords(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC).summary(run));
        }
    }

    @Test
    void whoSavedARunLeadsItsSecondLineWhenItIsKnown() {
        SavedRun mine = new SavedRun(8, "segment", Instant.parse("2026-12-07T21:21:00Z"), "1.0", 7L, "k=4",
                "4 segments of 2,000 customers", "run.summary.segment", java.util.List.of("4", "2000"), "alice");
        RunWords english = new RunWords(Messages.english(), ZoneOffset.UTC);
        assertEquals("by alice · 4 segments of 2,000 customers", english.byline(mine));
        assertEquals("#8 · Segmentation · 2026-12-07 21:21", english.heading(mine));
        RunWords chinese = new RunWords(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneOffset.UTC);
        assertEquals("alice 保存 · " + chinese.summary(mine), chinese.byline(mine));
        SavedRun older = new SavedRun(1, "segment", Instant.parse("2026-12-07T20:03:00Z"), "1.0", 7L, "k=5",
                "5 segments of 2,000 customers", "run.summary.segment", java.util.List.of("5", "2000"));
        assertEquals(english.summary(older), english.byline(older), "no maker: the summary alone");
    }
}
