package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.crmworkbench.data.assistant.KnowledgeBaseStore;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.KnowledgeEntry;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check finds values that changed behind the workbench's back, which H2's own page checks let through. */
class TableDigestTest {
    private static final String PLANTED = "Zelda Quintessa Marchbank";

    @TempDir
    Path dir;

    private Path importPlanted() throws Exception {
        Path file = dir.resolve("customers.csv");
        StringBuilder csv = new StringBuilder("customer_id,name,region\n");
        for (int i = 1; i <= 200; i++) {
            csv.append("C").append(i).append(',').append(i == 77 ? PLANTED : "Customer " + i).append(",North\n");
        }
        Files.writeString(file, csv);
        Path db = dir.resolve("db/w");
        try (Database d = Database.openFile(db)) {
            new Importer(d, Messages.english()).importFile(CrmTable.CUSTOMERS, file, ImportOptions.defaults(),
                    Progress.none());
        }
        return db;
    }

    private static List<DatabaseCheck.Finding> check(Path db) {
        try (Database d = Database.openFileReadOnly(db)) {
            return new DatabaseCheck(d).run(Progress.none()).findings();
        }
    }

    @Test
    void anUntouchedImportPassesAndAChangeOutsideTheWorkbenchIsFound() throws Exception {
        Path db = importPlanted();
        assertEquals(List.of(), check(db));
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:" + db, "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE customers SET region = 'South' WHERE external_id = 'C5'");
        }
        List<DatabaseCheck.Finding> findings = check(db);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("customers", findings.get(0).table());
        assertEquals("check.problem.digest", findings.get(0).messageKey());
    }

    @Test
    void aFlippedBitInAStoredNameIsFound() throws Exception {
        Path db = importPlanted();
        Path file = Path.of(db + ".mv.db");
        byte[] bytes = Files.readAllBytes(file);
        byte[] planted = PLANTED.getBytes(StandardCharsets.UTF_8);
        int flipped = 0;
        for (int i = 0; i + planted.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + planted.length, planted, 0, planted.length)) {
                bytes[i] ^= 0x02; // 'Z' (0x5A) becomes 'X' (0x58): one bit
                flipped++;
            }
        }
        assertTrue(flipped > 0, "the name is stored as plain text in the page");
        Files.write(file, bytes);
        List<DatabaseCheck.Finding> findings = check(db);
        assertFalse(findings.isEmpty(), "a flipped bit must not pass the check");
        assertTrue(findings.stream().anyMatch(f -> f.table().equals("customers")), findings.toString());
    }

    @Test
    void editsOfTheKnowledgeBaseKeepItsFingerprintTrue() throws Exception {
        Path db = importPlanted();
        try (Database d = Database.openFile(db)) {
            KnowledgeBaseStore store = new KnowledgeBaseStore(d);
            KnowledgeEntry added = store.add(new KnowledgeEntry(0, "Where is my parcel?", "delivery", "Soon.", "en"));
            store.update(new KnowledgeEntry(added.id(), "Where is my order?", "delivery", "Soon.", "en"));
            store.add(new KnowledgeEntry(0, "Can I pay later?", "payment", "Yes.", "en"));
            store.remove(added.id());
        }
        assertEquals(List.of(), check(db));
    }
}
