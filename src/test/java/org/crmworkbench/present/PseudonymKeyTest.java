package org.crmworkbench.present;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pseudonym key file: made once, owner-only, then read as it is. */
class PseudonymKeyTest {
    @TempDir
    Path dir;

    @Test
    void aMissingKeyIsMadeOwnerOnlyInItsFolderAndReusedAfterwards() throws Exception {
        Path file = dir.resolve("keys").resolve(PseudonymKey.FILE_NAME);
        byte[] made = new PseudonymKey(file).bytes();
        assertEquals(PseudonymKey.NEW_KEY_BYTES, made.length);
        assertFalse(Arrays.equals(new byte[PseudonymKey.NEW_KEY_BYTES], made), "random, not zeros");
        assertEquals(2 * PseudonymKey.NEW_KEY_BYTES, Files.readString(file).strip().length());
        String text = Files.readString(file);
        assertArrayEquals(made, new PseudonymKey(file).bytes());
        assertEquals(text, Files.readString(file), "the file is read, not made again");
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anotherKeyFileGivesAnotherKey() throws Exception {
        byte[] one = new PseudonymKey(dir.resolve("one.key")).bytes();
        byte[] two = new PseudonymKey(dir.resolve("two.key")).bytes();
        assertFalse(Arrays.equals(one, two));
    }

    @Test
    void aKeyWrittenByHandIsReadAsHex() throws Exception {
        Path file = dir.resolve("hand.key");
        Files.writeString(file, "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f\n");
        assertArrayEquals(PersonalDataPolicyTest.KEY, new PseudonymKey(file).bytes());
    }

    @Test
    void aFileWithoutAKeyIsRefusedNamingTheOption() throws Exception {
        for (String content : new String[] {"", "not hex at all", "0011"}) {
            Path file = dir.resolve("bad.key");
            Files.writeString(file, content);
            BadParameterException e = assertThrows(BadParameterException.class,
                    () -> new PseudonymKey(file).bytes());
            assertEquals("pseudonym-key", e.parameter());
            assertEquals(content, Files.readString(file), "a bad key file is left as it was");
        }
    }
}
