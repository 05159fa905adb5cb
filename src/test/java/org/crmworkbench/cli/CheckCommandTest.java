package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.crmworkbench.data.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench check}: a sound database passes, and what the importer would never store (a rating of a customer
 * who does not exist, a rating given twice, an order line of zero items) is named table by table; the file is left
 * byte for byte as it was.
 */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSoundDatabasePassesAndBrokenInvariantsAreNamedWithoutWritingTheFile() throws Exception {
        CommandRun cli = new CommandRun(dir);
        Path db = cli.sampleDatabase(60);
        assertEquals(0, cli.run("--db", db.toString(), "check"), cli.stderr);
        assertTrue(cli.stdout.contains("no problems found (8 tables,"), cli.stdout);

        try (Database database = Database.openFile(db); Connection c = database.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ratings (customer_id, product_id, rating) VALUES (987654, 1, 4)");
            s.executeUpdate("INSERT INTO ratings (customer_id, product_id, rating) SELECT customer_id, product_id, "
                    + "rating FROM ratings WHERE customer_id = (SELECT MIN(customer_id) FROM ratings) LIMIT 1");
            s.executeUpdate("UPDATE order_lines SET quantity = 0 WHERE id = (SELECT MIN(id) FROM order_lines)");
        }
        byte[] before = Files.readAllBytes(Path.of(db + ".mv.db"));
        assertEquals(3, cli.run("--db", db.toString(), "check"), cli.stderr);
        // the three broken invariants, and the two tables whose rows no longer match what the import stored
        assertTrue(cli.stdout.contains("5 problem(s) found"), cli.stdout);
        assertTrue(cli.stdout.contains("ratings: the rows differ from what the last import or edit stored"), cli.stdout);
        assertTrue(cli.stdout.contains("order_lines: the rows differ from what the last import or edit stored"),
                cli.stdout);
        assertTrue(cli.stdout.contains("ratings.customer_id: 1 rows refer to customers rows that do not exist "
                + "(ids 987654)"), cli.stdout);
        assertTrue(cli.stdout.contains("ratings: 1 (customer_id, product_id) pairs appear more than once"),
                cli.stdout);
        assertTrue(cli.stdout.contains("order_lines.quantity: 1 rows are outside 1..1000000 (e.g. 0)"), cli.stdout);
        assertArrayEquals(before, Files.readAllBytes(Path.of(db + ".mv.db")), "check only reads");
    }

    @Test
    void aMissingDatabaseIsAUsageError() {
        CommandRun cli = new CommandRun(dir);
        cli.assertFails(2, "no-such", "--db", dir.resolve("no-such").toString(), "check");
    }
}
