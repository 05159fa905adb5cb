package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.crmworkbench.data.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench info} only looks: the database file is byte for byte the same afterwards, and no trace is left. */
class InfoReadsOnlyTest {
    @TempDir
    Path dir;

    @Test
    void infoLeavesTheFileAsItWas() throws Exception {
        CommandRun cli = new CommandRun(dir);
        Path db = cli.sampleDatabase(120);
        Path file = Path.of(db + ".mv.db");
        byte[] before = digest(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertEquals(0, cli.run("--db", db.toString(), "info"), cli.stderr);
        assertTrue(cli.stdout.contains("customers"), cli.stdout);
        assertArrayEquals(before, digest(file), "info must not rewrite the database");
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
        assertFalse(Files.exists(Path.of(db + ".trace.db")), "no trace file");
    }

    @Test
    void aDatabaseInUseIsSaidInOneSentence() throws Exception {
        CommandRun cli = new CommandRun(dir);
        Path db = cli.sampleDatabase(60);
        try (Database open = Database.openFile(db)) {
            int status = cli.run("--db", db.toString(), "info");
            assertTrue(status != 0, cli.stdout);
            assertTrue(cli.stderr.contains("in use by another program"), cli.stderr);
            assertFalse(cli.stderr.contains("Exception") || cli.stderr.contains("retry:"), cli.stderr);
        }
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
