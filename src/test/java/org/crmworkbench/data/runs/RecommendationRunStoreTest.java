package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class RecommendationRunStoreTest {

    private static RecommendationRunRecord run(long... customerIds) {
        List<RecommendedItem> items = new java.util.ArrayList<>();
        for (long c : customerIds) {
            items.add(new RecommendedItem(c, 1, 2, 4.25, true, "ITEM_KNN", "NONE", "Similar to Kettle"));
            items.add(new RecommendedItem(c, 2, 3, 0.5, false, "CONTENT", "NEW_PRODUCT", "Matches: tea"));
        }
        return new RecommendationRunRecord(0, "hybrid", "neighbours=20 factors=20", 7L, 2, "database test",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "test", items);
    }

    @Test
    void aSavedRunReadsBackWhole(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            RecommendationRunStore store = new RecommendationRunStore(db);
            RecommendationRunRecord saved = store.save(run(1, 2), Progress.none());
            assertTrue(saved.id() > 0);
            RecommendationRunRecord back = store.load(saved.id()).orElseThrow();
            assertEquals(saved.items(), back.items());
            assertEquals("hybrid", back.algorithm());
            assertEquals(7L, back.seed());
            assertEquals(2, back.customers());
            assertEquals(saved.startedAt(), back.startedAt());
            assertEquals(List.of(saved.id()), store.runIds());
        }
    }

    @Test
    void aFailedOrCancelledSaveLeavesNothing(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            RecommendationRunStore store = new RecommendationRunStore(db);
            assertThrows(DatabaseException.class, () -> store.save(run(1, 999_999), Progress.none()));
            Progress cancelled = new CancelledProgress();
            assertThrows(CancelledException.class, () -> store.save(run(1), cancelled));
            assertTrue(store.runIds().isEmpty());
            try (var c = db.connect(); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM analysis_runs")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }
}
