package org.crmworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file that cannot be opened is refused in one sentence naming it and saying what to do; the file is left
 * as it was and no H2 trace file is left beside it.
 */
class DatabaseOpenProblemsTest {
    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anEmptyFileIsNotTakenForANewDatabase() throws Exception {
        Path file = dir.resolve("crm.mv.db");
        Files.createFile(file);
        for (boolean readOnly : new boolean[] {false, true}) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> {
                try (Database db = readOnly ? Database.openFileReadOnly(dir.resolve("crm"))
                        : Database.openFile(dir.resolve("crm"))) {
                    db.description();
                }
            });
            assertTrue(e.getMessage().contains("is empty (0 bytes)"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
        assertEquals(0, Files.size(file), "the file is left as it was");
        assertEquals(List.of("crm.mv.db"), names());
    }

    @Test
    void aFileThatIsNotADatabaseIsSaidToBeSoAndLeftAlone() throws Exception {
        Path file = dir.resolve("crm.mv.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(3).nextBytes(garbage);
        Files.write(file, garbage);
        for (boolean readOnly : new boolean[] {true, false}) {
            DatabaseException e = assertThrows(DatabaseException.class, () -> {
                try (Database db = readOnly ? Database.openFileReadOnly(file) : Database.openFile(file)) {
                    db.description();
                }
            });
            assertTrue(e.getMessage().contains("is not a readable workbench database"), e.getMessage());
            assertFalse(e.getMessage().contains("[9"), "no H2 error code: " + e.getMessage());
        }
        assertArrayEquals(garbage, Files.readAllBytes(file));
        assertEquals(List.of("crm.mv.db"), names(), "no .trace.db beside it");
    }
}
