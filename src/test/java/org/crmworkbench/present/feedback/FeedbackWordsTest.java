package org.crmworkbench.present.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.crmworkbench.analysis.text.Aspect;
import org.crmworkbench.analysis.text.FeedbackDimension;
import org.crmworkbench.analysis.text.FeedbackPeriod;
import org.crmworkbench.analysis.text.Language;
import org.crmworkbench.analysis.text.LanguageChoice;
import org.crmworkbench.analysis.text.PriorityReason;
import org.crmworkbench.analysis.text.SentimentLabel;
import org.crmworkbench.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Every code of the analysis has words in both languages, the Chinese ones in Chinese; plurals read right. */
class FeedbackWordsTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void everyCodeHasWordsInBothLanguages() {
        for (Messages messages : new Messages[] {EN, ZH}) {
            for (SentimentLabel l : SentimentLabel.values()) {
                assertTrue(messages.has("feedback.words.label." + l.code()), l.code());
            }
            for (Language l : Language.values()) {
                assertTrue(messages.has("feedback.words.language." + l.code()), l.code());
            }
            for (LanguageChoice c : LanguageChoice.values()) {
                assertTrue(messages.has("feedback.words.choice." + c.cliName()), c.cliName());
            }
            for (Aspect a : Aspect.values()) {
                assertTrue(messages.has("feedback.words.aspect." + a.code()), a.code());
            }
            for (FeedbackDimension d : FeedbackDimension.values()) {
                assertTrue(messages.has("feedback.words.dimension." + d.code()), d.code());
                assertTrue(FeedbackCharts.DIMENSIONS.contains(d.code()), d.code());
            }
            for (PriorityReason r : PriorityReason.values()) {
                assertTrue(messages.has("feedback.words.reason." + r.code()), r.code());
            }
            for (FeedbackPeriod p : FeedbackPeriod.values()) {
                assertTrue(messages.has("feedback.words.period." + p.cliName()), p.cliName());
            }
        }
        Set<String> en = new TreeSet<>(Collections.list(EN.bundle().getKeys()));
        Set<String> zh = new TreeSet<>(ZH.bundle().keySet());
        en.removeIf(k -> !k.startsWith("feedback."));
        zh.removeIf(k -> !k.startsWith("feedback."));
        assertEquals(en, zh);
        for (String key : zh) {
            String text = ZH.get(key);
            boolean numbersOnly = text.replaceAll("\\{[^}]*\\}", "")
                    .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}·]", "").isEmpty();
            boolean format = key.endsWith("Pattern");
            assertTrue(numbersOnly || format || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), key + "=" + text);
        }
    }

    @Test
    void wordsForValuesPeriodsAndSummaries() {
        FeedbackWords en = new FeedbackWords(EN);
        assertEquals("Online", en.value("channel", "online"));
        assertEquals("Kiosk", en.value("channel", "Kiosk"));
        assertEquals("Mixed nuts", en.value("product", "Mixed nuts"));
        assertEquals("(unknown)", en.value("region", " "));
        assertEquals("Chinese", en.value("language", "zh"));
        assertEquals("Sales rep", en.dimension("sales-rep"));
        assertEquals("High value, at risk", en.reason("high-value-at-risk"));
        assertEquals("2026-03-02", en.periodStart(LocalDate.of(2026, 3, 2), "week"));
        assertEquals("2026-11", en.periodStart(LocalDate.of(2026, 11, 1), "month"));
        assertEquals("2026 Q4", en.periodStart(LocalDate.of(2026, 10, 1), "quarter"));
        assertEquals("1 topic, fixture.csv", EN.get("feedback.report.topicsTitle", 1, "fixture.csv"));
        assertEquals("0 topics, fixture.csv", EN.get("feedback.report.topicsTitle", 0, "fixture.csv"));
        assertEquals("1,283 texts: 540 positive, 301 neutral, 442 negative",
                EN.get(FeedbackWords.SUMMARY, 1283, 540, 301, 442));
        assertEquals("1,283 条文本：正面 540 条，中性 301 条，负面 442 条", ZH.get(FeedbackWords.SUMMARY, 1283, 540, 301,
                442));
        assertEquals("languages detected per text; timeline by month; number of topics chosen by the analysis",
                en.settings(FeedbackFixture.smallRun()));
        assertEquals("EN 2 · price · service", en.topic(FeedbackFixture.smallRun().topics().get(1)));
    }
}
