package org.crmworkbench.present.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.model.FeedbackRunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sentiment} verb's files and the run record of the hand-made five-text result, cell by cell. */
class FeedbackFilesTest {
    @TempDir
    Path dir;

    @Test
    void theRecordHoldsEveryTableOfTheResult() {
        FeedbackRunRecord run = FeedbackFixture.smallRun();
        assertEquals(0, run.id());
        assertEquals("fixture.csv", run.dataSource());
        assertEquals(FeedbackFixture.STARTED, run.startedAt());
        assertEquals("test", run.appVersion());
        assertEquals("auto", run.language());
        assertEquals("month", run.period());
        assertEquals(0, run.topicsAsked());
        assertEquals(new FeedbackFiles().summary(FeedbackFixture.small()), run.summary());
        assertEquals(List.of(new FeedbackRunRecord.Period(LocalDate.of(2026, 1, 1),
                        new FeedbackRunRecord.Counts(1, 0, 1, 0.05)),
                new FeedbackRunRecord.Period(LocalDate.of(2026, 2, 1), new FeedbackRunRecord.Counts(0, 1, 1, -0.45))),
                run.timeline());
        // dimensions in FeedbackDimension's order (language before channel), values as the analysis ordered them
        assertEquals(List.of("language:en", "language:zh", "channel:online", "channel:store", "channel:phone"),
                run.groups().stream().map(g -> g.dimension() + ":" + g.name()).toList());
        assertEquals(new FeedbackRunRecord.Counts(1, 0, 1, -0.05), run.groups().get(2).counts());
        assertEquals(new FeedbackRunRecord.TopicRow("zh", 1, List.of("物流", "质量"),
                new FeedbackRunRecord.Counts(0, 0, 1, -0.7)), run.topics().get(2));
        assertEquals(new FeedbackRunRecord.KeywordRow("en", "negative", "terrible", 1.0, 1), run.keywords().get(2));
        assertEquals(new FeedbackRunRecord.KeywordRow("en", null, "delivery", 1.0, 1), run.keywords().get(0));
        assertEquals(new FeedbackRunRecord.AspectRow("delivery", null, new FeedbackRunRecord.Counts(1, 0, 1, 0.05)),
                run.aspects().get(2));
        assertEquals(List.of(new FeedbackRunRecord.ChangeRow("en", "service", 0.0, 0.5, 1, 1.0)), run.changes());
        assertEquals(5, run.texts().size());
        assertEquals(new FeedbackRunRecord.TextRow("F4", "C1", java.time.LocalDateTime.of(2026, 2, 10, 18, 45),
                "online", null, "en", -0.9, "negative", List.of("Terrible", "never"), 2, "high-value",
                "Terrible service, never again!"), run.texts().get(3));
        FeedbackRunRecord.TextRow undated = run.texts().get(4);
        assertEquals(List.of("不错"), undated.topTerms());
        assertEquals(0, undated.topic());
        assertNull(undated.priority());
        assertNull(undated.writtenAt());
        assertNull(run.texts().get(0).priority(), "only the read-first texts carry a reason");
    }

