package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackRunRecord.AspectRow;
import org.crmworkbench.model.FeedbackRunRecord.ChangeRow;
import org.crmworkbench.model.FeedbackRunRecord.Counts;
import org.crmworkbench.model.FeedbackRunRecord.Group;
import org.crmworkbench.model.FeedbackRunRecord.KeywordRow;
import org.crmworkbench.model.FeedbackRunRecord.Period;
import org.crmworkbench.model.FeedbackRunRecord.TextRow;
import org.crmworkbench.model.FeedbackRunRecord.TopicRow;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class FeedbackRunStoreTest {

    static FeedbackRunRecord run(List<TextRow> texts) {
        Counts some = new Counts(3, 1, 2, 0.125);
        Counts none = new Counts(0, 0, 0, Double.NaN);
        return new FeedbackRunRecord(0, Instant.parse("2026-03-01T10:15:30Z"), "1.2.3", "/data/crm", "auto", "month",
                0, "{\"texts\": " + texts.size() + "}",
                List.of(new Period(LocalDate.of(2025, 1, 1), some), new Period(LocalDate.of(2025, 2, 1), none)),
                List.of(new Group("channel", "online", some), new Group("product", "Kettle, steel", none)),
                List.of(new TopicRow("en", 1, List.of("delivery", "late", "parcel"), some),
                        new TopicRow("zh", 2, List.of("物流", "太慢"), some)),
                List.of(new KeywordRow("en", "negative", "late", 1.0, 4), new KeywordRow("zh", null, "质量", 0.5, 2)),
                List.of(new AspectRow("delivery", "en", some), new AspectRow("price", null, none)),
                List.of(new ChangeRow("en", "refund", 0.01, 0.2, 5, 0.8)),
                texts);
    }

    static TextRow text(String id, String label, String priority) {
        return new TextRow(id, "C001", LocalDateTime.of(2025, 1, 3, 9, 30), "online", "Kettle", "en", -0.5, label,
                List.of("late", "broken"), 1, priority, "The kettle came late and broken.");
    }

    @Test
    void aSavedFeedbackRunReadsBackTheSameWithEveryTableInOrder() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            FeedbackRunStore store = new FeedbackRunStore(db);
            TextRow bare = new TextRow("F2", null, null, null, null, "zh", 0.75, "positive", List.of(), 0, null,
                    "很好");
            FeedbackRunRecord saved = store.save(run(List.of(text("F1", "negative", "at-risk"), bare)));
            assertTrue(saved.id() > 0);
            FeedbackRunRecord back = store.find(saved.id()).orElseThrow();
            assertEquals(saved, back);
            assertTrue(Double.isNaN(back.timeline().get(1).counts().meanScore()), "an empty period's mean stays NaN");
            assertEquals(List.of("物流", "太慢"), back.topics().get(1).terms());
            assertEquals(List.of(), back.texts().get(1).topTerms());
            var listed = new RunCatalogue(db).find(saved.id()).orElseThrow();
            assertEquals(FeedbackRunStore.SUMMARY_KEY, listed.summaryKey());
            assertEquals(List.of("2", "1", "0", "1"), listed.summaryArgs(), "texts, positive, neutral, negative");
        }
    }

    @Test
    void listAndLatestGiveTheNewestFirstWithoutTheTables() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            FeedbackRunStore store = new FeedbackRunStore(db);
            assertTrue(store.latest().isEmpty());
            long first = store.save(run(List.of(text("F1", "negative", null)))).id();
            long second = store.save(run(List.of())).id();
            assertEquals(List.of(second, first), store.runIds());
            List<FeedbackRunRecord> listed = store.list();
            assertEquals(List.of(second, first), listed.stream().map(FeedbackRunRecord::id).toList());
            assertTrue(listed.get(1).texts().isEmpty() && listed.get(1).timeline().isEmpty(),
                    "the list leaves the tables out");
            assertEquals("{\"texts\": 1}", listed.get(1).summary(), "but keeps the summary");
            assertEquals(second, store.latest().orElseThrow().id());
            assertEquals(1, store.find(first).orElseThrow().texts().size());
            assertTrue(store.find(99).isEmpty());
        }
    }

    @Test
    void aFailedSaveLeavesNothingBehind() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            List<TextRow> texts = new ArrayList<>();
            texts.add(text("F1", "negative", null));
            texts.add(new TextRow("F2", null, null, null, null, "a-language-code-too-long-for-its-column", 0,
                    "neutral", List.of(), 0, null, "x"));
            assertThrows(DatabaseException.class, () -> new FeedbackRunStore(db).save(run(texts)));
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT (SELECT COUNT(*) FROM analysis_runs) + (SELECT COUNT(*) FROM feedback_runs) "
                            + "+ (SELECT COUNT(*) FROM feedback_texts) + (SELECT COUNT(*) FROM feedback_timeline)")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }
}
