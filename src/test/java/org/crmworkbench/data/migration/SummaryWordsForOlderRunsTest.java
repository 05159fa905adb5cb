package org.crmworkbench.data.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.migration.V8__Summary_words_for_older_runs.Words;
import org.crmworkbench.data.runs.RunCatalogue;
import org.crmworkbench.model.SavedRun;
import org.junit.jupiter.api.Test;

/** Runs saved before summaries had keys get the key and arguments their English line says. */
class SummaryWordsForOlderRunsTest {

    @Test
    void everyStoresEnglishLineIsReadBack() {
        assertEquals(new Words("run.summary.segment", List.of("4", "2000")),
                V8__Summary_words_for_older_runs.words("segment", "4 segments of 2000 customers").orElseThrow());
        assertEquals(new Words("run.summary.forecast", List.of("snaive", "6", "36")),
                V8__Summary_words_for_older_runs.words("forecast",
                        "snaive forecast of revenue/month/region=North: 6 periods from 36").orElseThrow());
        assertEquals(new Words("run.summary.evaluation", List.of("5", "10")),
                V8__Summary_words_for_older_runs.words("recommend-eval", "5 methods compared on top-10 lists")
                        .orElseThrow());
        assertEquals(new Words("run.summary.recommend", List.of("10", "2000")),
                V8__Summary_words_for_older_runs.words("recommend", "top-10 lists for 2000 customers").orElseThrow());
        assertEquals(new Words("run.summary.predict.classification", List.of("logistic", "churned", "1640")),
                V8__Summary_words_for_older_runs.words("predict",
                        "classification logistic of churned for 1640 customers").orElseThrow());
        assertTrue(V8__Summary_words_for_older_runs.words("segment", "something else").isEmpty());
        assertTrue(V8__Summary_words_for_older_runs.words("unknown-kind", "4 segments of 2 customers").isEmpty());
    }

    @Test
    void anOlderRunIsGivenItsKeyAndAnUnknownLineKeepsNone() throws Exception {
        try (Database db = Database.inMemory(); Connection c = db.connect()) {
            long older = insert(c, "segment", "3 segments of 150 customers");
            long odd = insert(c, "segment", "hand-written note");
            V8__Summary_words_for_older_runs.backfill(c);
            SavedRun run = new RunCatalogue(db).find(older).orElseThrow();
            assertEquals("run.summary.segment", run.summaryKey());
            assertEquals(List.of("3", "150"), run.summaryArgs());
            assertNull(new RunCatalogue(db).find(odd).orElseThrow().summaryKey());
        }
    }

    private static long insert(Connection c, String kind, String summary) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analysis_runs (kind, parameters, seed, "
                + "app_version, started_at, finished_at, status, summary) VALUES (?, '', 1, '0.1', ?, ?, 'done', ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, kind);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setString(4, summary);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
