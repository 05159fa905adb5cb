package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted database keeps customer text off the disk, opens only with its password (and says which is wrong: no
 * password, a wrong one, a missing key file) and converts in place without ever leaving neither database.
 */
class EncryptedDatabaseTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    /** Few rounds, so the test stays fast; the derivation itself is the same. */
    private static final int ROUNDS = 1_000;

    @TempDir
    Path dir;

    @Test
    void noCustomerTextCanBeFoundInTheFilesOfAnEncryptedDatabase() throws Exception {
        Path plain = dir.resolve("plain").resolve("crm");
        List<String> needles = PlantedCustomers.texts();
        String content;
        try (Database db = Database.openFile(plain)) {
            PlantedCustomers.load(db);
            content = DatabaseSnapshot.of(db);
        }
        List<String> seen = found(plain.getParent(), needles);
        assertEquals(needles, seen, "the scan sees the text of a plain database");

        // converted in place
        Path converted = dir.resolve("converted").resolve("crm");
        Files.createDirectories(converted.getParent());
        Files.copy(Path.of(plain + ".mv.db"), Path.of(converted + ".mv.db"));
        new EncryptionChange().encrypt(converted, PASSWORD, EncryptionSettings.fresh(ROUNDS), Progress.none());
        assertEquals(List.of(), found(converted.getParent(), needles));
        assertTrue(EncryptionSettings.isEncrypted(converted));

        // written encrypted from the start: an empty database encrypted, then the data imported into it
        Path fresh = dir.resolve("fresh").resolve("crm");
        Database.openFile(fresh).close();
        new EncryptionChange().encrypt(fresh, PASSWORD, EncryptionSettings.fresh(ROUNDS), Progress.none());
        try (Database db = Database.openFile(fresh, DatabaseKey.unlock(fresh, PASSWORD))) {
            PlantedCustomers.load(db);
            assertEquals(content.replaceAll("(?m)^## imports[\\s\\S]*", ""),
                    DatabaseSnapshot.of(db).replaceAll("(?m)^## imports[\\s\\S]*", ""));
        }
        assertEquals(List.of(), found(fresh.getParent(), needles));
        assertEquals(List.of("crm.key-salt", "crm.mv.db"), names(fresh.getParent()));
    }

    @Test
    void anEncryptedDatabaseOpensOnlyWithItsPasswordAndSaysWhy() throws Exception {
        Path db = encryptedSample();
        byte[] bytes = Files.readAllBytes(Path.of(db + ".mv.db"));

        DatabasePasswordException missing = assertThrows(DatabasePasswordException.class,
                () -> Database.openFile(db, null));
        assertEquals(DatabasePasswordException.Reason.MISSING, missing.reason());
        assertEquals(DatabasePasswordException.Reason.MISSING, assertThrows(DatabasePasswordException.class,
                () -> Database.openFileReadOnly(db, null)).reason());
        DatabaseException old = assertThrows(DatabaseException.class, () -> Database.openFile(db).close());
        assertEquals(1, old.getMessage().lines().count());
        assertTrue(old.getMessage().contains("is encrypted"), old.getMessage());
        assertFalse(old.getMessage().contains("corrupt"), old.getMessage());

        DatabasePasswordException wrong = assertThrows(DatabasePasswordException.class,
                () -> DatabaseKey.unlock(db, "Correct horse battery".toCharArray()));
        assertEquals(DatabasePasswordException.Reason.WRONG, wrong.reason());
        assertFalse(wrong.getMessage().contains("orse"), "the password is not repeated");

        assertArrayEquals(bytes, Files.readAllBytes(Path.of(db + ".mv.db")), "refusals leave the file as it was");
        assertEquals(List.of("crm.key-salt", "crm.mv.db"), names(db.getParent()), "no .trace.db");

        try (Database ro = Database.openFileReadOnly(db, DatabaseKey.unlock(db, PASSWORD))) {
            assertEquals(PlantedCustomers.CUSTOMERS, DatabaseSnapshot.count(ro, "customers"));
        }
        assertArrayEquals(bytes, Files.readAllBytes(Path.of(db + ".mv.db")), "a read-only open writes nothing");

        Files.move(EncryptionSettings.sideFile(db), dir.resolve("elsewhere"));
        DatabasePasswordException noKey = assertThrows(DatabasePasswordException.class,
                () -> DatabaseKey.unlock(db, PASSWORD));
        assertEquals(DatabasePasswordException.Reason.NO_KEY_FILE, noKey.reason());
        assertTrue(noKey.getMessage().contains("crm.key-salt"), noKey.getMessage());
    }

    @Test
    void encryptingThenDecryptingKeepsEveryRow() throws Exception {
        Path db = dir.resolve("crm");
        String before;
        Map<String, String> hashes;
        try (Database d = Database.openFile(db)) {
            PlantedCustomers.load(d);
            before = DatabaseSnapshot.of(d);
            hashes = tableHashes(d);
        }
        EncryptionChange.Outcome encrypted = new EncryptionChange().encrypt(db, PASSWORD,
                EncryptionSettings.fresh(ROUNDS), Progress.none());
        assertEquals(PlantedCustomers.CUSTOMERS, encrypted.rows().get("CUSTOMERS").intValue());
        try (Database d = Database.openFile(db, DatabaseKey.unlock(db, PASSWORD))) {
            assertEquals(hashes, tableHashes(d));
        }
        EncryptionChange.Outcome decrypted = new EncryptionChange().decrypt(db, PASSWORD, Progress.none());
        assertEquals(encrypted.rows(), decrypted.rows());
        assertFalse(EncryptionSettings.isEncrypted(db));
        assertEquals(List.of("crm.mv.db"), names(dir), "the key file goes with the encryption");
        try (Database d = Database.openFile(db, null)) {
            assertEquals(before, DatabaseSnapshot.of(d));
            assertEquals(hashes, tableHashes(d));
        }
    }

    @Test
    void aConversionStoppedAfterTheCopyIsWrittenLeavesTheOriginal() throws Exception {
        Path db = dir.resolve("crm");
        try (Database d = Database.openFile(db)) {
            PlantedCustomers.load(d);
        }
        byte[] plain = Files.readAllBytes(Path.of(db + ".mv.db"));
        EncryptionChange failing = new EncryptionChange(() -> {
            throw new IllegalStateException("stopped after the copy");
        });
        assertThrows(IllegalStateException.class,
                () -> failing.encrypt(db, PASSWORD, EncryptionSettings.fresh(ROUNDS), Progress.none()));
        assertArrayEquals(plain, Files.readAllBytes(Path.of(db + ".mv.db")));
        assertEquals(List.of("crm.mv.db"), names(dir), "no copy, no key file left");

        new EncryptionChange().encrypt(db, PASSWORD, EncryptionSettings.fresh(ROUNDS), Progress.none());
        byte[] encrypted = Files.readAllBytes(Path.of(db + ".mv.db"));
        byte[] side = Files.readAllBytes(EncryptionSettings.sideFile(db));
        assertThrows(IllegalStateException.class, () -> failing.decrypt(db, PASSWORD, Progress.none()));
        assertArrayEquals(encrypted, Files.readAllBytes(Path.of(db + ".mv.db")));
        assertArrayEquals(side, Files.readAllBytes(EncryptionSettings.sideFile(db)));
        assertEquals(List.of("crm.key-salt", "crm.mv.db"), names(dir));
        try (Database d = Database.openFileReadOnly(db, DatabaseKey.unlock(db, PASSWORD))) {
            assertEquals(PlantedCustomers.CUSTOMERS, DatabaseSnapshot.count(d, "customers"));
        }
    }

    @Test
    void refusedConversionsLeaveEverythingAsItWas() throws Exception {
        Path db = encryptedSample();
        byte[] encrypted = Files.readAllBytes(Path.of(db + ".mv.db"));
        byte[] side = Files.readAllBytes(EncryptionSettings.sideFile(db));
        assertThrows(IllegalStateException.class, () -> new EncryptionChange().encrypt(db, PASSWORD,
                EncryptionSettings.fresh(ROUNDS), Progress.none()));
        assertEquals(DatabasePasswordException.Reason.WRONG, assertThrows(DatabasePasswordException.class,
                () -> new EncryptionChange().decrypt(db, "wrong".toCharArray(), Progress.none())).reason());
        assertArrayEquals(encrypted, Files.readAllBytes(Path.of(db + ".mv.db")));
        assertArrayEquals(side, Files.readAllBytes(EncryptionSettings.sideFile(db)));
        assertEquals(List.of("crm.key-salt", "crm.mv.db"), names(dir));

        Path plain = dir.resolve("other");
        try (Database open = Database.openFile(plain)) {
            DatabaseException inUse = assertThrows(DatabaseException.class, () -> new EncryptionChange()
                    .encrypt(plain, PASSWORD, EncryptionSettings.fresh(ROUNDS), Progress.none()));
            assertTrue(inUse.getMessage().contains("in use"), inUse.getMessage());
            assertFalse(EncryptionSettings.isEncrypted(plain));
        }
        assertFalse(Files.exists(EncryptionSettings.sideFile(plain)));
    }

    private Path encryptedSample() throws Exception {
        Path db = dir.resolve("crm");
        try (Database d = Database.openFile(db)) {
            PlantedCustomers.load(d);
        }
        new EncryptionChange().encrypt(db, PASSWORD, EncryptionSettings.fresh(ROUNDS), Progress.none());
        return db;
    }

    /**
     * The needles that occur in any file under {@code folder}, written in UTF-8 or as H2 writes text into its pages
     * (UTF-8's lead bytes, but continuation bytes without their top bit, so Chinese text is not found as UTF-8).
     */
    private static List<String> found(Path folder, List<String> needles) throws Exception {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        List<String> seen = new ArrayList<>();
        for (String needle : needles) {
            byte[] n = needle.getBytes(StandardCharsets.UTF_8);
            byte[] h2 = h2Text(needle);
            if (files.stream().anyMatch(f -> indexOf(f, n) >= 0 || indexOf(f, h2) >= 0)) {
                seen.add(needle);
            }
        }
        return seen;
    }

    private static byte[] h2Text(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A SHA-256 of every row of every table, in key order. */
    static Map<String, String> tableHashes(Database db) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : EncryptionChange.rowCounts(db).keySet()) {
                var digest = java.security.MessageDigest.getInstance("SHA-256");
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
                hashes.put(table, java.util.HexFormat.of().formatHex(digest.digest()));
            }
        }
        return hashes;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
