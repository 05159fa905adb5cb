package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema change never leaves a file half-changed: new files appear complete, upgrades keep a copy until done. */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    private static int latestApplied(Database db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean hasTable(Database db, String table) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(null, null,
                table.toUpperCase(java.util.Locale.ROOT), null)) {
            return rs.next();
        }
    }

    private List<String> files() throws Exception {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theLatestVersionKnownToTheOpenerIsTheLastMigration() throws Exception {
        try (Database db = Database.inMemory()) {
            assertEquals(SchemaUpgrade.LATEST_VERSION, latestApplied(db));
        }
    }

    @Test
    void aNewDatabaseAppearsOnlyWithItsWholeSchemaAndNoTemporaryFileStays() throws Exception {
        try (Database db = Database.openFile(dir.resolve("w"))) {
            assertEquals(SchemaUpgrade.LATEST_VERSION, latestApplied(db));
        }
        assertEquals(List.of("w.mv.db"), files());
    }

    @Test
    void aDatabaseBehindTheSchemaIsUpgradedAndTheCopyKeptMeanwhileIsRemoved() throws Exception {
        try (Database db = Database.openFile(dir.resolve("w")); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE import_journal");
            s.execute("DROP TABLE table_digests");
            s.execute("ALTER TABLE analysis_runs DROP COLUMN made_by");
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('13', '14')");
        }
        try (Database db = Database.openFile(dir.resolve("w"))) {
            assertTrue(hasTable(db, "import_journal"));
            assertEquals(SchemaUpgrade.LATEST_VERSION, latestApplied(db));
        }
        assertEquals(List.of("w.mv.db"), files());
    }

    @Test
    void aCopyLeftByAnInterruptedUpgradeReplacesTheHalfUpgradedFile() throws Exception {
        try (Database db = Database.openFile(dir.resolve("w")); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO customers (id, external_id, name) VALUES (1, 'KEPT', 'Kept')");
        }
        Files.copy(dir.resolve("w.mv.db"), dir.resolve("w.mv.db.before-upgrade"));
        // what the interrupted upgrade had changed, written straight through H2 (openFile would put the copy back)
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:" + dir.resolve("w"), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM customers");
        }
        try (Database db = Database.openFile(dir.resolve("w")); Connection c = db.connect();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT external_id FROM customers")) {
            assertTrue(rs.next());
            assertEquals("KEPT", rs.getString(1));
        }
        assertFalse(Files.exists(dir.resolve("w.mv.db.before-upgrade")));
    }
}
