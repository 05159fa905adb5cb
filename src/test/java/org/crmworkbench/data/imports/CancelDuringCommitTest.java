package org.crmworkbench.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancel that arrives once the commit has begun does not undo it; one that arrives before it rolls back. */
class CancelDuringCommitTest {
    @TempDir
    Path dir;

    /** Raises the cancel flag when a given stage is announced. */
    private static final class CancelAtStage implements Progress {
        private final String stage;
        private volatile boolean cancelled;

        CancelAtStage(String stage) {
            this.stage = stage;
        }

        @Override
        public void worked(long done, long total) {
        }

        @Override
        public void stage(String messageKey, Object... args) {
            if (messageKey.equals(stage)) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private static int customers(Database db) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM customers")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aCancelDuringTheCommitLetsEveryRowBeStoredAndSaysSo() throws Exception {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "customer_id,name\nC1,Ann\nC2,Bo\n");
        try (Database db = Database.inMemory()) {
            ImportReport report = new Importer(db, Messages.english()).importFile(CrmTable.CUSTOMERS, file,
                    ImportOptions.defaults(), new CancelAtStage("import.stage.commit"));
            assertTrue(report.committed());
            assertEquals(2, customers(db));
        }
    }

    @Test
    void aCancelWhileReadingRollsEverythingBack() throws Exception {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "customer_id,name\nC1,Ann\nC2,Bo\n");
        try (Database db = Database.inMemory()) {
            assertThrows(CancelledException.class, () -> new Importer(db, Messages.english()).importFile(
                    CrmTable.CUSTOMERS, file, ImportOptions.defaults(), new CancelAtStage("import.stage.file")));
            assertEquals(0, customers(db));
        }
    }
}
