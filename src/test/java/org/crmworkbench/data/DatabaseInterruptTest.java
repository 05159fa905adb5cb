package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancelling a background job interrupts its thread. An interrupt that arrives while H2 reads or writes the
 * database file must not close the database for everybody else.
 */
class DatabaseInterruptTest {

    @TempDir
    Path dir;

    @Test
    void anInterruptedQueryLeavesTheFileDatabaseOpen() throws Exception {
        try (Database db = Database.openFile(dir.resolve("interrupt"))) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("SET CACHE_SIZE 1024"); // a small page cache, so the statement below reads the file
                s.execute("CREATE TABLE t (x INT, y VARCHAR(100))");
                s.execute("INSERT INTO t SELECT x, REPEAT('a', 90) FROM SYSTEM_RANGE(1, 200000)");
                Thread.currentThread().interrupt();
                try {
                    s.execute("UPDATE t SET y = REPEAT('b', 90) WHERE MOD(x, 2) = 0");
                    s.execute("CHECKPOINT SYNC");
                } catch (SQLException statementFailed) {
                    // the interrupted statement itself may fail (it was being cancelled); the database must not
                } finally {
                    Thread.interrupted();
                }
            }
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (0, 'after')");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    assertEquals(200_001, rs.getLong(1));
                }
            }
        }
    }
}
