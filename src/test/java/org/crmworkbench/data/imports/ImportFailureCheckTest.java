package org.crmworkbench.data.imports;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseCheck;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that fails inside the database (here a trigger standing in for a full disk) is rolled back, and the
 * references are checked afterwards: the message says they are intact.
 */
class ImportFailureCheckTest {
    @TempDir
    Path dir;

    /** Fails every insert into the table it is put on. */
    public static final class FailingTrigger implements Trigger {
        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            throw new SQLException("No space left on device (simulated)");
        }
    }

    private static int count(Database db, String table) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aFailureInTheDatabaseIsRolledBackAndTheReferencesAreCheckedAfterwards() throws Exception {
        Files.writeString(dir.resolve("customers.csv"), "customer_id,name\nC1,Ann\nC2,Bo\n");
        Files.writeString(dir.resolve("orders.csv"), "order_id,customer_id,order_date\nO1,C1,2026-01-02\n");
        try (Database db = Database.inMemory()) {
            try (Connection c = db.connect()) {
                c.createStatement().execute("CREATE TRIGGER fail_orders BEFORE INSERT ON orders FOR EACH ROW CALL \""
                        + FailingTrigger.class.getName() + "\"");
            }
            DatabaseException e = assertThrows(DatabaseException.class, () -> new Importer(db, Messages.english())
                    .importDirectory(dir, ImportOptions.defaults(), Progress.none()));
            assertTrue(e.getMessage().startsWith("The import could not be stored in memory: the disk is full. "
                    + "It was rolled back"), e.getMessage());
            assertTrue(e.getMessage().endsWith("every reference is intact."), e.getMessage());
            assertEquals(0, count(db, "customers"), "all or nothing");
            assertEquals(0, count(db, "orders"));
        }
    }

    @Test
    void theReferenceCheckFindsAnOrderWhoseCustomerIsGone() throws Exception {
        try (Database db = Database.inMemory()) {
            try (Connection c = db.connect()) {
                c.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
                c.createStatement().execute("INSERT INTO orders (id, external_id, customer_id, order_date) "
                        + "VALUES (1, 'O1', 42, DATE '2026-01-02')");
                c.createStatement().execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            DatabaseCheck.Report report = new DatabaseCheck(db).references(Progress.none());
            assertEquals(1, report.findings().size(), report.toString());
            DatabaseCheck.Finding f = report.findings().get(0);
            assertEquals("orders", f.table());
            assertEquals("customer_id", f.column());
            assertEquals(java.util.List.of("customers", "42"), f.details());
        }
    }
}
