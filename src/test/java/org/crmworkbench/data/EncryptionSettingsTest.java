package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key side file: what it holds, that it is read back exactly, and that a damaged one is said to be so. */
class EncryptionSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theSideFileIsReadBackExactlyAndTheKeyDependsOnPasswordAndSalt() throws Exception {
        EncryptionSettings fresh = EncryptionSettings.fresh(2_000);
        DatabaseKey key = DatabaseKey.derive("plum orchard".toCharArray(), fresh);
        EncryptionSettings stored = fresh.withCheck(key.check());
        Path db = dir.resolve("crm.mv.db");
        stored.write(EncryptionSettings.sideFile(db));
        assertEquals(dir.resolve("crm.key-salt"), EncryptionSettings.sideFile(db));
        assertEquals(stored, EncryptionSettings.read(dir.resolve("crm")));
        assertEquals(16, stored.salt().length);
        assertEquals(32, stored.check().length);

        assertEquals(key, DatabaseKey.derive("plum orchard".toCharArray(), stored));
        assertTrue(key.matches(stored));
        assertFalse(DatabaseKey.derive("plum orchart".toCharArray(), stored).matches(stored));
        assertNotEquals(key, DatabaseKey.derive("plum orchard".toCharArray(), EncryptionSettings.fresh(2_000)),
                "another salt, another key");
        assertEquals(64, key.filePassword().length, "256 bits in hex for H2");
        assertFalse(key.toString().contains(new String(key.filePassword())), "the key is never printed");
        assertEquals(EncryptionSettings.ITERATIONS, EncryptionSettings.fresh().iterations());
    }

    @Test
    void aDamagedSideFileIsSaidToBeMissingOrDamaged() throws Exception {
        Path db = dir.resolve("crm");
        Files.writeString(EncryptionSettings.sideFile(db), "version=9\nalgorithm=PBKDF2WithHmacSHA256\n"
                + "iterations=10\nsalt=00\n", StandardCharsets.UTF_8);
        DatabasePasswordException e = assertThrows(DatabasePasswordException.class,
                () -> EncryptionSettings.read(db));
        assertEquals(DatabasePasswordException.Reason.NO_KEY_FILE, e.reason());
        assertEquals(dir.resolve("crm.key-salt"), e.keyFile());
        assertFalse(EncryptionSettings.isEncrypted(db), "no database file: not encrypted");
        Files.writeString(dir.resolve("crm.mv.db"), "H2encrypt\nrest of a file");
        assertTrue(EncryptionSettings.isEncrypted(db));
    }
}
