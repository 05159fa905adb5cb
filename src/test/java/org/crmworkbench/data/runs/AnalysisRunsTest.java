package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class AnalysisRunsTest {
    private static final AnalysisRuns.Entry ENTRY = new AnalysisRuns.Entry("test", "a=1", 7L, "1.0",
            Instant.parse("2026-01-02T03:04:05Z"), "a test run");

    @Test
    void aSaveCommitsTheRunRowWithTheStoresRows() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            long[] seen = new long[1];
            long id = AnalysisRuns.saveWhole(db, ENTRY, (c, runId) -> seen[0] = runId, e -> "never");
            assertTrue(id > 0);
            assertEquals(id, seen[0]);
            assertEquals(1, count(db));
        }
    }

    @Test
    void aFailedOrCancelledSaveLeavesNothing() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            DatabaseException failed = assertThrows(DatabaseException.class, () -> AnalysisRuns.saveWhole(db, ENTRY,
                    (c, runId) -> {
                        throw new SQLException("constraint broken");
                    }, e -> "Could not save the test run: " + e.getMessage()));
            assertEquals("Could not save the test run: constraint broken", failed.getMessage());
            assertThrows(CancelledException.class, () -> AnalysisRuns.saveWhole(db, ENTRY,
                    (c, runId) -> new CancelledProgress().checkCancelled(), e -> "never"));
            assertEquals(0, count(db));
        }
    }

    @Test
    void longTextIsClippedWithAnEllipsis() {
        assertEquals("abc", AnalysisRuns.clip("abc", 3));
        assertEquals("ab\u2026", AnalysisRuns.clip("abcd", 3));
        assertEquals(null, AnalysisRuns.clip(null, 3));
    }

    private static long count(Database db) throws SQLException {
        try (var c = db.connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM analysis_runs")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
