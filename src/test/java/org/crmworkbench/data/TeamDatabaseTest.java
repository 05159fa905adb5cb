package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.crmworkbench.data.imports.ImportFailedException;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.testing.PostgresServer;
import org.crmworkbench.work.Progress;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's store on a real PostgreSQL server (see {@link PostgresServer}): the schema, the all-or-nothing
 * import through COPY with every check, the same rows as H2 stores, snapshot reads beside another analyst's import,
 * and what a user without the right to upgrade the schema is told.
 */
class TeamDatabaseTest {
    @TempDir
    static Path shared;

    private static Path data;

    @BeforeAll
    static void generate() throws Exception {
        data = shared.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(300, 11)).writeTo(data, false, Progress.none());
    }

    private static DatabaseAddress.Server fresh(PostgresServer server, String prefix) {
        return (DatabaseAddress.Server) DatabaseAddress.parse(server.newDatabase(prefix));
    }

    private static Database open(PostgresServer server, DatabaseAddress.Server address) {
        return Database.openServer(address, chars(server.password()), false);
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }

    @Test
    void aNewTeamDatabaseGetsTheWholeSchemaAndTheSameRowsAsAFile(@TempDir Path dir) throws Exception {
        PostgresServer server = PostgresServer.require();
        try (Database team = open(server, fresh(server, "rows"));
             Database file = Database.openFile(dir.resolve("w"))) {
            assertEquals(Database.Engine.POSTGRESQL, team.engine());
            assertEquals(SchemaUpgrade.LATEST_VERSION, schemaVersion(team));
            ImportReport onServer = new Importer(team, Messages.english()).importDirectory(data,
                    ImportOptions.defaults(), Progress.none());
            ImportReport inFile = new Importer(file, Messages.english()).importDirectory(data,
                    ImportOptions.defaults(), Progress.none());
            assertTrue(onServer.committed());
            assertEquals(inFile.rowsLoaded(), onServer.rowsLoaded());
            for (CrmTable table : CrmTable.loadOrder()) {
                assertEquals(rows(file, table), rows(team, table), table.sqlName());
            }
            assertTrue(new DatabaseCheck(team).run(Progress.none()).ok());
            try (Connection c = team.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO ratings (customer_id, product_id, rating) VALUES (999999, 1, 4)");
            }
            DatabaseCheck.Report broken = new DatabaseCheck(team).run(Progress.none());
            assertFalse(broken.ok(), "a rating of a customer who is not there is found on PostgreSQL too");
            assertTrue(broken.findings().stream().anyMatch(f -> String.valueOf(f).contains("999999")),
                    String.valueOf(broken.findings()));
        }
    }

    @Test
    void aRefusedRowInTheLastFileLeavesTheTeamDatabaseAsItWas() throws Exception {
        PostgresServer server = PostgresServer.require();
        Path broken = shared.resolve("broken");
        copy(data, broken);
        List<String> lines = Files.readAllLines(broken.resolve("feedback.csv"));
        lines.add(lines.get(1)); // the same feedback id twice: refused at the last line of the last file
        Files.write(broken.resolve("feedback.csv"), lines);
        try (Database team = open(server, fresh(server, "refused"))) {
            ImportFailedException e = assertThrows(ImportFailedException.class, () -> new Importer(team,
                    Messages.english()).importDirectory(broken, ImportOptions.defaults(), Progress.none()));
            assertFalse(e.report().committed());
            assertTrue(e.report().files().stream().anyMatch(f -> f.problemCount() > 0));
            for (CrmTable table : CrmTable.loadOrder()) {
                assertEquals(0, DatabaseSnapshot.count(team, table.sqlName()), table.sqlName());
            }
            assertEquals(0, DatabaseSnapshot.count(team, "imports"));
        }
    }

    @Test
    void anAnalysisReadsOneSnapshotWhileAnotherAnalystImports() throws Exception {
        PostgresServer server = PostgresServer.require();
        DatabaseAddress.Server address = fresh(server, "snapshot");
        Path customersOnly = shared.resolve("customers-only");
        Files.createDirectories(customersOnly);
        Files.copy(data.resolve("customers.csv"), customersOnly.resolve("customers.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Database mine = open(server, address); Database theirs = open(server, address)) {
            try (Connection reading = mine.connectForReading(); Statement s = reading.createStatement()) {
                assertEquals(0, count(s, "customers"));
                new Importer(theirs, Messages.english()).importDirectory(customersOnly, ImportOptions.defaults(),
                        Progress.none());
                assertEquals(300, DatabaseSnapshot.count(theirs, "customers"));
                assertEquals(0, count(s, "customers"), "the reading analysis still sees its snapshot");
            }
            try (Connection again = mine.connectForReading(); Statement s = again.createStatement()) {
                assertEquals(300, count(s, "customers"), "a new analysis sees the import");
            }
        }
    }

    @Test
    void twoImportsIntoOneTeamDatabaseTakeTurns() throws Exception {
        PostgresServer server = PostgresServer.require();
        DatabaseAddress.Server address = fresh(server, "turns");
        Path customersOnly = shared.resolve("customers-turns");
        Files.createDirectories(customersOnly);
        Files.copy(data.resolve("customers.csv"), customersOnly.resolve("customers.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Database mine = open(server, address); Database theirs = open(server, address);
             Connection holding = theirs.connect()) {
            holding.setAutoCommit(false);
            try (Statement s = holding.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + 0x43524D3231L + ")"); // as another import in progress
            }
            java.util.List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
            Progress watching = new Progress() {
                @Override
                public void worked(long done, long total) {
                }

                @Override
                public void stage(String messageKey, Object... args) {
                    stages.add(messageKey);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            java.util.concurrent.CompletableFuture<ImportReport> waiting = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            return new Importer(mine, Messages.english()).importDirectory(customersOnly,
                                    ImportOptions.defaults(), watching);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!stages.contains("import.stage.waitForOther") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(stages.contains("import.stage.waitForOther"), "the import says it waits: " + stages);
            assertFalse(waiting.isDone());
            holding.commit(); // the other import ends
            assertTrue(waiting.get(60, java.util.concurrent.TimeUnit.SECONDS).committed());
            assertEquals(300, DatabaseSnapshot.count(mine, "customers"));
        }
    }

    @Test
    void aUserWhoMayNotUpgradeTheSchemaIsToldWhoCan() throws Exception {
        PostgresServer server = PostgresServer.require();
        String url = server.newDatabase("rights");
        String name = PostgresServer.nameOf(url);
        Flyway.configure().dataSource(url, null, server.password())
                .locations("classpath:db/migration", "classpath:org/crmworkbench/data/migration").target("12")
                .loggers("slf4j").load().migrate();
        server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_reader') THEN "
                + "CREATE ROLE crm_reader LOGIN; END IF; END $$");
        server.admin("GRANT CONNECT ON DATABASE " + name + " TO crm_reader");
        String asReader = url.replace("user=crm", "user=crm_reader");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.openServer(
                (DatabaseAddress.Server) DatabaseAddress.parse(asReader), null, false));
        assertTrue(e.getMessage().contains("not allowed to change them"), e.getMessage());
        assertTrue(e.getMessage().contains("owner"), e.getMessage());
    }

    @Test
    void aMissingDatabaseAndAnUnreachableServerSayWhatToDo() {
        PostgresServer server = PostgresServer.require();
        String missing = server.url("no_such_database_here");
        DatabaseException none = assertThrows(DatabaseException.class, () -> Database.openServer(
                (DatabaseAddress.Server) DatabaseAddress.parse(missing), chars(server.password()), false));
        assertTrue(none.getMessage().contains("There is no database 'no_such_database_here'"), none.getMessage());
        DatabaseException unreachable = assertThrows(DatabaseException.class, () -> Database.openServer(
                (DatabaseAddress.Server) DatabaseAddress.parse("jdbc:postgresql://127.0.0.1:1/crm?user=crm"), null,
                false));
        assertTrue(unreachable.getMessage().contains("Cannot reach the team database at 127.0.0.1:1"),
                unreachable.getMessage());
    }

    private static int schemaVersion(Database db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A table's rows as sorted text, the same on both engines for the same data. */
    private static List<String> rows(Database db, CrmTable table) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table.sqlName())) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.math.BigDecimal d) {
                        v = d.stripTrailingZeros().toPlainString();
                    } else if (v instanceof java.sql.Timestamp t) {
                        v = t.toLocalDateTime();
                    } else if (v instanceof java.sql.Date d) {
                        v = d.toLocalDate();
                    } else if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
                        v = n.longValue();
                    } else if (v instanceof Float f) {
                        v = f.doubleValue();
                    }
                    row.append(v).append('|');
                }
                rows.add(row.toString());
            }
        }
        java.util.Collections.sort(rows);
        return rows;
    }

    private static long count(Statement s, String table) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
