package org.crmworkbench.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crmworkbench.data.BulkLoadJournal;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseCheck;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load (committed batches under a journal, indexes and constraints set aside and rebuilt) stores exactly what
 * the one-transaction import stores, and every way it can stop short - a refused row, a cancel, a killed process -
 * leaves the tables empty with their indexes and constraints back.
 */
class BulkImportTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static Path data;

    @BeforeAll
    static void generate() throws Exception {
        data = shared.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(300, 11)).writeTo(data, false, Progress.none());
    }

    private static Importer bulk(Database db) {
        return new Importer(db, Messages.english(), 0);
    }

    private static Importer transactional(Database db) {
        return new Importer(db, Messages.english(), Long.MAX_VALUE);
    }

    @Test
    void aBulkLoadStoresTheSameRowsAndSchemaAsOneTransaction() throws Exception {
        try (Database inBulk = Database.openFile(dir.resolve("bulk/w"));
             Database inOne = Database.openFile(dir.resolve("one/w"))) {
            ImportReport bulkReport = bulk(inBulk).importDirectory(data, ImportOptions.defaults(), Progress.none());
            ImportReport oneReport = transactional(inOne).importDirectory(data, ImportOptions.defaults(),
                    Progress.none());
            assertTrue(bulkReport.committed());
            assertEquals(oneReport.rowsLoaded(), bulkReport.rowsLoaded());
            assertEquals(TableContents.of(inOne), TableContents.of(inBulk));
            assertEquals(TableContents.schema(inOne), TableContents.schema(inBulk));
            assertFalse(journalPending(inBulk));
            assertTrue(new DatabaseCheck(inBulk).run(Progress.none()).ok());
            assertEquals(TableContents.count(inOne, "imports"), TableContents.count(inBulk, "imports"));
        }
    }

    @Test
    void aRefusedRowInTheLastFileEmptiesEveryTableAndPutsTheIndexesBack() throws Exception {
        Path broken = copyOfData();
        List<String> lines = Files.readAllLines(broken.resolve("feedback.csv"));
        lines.add(lines.get(1)); // the same feedback id twice: refused at the last line
        Files.write(broken.resolve("feedback.csv"), lines);
        try (Database db = Database.openFile(dir.resolve("w"))) {
            String schema = TableContents.schema(db);
            ImportFailedException e = assertThrows(ImportFailedException.class,
                    () -> bulk(db).importDirectory(broken, ImportOptions.defaults(), Progress.none()));
            assertEquals(1, e.report().problemCount());
            assertAllEmpty(db);
            assertEquals(schema, TableContents.schema(db));
            assertEquals(0, TableContents.count(db, "imports"));
            assertFalse(journalPending(db));
        }
    }

    @Test
    void aCancelInTheMiddleOfABulkLoadEmptiesEveryTable() throws Exception {
        try (Database db = Database.openFile(dir.resolve("w"))) {
            String schema = TableContents.schema(db);
            Progress cancelAtOrders = new Progress() {
                private volatile boolean cancelled;

                @Override
                public void worked(long done, long total) {
                }

                @Override
                public void stage(String key, Object... args) {
                    cancelled |= key.equals("import.stage.file") && args[0].equals("order_lines.csv");
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
            assertThrows(CancelledException.class,
                    () -> bulk(db).importDirectory(data, ImportOptions.defaults(), cancelAtOrders));
            assertAllEmpty(db);
            assertEquals(schema, TableContents.schema(db));
        }
    }

    /** What a process killed in the middle of a bulk load leaves: a journal, some committed rows, no indexes. */
    @Test
    void anInterruptedBulkLoadIsUndoneWhenTheDatabaseIsNextOpened() throws Exception {
        Path path = dir.resolve("w");
        String schema;
        try (Database db = Database.openFile(path)) {
            schema = TableContents.schema(db);
            try (Connection c = db.connect()) {
                BulkLoadJournal.begin(c, List.of("customers", "orders"));
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO customers (id, external_id, name) VALUES (?, ?, ?)")) {
                    for (int i = 1; i <= 50; i++) {
                        p.setLong(1, i);
                        p.setString(2, "C" + i);
                        p.setString(3, "Name " + i);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                c.commit();
            }
            assertFalse(schema.equals(TableContents.schema(db)), "the load set the indexes aside");
        }
        DatabaseException readOnly = assertThrows(DatabaseException.class, () -> Database.openFileReadOnly(path));
        assertTrue(readOnly.getMessage().contains("interrupted"), readOnly.getMessage());
        try (Database db = Database.openFile(path)) {
            assertEquals(2, db.undoneImportTables());
            assertAllEmpty(db);
            assertEquals(schema, TableContents.schema(db));
            assertFalse(journalPending(db));
        }
        try (Database db = Database.openFile(path)) {
            assertEquals(0, db.undoneImportTables());
        }
    }

    @Test
    void tablesThatHoldRowsAreLoadedInOneTransactionAndARefusalKeepsThem() throws Exception {
        try (Database db = Database.openFile(dir.resolve("w"))) {
            Path customersOnly = dir.resolve("first");
            Files.createDirectories(customersOnly);
            Files.copy(data.resolve("customers.csv"), customersOnly.resolve("customers.csv"));
            bulk(db).importDirectory(customersOnly, ImportOptions.defaults(), Progress.none());
            String before = TableContents.of(db);
            Path more = dir.resolve("more.csv");
            Files.writeString(more, "customer_id,name\nNEW1,Ann\nNEW1,Bo\n");
            assertThrows(ImportFailedException.class, () -> bulk(db).importFile(CrmTable.CUSTOMERS, more,
                    ImportOptions.defaults(), Progress.none()));
            assertEquals(before, TableContents.of(db));
            Files.writeString(more, "customer_id,name\nNEW1,Ann\n");
            bulk(db).importFile(CrmTable.CUSTOMERS, more, ImportOptions.defaults(), Progress.none());
            assertEquals(301, TableContents.count(db, "customers"));
        }
    }

    @Test
    void anImportThatCannotFitOnTheDiskIsRefusedBeforeTheFirstRowNamingTheFolder() throws Exception {
        Path db = dir.resolve("w.mv.db");
        try {
            Files.getFileStore(dir);
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this machine cannot say how much room a folder has ("
                    + e.getMessage() + ", e.g. inside a chroot), so the check steps aside by design");
        }
        FreeSpace space = new FreeSpace(Optional.of(db), Messages.english());
        DatabaseException e = assertThrows(DatabaseException.class, () -> space.require(1L << 52));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("MB are free"), e.getMessage());
        space.require(1000); // a small import fits
        new FreeSpace(Optional.empty(), Messages.english()).require(1L << 52); // memory: nothing to check
        assertEquals(3 * 1000 + FreeSpace.MARGIN, FreeSpace.needed(1000));
    }

    private Path copyOfData() throws Exception {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static void assertAllEmpty(Database db) throws SQLException {
        for (CrmTable t : CrmTable.values()) {
            assertEquals(0, TableContents.count(db, t.sqlName()), t.sqlName());
        }
    }

    private static boolean journalPending(Database db) throws SQLException {
        try (Connection c = db.connect()) {
            return BulkLoadJournal.pending(c);
        }
    }
}
