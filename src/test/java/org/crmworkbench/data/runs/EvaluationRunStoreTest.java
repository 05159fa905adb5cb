package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.model.RecommendationEvaluationRecord.MethodScore;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class EvaluationRunStoreTest {

    static RecommendationEvaluationRecord evaluation(Instant started, String firstAlgorithm) {
        return new RecommendationEvaluationRecord(0, "random test-share=0.2", 10, 4.0, 42L, "ratings.csv", started,
                "1.2.3", List.of(
                new MethodScore(firstAlgorithm, "k=20 similarity=cosine", 0.91, 0.72, 0.12, 0.30, 0.25, 0.18, 0.55,
                        0.40, 0.5, 0.1, 180),
                new MethodScore("popular", "", Double.NaN, Double.NaN, 0.08, 0.2, 0.15, 0.1, 0.4, 0.05, 0.01,
                        0.02, 180)));
    }

    @Test
    void aSavedEvaluationReadsBackTheSameWithNaNAsNull() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            EvaluationRunStore store = new EvaluationRunStore(db);
            Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            RecommendationEvaluationRecord run = evaluation(started, "itemknn");
            RecommendationEvaluationRecord saved = store.save(run);
            assertTrue(saved.id() > 0);
            RecommendationEvaluationRecord second = store.save(run);

            RecommendationEvaluationRecord back = store.load(saved.id()).orElseThrow();
            assertEquals(run.withId(saved.id()), back, "records with NaN compare equal field by field");
            assertTrue(Double.isNaN(back.scores().get(1).rmse()));
            assertEquals(List.of(second.id(), saved.id()), store.runIds());
            assertEquals(second.id(), store.latest().orElseThrow().id());
            assertTrue(store.load(999_999).isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT rmse, mae, precision_at_n FROM evaluation_scores WHERE run_id = " + saved.id()
                            + " AND position = 1")) {
                assertTrue(rs.next());
                assertEquals(null, rs.getObject(1), "NaN is stored as NULL");
                assertEquals(null, rs.getObject(2));
                assertEquals(0.08, rs.getDouble(3));
            }
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT kind, seed, app_version FROM analysis_runs WHERE id = " + saved.id())) {
                assertTrue(rs.next());
                assertEquals(EvaluationRunStore.KIND, rs.getString(1));
                assertEquals(42L, rs.getLong(2));
                assertEquals("1.2.3", rs.getString(3));
            }
        }
    }

    @Test
    void anEvaluationThatCannotBeStoredLeavesNothingBehind() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            EvaluationRunStore store = new EvaluationRunStore(db);
            RecommendationEvaluationRecord bad = evaluation(Instant.now(), "x".repeat(200));
            assertThrows(DatabaseException.class, () -> store.save(bad));
            assertTrue(store.runIds().isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM analysis_runs")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }
}
