package org.crmworkbench.data.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseCheck;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.testing.PostgresServer;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copying a data set and its saved runs: every table the migrations make, values unchanged across engines, numbering
 * continued, refusals, and a target left exactly as it was by a failure or a cancel (H2 always; PostgreSQL when there
 * is one, see {@link PostgresServer}).
 */
class DataSetCopyTest {
    /** Text a CSV writer or COPY could mangle: quotes, commas, line breaks, a backslash, Chinese, a long run. */
    private static final String AWKWARD = "He said \"no\", then\nleft; \\N 退货 " + "x".repeat(12_000);

    @TempDir
    static Path shared;

    private static Path data;
    private static Path other;

    @BeforeAll
    static void generate() throws Exception {
        data = shared.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(200, 5)).writeTo(data, false, Progress.none());
        other = shared.resolve("other");
        new SampleDataGenerator(SampleDataSpec.defaults(60, 9)).writeTo(other, false, Progress.none());
    }

    /** A file database holding the sample data and one hand-made saved run with awkward values. */
    private static Database sampleFile(Path file) throws Exception {
        Database db = Database.openFile(file);
        fill(db, data);
        return db;
    }

    private static void fill(Database db, Path set) throws Exception {
        new Importer(db, Messages.english()).importDirectory(set, ImportOptions.defaults(), Progress.none());
        try (Connection c = db.connect()) {
            long run;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO analysis_runs (kind, parameters, seed, "
                    + "started_at, finished_at, status, summary) VALUES ('segment', ?, ?, ?, NULL, 'done', ?)",
                    new String[] {"id"})) {
                p.setString(1, AWKWARD);
                p.setLong(2, Long.MIN_VALUE + 1);
                p.setObject(3, LocalDateTime.of(2026, 3, 4, 5, 6, 7, 123_456_000));
                p.setString(4, "");
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO segment_runs (run_id, algorithm, k, eps, "
                    + "scaling, features, as_of, customers, silhouette) VALUES (?, 'kmeans', 3, ?, 'z', 'a,b', ?, 9, "
                    + "?)")) {
                p.setLong(1, run);
                p.setDouble(2, 0.1 + 0.2);
                p.setObject(3, LocalDate.of(1999, 12, 31));
                p.setDouble(4, -1.0e-300);
                p.executeUpdate();
            }
        }
    }

    private static long newId(Database db, String insert) throws Exception {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(insert, new String[] {"id"})) {
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long maxId(Database db, String table) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String NEW_RUN = "INSERT INTO analysis_runs (kind, parameters, started_at, status) "
            + "VALUES ('segment', '{}', TIMESTAMP '2026-01-01 00:00:00', 'done')";

    @Test
    void aFileCopiedToAnotherFileHasEveryTableAsItWasAndNumbersOnAfterTheLargestId(@TempDir Path dir)
            throws Exception {
        try (Database source = sampleFile(dir.resolve("a")); Database target = Database.openFile(dir.resolve("b"))) {
            Map<String, List<String>> before = DatabaseContents.of(source);
            DataSetCopy.Result result = new DataSetCopy(source, target).run(false, Progress.none());
            DatabaseContents.assertSame(before, DatabaseContents.of(target));
            assertEquals(DatabaseContents.digests(source), DatabaseContents.digests(target));
            assertEquals(DatabaseContents.rowCount(before), result.rows());
            assertTrue(new DatabaseCheck(target).run(Progress.none()).ok());
            long run = maxId(target, "analysis_runs");
            assertEquals(run + 1, newId(target, NEW_RUN), "a run saved after the copy gets the next id");
            assertEquals(maxId(target, "imports") + 1, newId(target, "INSERT INTO imports (table_name, source, "
                    + "rows_loaded, rows_rejected, imported_at) VALUES ('x', 'y', 0, 0, TIMESTAMP '2026-01-01 "
                    + "00:00:00')"));
        }
    }

    @Test
    void everyTableTheMigrationsCreateIsCopiedAfterTheTablesItRefersTo() throws Exception {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("CREATE TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
        try (var scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path script : scripts.toList()) {
                Matcher m = create.matcher(Files.readString(script));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        created.removeAll(SchemaTables.BOOKKEEPING);
        try (Database db = Database.inMemory(); Connection c = db.connect()) {
            List<String> order = new ArrayList<>();
            for (SchemaTables.Table t : SchemaTables.of(c)) {
                order.add(t.name());
            }
            assertEquals(created, new TreeSet<>(order), "the copy's tables are the migrations' tables");
            assertTrue(order.containsAll(List.of("customers", "analysis_runs", "segment_assignments",
                    "assistant_questions", "table_digests", "feedback_texts")), order.toString());
            before(order, "customers", "orders");
            before(order, "orders", "order_lines");
            before(order, "products", "order_lines");
            before(order, "products", "feedback");
            before(order, "analysis_runs", "segment_runs");
            before(order, "customers", "segment_assignments");
            before(order, "analysis_runs", "assistant_predictions");
        }
    }

    private static void before(List<String> order, String first, String then) {
        assertTrue(order.indexOf(first) < order.indexOf(then), first + " before " + then + " in " + order);
    }

    @Test
    void aTargetThatHoldsDataIsRefusedAndReplacedOnlyWhenAsked(@TempDir Path dir) throws Exception {
        try (Database source = sampleFile(dir.resolve("a")); Database target = Database.openFile(dir.resolve("b"))) {
            fill(target, other);
            Map<String, List<String>> theirs = DatabaseContents.of(target);
            CopyRefusedException e = assertThrows(CopyRefusedException.class,
                    () -> new DataSetCopy(source, target).run(false, Progress.none()));
            assertEquals(CopyRefusedException.Reason.TARGET_NOT_EMPTY, e.reason());
            assertTrue(e.getMessage().contains(target.description()), e.getMessage());
            DatabaseContents.assertSame(theirs, DatabaseContents.of(target));
            new DataSetCopy(source, target).run(true, Progress.none());
            DatabaseContents.assertSame(DatabaseContents.of(source), DatabaseContents.of(target));
            assertTrue(new DatabaseCheck(target).run(Progress.none()).ok());
        }
    }

    @Test
    void aDatabaseIsNotCopiedOntoItself(@TempDir Path dir) {
        DatabaseAddress a = DatabaseAddress.parse(dir.resolve("crm").toString());
        DatabaseAddress b = DatabaseAddress.parse(dir.resolve("crm.mv.db").toString());
        assertTrue(DataSetCopy.sameDatabase(a, b));
        assertTrue(DataSetCopy.sameDatabase(DatabaseAddress.parse("jdbc:postgresql://HOST/crm?user=a"),
                DatabaseAddress.parse("jdbc:postgresql://host:5432/crm?user=b")));
        assertFalse(DataSetCopy.sameDatabase(DatabaseAddress.parse("jdbc:postgresql://host/crm"),
                DatabaseAddress.parse("jdbc:postgresql://host/crm2")));
        assertFalse(DataSetCopy.sameDatabase(a, DatabaseAddress.parse(dir.resolve("other").toString())));
    }

    @Test
    void aFailureOrACancelHalfwayLeavesTheFileTargetAsItWas(@TempDir Path dir) throws Exception {
        try (Database source = sampleFile(dir.resolve("a")); Database target = Database.openFile(dir.resolve("b"))) {
            fill(target, other);
            assertLeftAsItWas(source, target);
        }
    }

    @Test
    void aFailureOrACancelHalfwayLeavesTheTeamDatabaseAsItWas(@TempDir Path dir) throws Exception {
        PostgresServer server = PostgresServer.require();
        try (Database source = sampleFile(dir.resolve("a")); Database target = team(server, "halfway")) {
            fill(target, other);
            assertLeftAsItWas(source, target);
        }
    }

    /** A cancel after some thousand rows, and a table the target lacks a column of, both with --replace. */
    private static void assertLeftAsItWas(Database source, Database target) throws Exception {
        Map<String, List<String>> theirs = DatabaseContents.of(target);
        AtomicLong looks = new AtomicLong();
        Progress cancelLater = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
            }

            @Override
            public boolean isCancelled() {
                return looks.incrementAndGet() > 5;
            }
        };
        assertThrows(CancelledException.class, () -> new DataSetCopy(source, target).run(true, cancelLater));
        assertTrue(looks.get() > 5);
        DatabaseContents.assertSame(theirs, DatabaseContents.of(target));
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE segment_runs DROP COLUMN silhouette");
        }
        theirs = DatabaseContents.of(target);
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> new DataSetCopy(source, target).run(true, Progress.none()));
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        DatabaseContents.assertSame(theirs, DatabaseContents.of(target));
    }

    @Test
    void aFileGoesToATeamDatabaseAndBackUnchanged(@TempDir Path dir) throws Exception {
        PostgresServer server = PostgresServer.require();
        try (Database source = sampleFile(dir.resolve("a")); Database team = team(server, "there");
             Database back = Database.openFile(dir.resolve("back"))) {
            Map<String, List<String>> before = DatabaseContents.of(source);
            new DataSetCopy(source, team).run(false, Progress.none());
            DatabaseContents.assertSame(before, DatabaseContents.of(team));
            DatabaseCheck.Report check = new DatabaseCheck(team).run(Progress.none());
            assertTrue(check.ok(), check.findings().toString());
            assertEquals(8, check.tables(), "every CRM table read and its fingerprint compared");
            assertEquals(maxId(team, "analysis_runs") + 1, newId(team, NEW_RUN));
            try (Connection c = team.connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM analysis_runs WHERE id = (SELECT MAX(id) FROM analysis_runs)");
            }
            CopyRefusedException refused = assertThrows(CopyRefusedException.class,
                    () -> new DataSetCopy(source, team).run(false, Progress.none()));
            assertTrue(refused.getMessage().contains(team.description()), refused.getMessage());
            new DataSetCopy(team, back).run(false, Progress.none());
            DatabaseContents.assertSame(before, DatabaseContents.of(back));
            assertEquals(DatabaseContents.digests(source), DatabaseContents.digests(back));
            assertTrue(new DatabaseCheck(back).run(Progress.none()).ok());
            assertEquals(maxId(back, "analysis_runs") + 1, newId(back, NEW_RUN));
        }
    }

    private static Database team(PostgresServer server, String prefix) {
        DatabaseAddress.Server address = (DatabaseAddress.Server) DatabaseAddress.parse(server.newDatabase(prefix));
        return Database.openServer(address, server.password() == null ? null : server.password().toCharArray(),
                false);
    }
}