    @Test
    void topTermsKeepTheFiveStrongestDrivers() {
        var f = FeedbackFixture.texts().get(0);
        List<org.crmworkbench.analysis.text.SentimentDriver> drivers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            drivers.add(new org.crmworkbench.analysis.text.SentimentDriver("w" + i, i, i + 1, 7 - i));
        }
        var six = new org.crmworkbench.analysis.text.ScoredFeedback(f.text(),
                new org.crmworkbench.analysis.text.AnalyzedText(f.language(),
                        new org.crmworkbench.analysis.text.SentimentScore(0.9,
                                org.crmworkbench.analysis.text.SentimentLabel.POSITIVE, drivers), List.of(),
                        List.of()), 1);
        var small = FeedbackFixture.small();
        var result = new org.crmworkbench.analysis.text.FeedbackResult(small.settings(), small.filter(),
                List.of(six), small.overall(), small.byLanguage(), small.timeline(), small.breakdowns(),
                small.keywords(), small.topics(), small.aspects(), small.changes(), List.of(), small.first(),
                small.last());
        assertEquals(List.of("w0", "w1", "w2", "w3", "w4"), new FeedbackFiles().record(result, "x", null, "test")
                .texts().get(0).topTerms());
    }

    @Test
    void sentimentCsvHasOneRowPerTextInTheOrderRead() throws Exception {
        new FeedbackFiles().write(dir, FeedbackFixture.smallRun());
        assertEquals(List.of("id,language,score,label,top_terms,topic,customer_id,written_at,channel,product,priority",
                "F1,en,0.8,positive,Great|fast,1,C1,2026-01-05T10:00:00,online,Mixed nuts,",
                "F2,zh,-0.7,negative,差|慢,1,C2,2026-01-20T08:30:15,store,Green tea,",
                "F3,en,0,neutral,,2,C3,2026-02-03T12:00:00,phone,Mixed nuts,",
                "F4,en,-0.9,negative,Terrible|never,2,C1,2026-02-10T18:45:00,online,,high-value",
                "F5,zh,0.4,positive,不错,,,,,,"), lines("sentiment.csv"));
        assertEquals(FeedbackFiles.SENTIMENT_COLUMNS, List.of(lines("sentiment.csv").get(0).split(",")));
    }

    @Test
    void theTablesAreWrittenWithFixedColumnsAndPointDecimals() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a decimal comma must not leak into the files
        try {
            new FeedbackFiles().write(dir, FeedbackFixture.smallRun());
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(List.of("language,label,rank,term,weight,texts", "en,,1,delivery,1,1", "en,,2,nuts,0.75,1",
                "en,negative,1,terrible,1,1", "zh,,1,物流,1,1"), lines("keywords.csv"));
        assertEquals(List.of("language,topic,terms,texts,positive,neutral,negative,mean_score",
                "en,1,delivery|nuts|fast,1,1,0,0,0.8", "en,2,price|service,2,0,1,1,-0.45",
                "zh,1,物流|质量,1,0,0,1,-0.7"), lines("topics.csv"));
        assertEquals(List.of(
                "aspect,language,mentions,positive,neutral,negative,positive_share,negative_share,mean_score",
                "delivery,en,1,1,0,0,1,0,0.6", "delivery,zh,1,0,0,1,0,1,-0.5", "delivery,all,2,1,0,1,0.5,0.5,0.05",
                "price,en,1,0,1,0,0,0,0", "price,all,1,0,1,0,0,0,0", "service,en,1,0,0,1,0,1,-0.8",
                "service,all,1,0,0,1,0,1,-0.8"), lines("aspects.csv"));
        assertEquals(List.of("language,term,earlier_share,recent_share,rise,recent_texts,negative_share",
                "en,service,0,0.5,0.5,1,1"), lines("changes.csv"));
    }

    @Test
    void summaryJsonCountsLabelsOverallAndPerLanguage() throws Exception {
        new FeedbackFiles().write(dir, FeedbackFixture.smallRun());
        JsonNode summary = new ObjectMapper().readTree(Files.readString(dir.resolve("summary.json")));
        // English: (0.8 + 0 - 0.9) / 3
        JsonNode expected = new ObjectMapper().readTree("""
                {"texts": 5, "labels": {"positive": 2, "neutral": 1, "negative": 2}, "mean_score": -0.08,
                 "languages": {
                   "en": {"texts": 3, "labels": {"positive": 1, "neutral": 1, "negative": 1}, "mean_score": %s},
                   "zh": {"texts": 2, "labels": {"positive": 1, "neutral": 0, "negative": 1}, "mean_score": -0.15}},
                 "first": "2026-01-05T10:00:00", "last": "2026-02-10T18:45:00", "topics": 3,
                 "settings": {"language": "auto", "period": "month", "topics": 0, "keywords": 15,
                              "at_risk_days": 180, "top_spenders": 20},
                 "filtered": false}
                """.formatted(Double.toString(-0.1 / 3)));
        assertEquals(expected, summary);
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("texts", "labels", "mean_score", "languages", "first", "last", "topics", "settings",
                "filtered"), keys);
    }

    private List<String> lines(String file) throws Exception {
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
