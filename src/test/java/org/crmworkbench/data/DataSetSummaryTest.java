package org.crmworkbench.data;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class DataSetSummaryTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseHasEveryTableWithNoRowsAndNoImport() {
        try (Database db = TestDatabases.fresh()) {
            DataSetSummary summary = DataSetSummary.read(db);
            assertTrue(summary.isEmpty());
            assertEquals(CrmTable.loadOrder(), List.copyOf(summary.rowCounts().keySet()));
            assertTrue(summary.lastImport().isEmpty());
            assertEquals(0, summary.importCount());
        }
    }

    @Test
    void countsRowsPerTableInLoadOrderAndTheLatestImport() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LocalDateTime before = LocalDateTime.now().withNano(0);
            SampleData.load(db, dir);
            DataSetSummary summary = DataSetSummary.read(db);
            assertEquals(List.of(5L, 3L, 1L, 2L, 3L, 5L, 2L, 0L), List.copyOf(summary.rowCounts().values()));
            assertEquals(5, summary.rowCount(CrmTable.RATINGS));
            assertEquals(21, summary.totalRows());
            assertFalse(summary.isEmpty());
            assertEquals(7, summary.importCount());
            assertFalse(summary.lastImport().orElseThrow().isBefore(before));
        }
    }
}
