package org.crmworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseContentHash;
import org.crmworkbench.data.DatabaseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-only folders and full disks through the command line (issue 23): a real small tmpfs where the machine allows
 * mounting one (skipped with the reason where it does not), and a stand-in for a full disk that works anywhere. Each
 * failure is one sentence naming the path, with exit 1, and leaves nothing half-written: an {@code --out} folder gets
 * all of a verb's files or none, and a failed import leaves the database's content as it was.
 */
class StorageFaultsTest {
    @TempDir
    Path dir;
    private SmallDisk disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    private Path smallDisk(String size) {
        SmallDisk.Attempt attempt = SmallDisk.mount(dir.resolve("disk"), size);
        assumeTrue(attempt.disk() != null, () -> "skipped: " + attempt.whyNot());
        disk = attempt.disk();
        return disk.folder();
    }

    private Path points(int n) throws Exception {
        StringBuilder sb = new StringBuilder("id,x,y\n");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',').append(i % 2 == 0 ? i % 7 : 50 + i % 5).append(',').append(i % 3).append('\n');
        }
        return Files.writeString(dir.resolve("points.csv"), sb.toString());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The error a person reads: the last line (progress stages come before it). */
    private static String said(CommandRun cli) {
        List<String> lines = cli.stderr.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** One line, no internals: no stack trace, no Java or H2 class, no SQL. */
    private static void assertOneCleanSentence(CommandRun cli) {
        String all = cli.stdout + cli.stderr;
        assertEquals(1, cli.stderr.lines().filter(l -> l.startsWith("Error") || l.startsWith("Cannot")).count(),
                "one sentence: " + all);
        assertFalse(all.contains("\tat ") || all.contains("java.") || all.contains("org.") || all.contains("SQL")
                || all.contains("Caused by"), all);
    }

    private static void assertOneSentenceNaming(CommandRun cli, Path path) {
        assertOneCleanSentence(cli);
        assertTrue(said(cli).contains(path.toString()), "names " + path + ": " + cli.stderr);
        assertFalse(said(cli).contains(".workbench-"), "no staging folder named: " + cli.stderr);
    }

    @Test
    void outIntoAReadOnlyFolderIsOneSentenceAndWritesNothing() throws Exception {
        Path mount = smallDisk("1m");
        Path out = Files.createDirectories(mount.resolve("out"));
        Files.writeString(out.resolve("metrics.json"), "earlier");
        disk.readOnly();
        CommandRun cli = new CommandRun(dir);
        assertEquals(1, cli.run("segment", "--input", points(60).toString(), "--k", "2", "--out", out.toString()),
                cli.stdout + cli.stderr);
        assertOneSentenceNaming(cli, out);
        assertTrue(said(cli).contains("read-only"), cli.stderr);
        assertEquals(List.of("metrics.json"), names(out));
        assertEquals("earlier", Files.readString(out.resolve("metrics.json")));
    }

    @Test
    void outIntoAFolderThatFillsUpGetsNoneOfTheFiles() throws Exception {
        Path mount = smallDisk("16k");
        Path out = Files.createDirectories(mount.resolve("out"));
        Files.writeString(out.resolve("metrics.json"), "earlier");
        CommandRun cli = new CommandRun(dir);
        assertEquals(1, cli.run("segment", "--input", points(3_000).toString(), "--k", "2", "--out", out.toString()),
                cli.stdout + cli.stderr);
        assertOneSentenceNaming(cli, out);
        assertTrue(said(cli).contains("disk is full"), cli.stderr);
        assertEquals(List.of("metrics.json"), names(out), "none of the new files, and no staging folder");
        assertEquals("earlier", Files.readString(out.resolve("metrics.json")));
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsOneSentenceAndUnchanged() throws Exception {
        Path mount = smallDisk("2m");
        CommandRun cli = new CommandRun(dir);
        Path db = mount.resolve("crm.mv.db");
        assertEquals(0, cli.run("--db", db.toString(), "import", "--dir",
                FuzzDataSet.writeBase(dir.resolve("base")).toString()), cli.stderr);
        String before = DatabaseContentHash.of(db);
        byte[] bytes = Files.readAllBytes(db);
        disk.readOnly();
        Path more = Files.writeString(dir.resolve("more.csv"), "customer_id,name\nC900,Zoe\n");
        assertEquals(1, cli.run("--db", db.toString(), "import", "--table", "customers", more.toString()),
                cli.stdout + cli.stderr);
        assertOneSentenceNaming(cli, db);
        assertTrue(said(cli).contains("read-only"), cli.stderr);
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(db)), "the file is as it was");
        assertEquals(before, DatabaseContentHash.of(db));
    }

    @Test
    void anImportWhoseDatabaseDiskFillsUpIsRolledBackAndSaysSo() throws Exception {
        Path mount = smallDisk("2m");
        CommandRun cli = new CommandRun(dir);
        Path db = mount.resolve("crm.mv.db");
        assertEquals(0, cli.run("--db", db.toString(), "import", "--dir",
                FuzzDataSet.writeBase(dir.resolve("base")).toString()), cli.stderr);
        String before = DatabaseContentHash.of(db);
        StringBuilder sb = new StringBuilder("customer_id,name,region,city,email\n");
        for (int i = 0; i < 40_000; i++) {
            sb.append("N").append(i).append(",Customer number ").append(i).append(" with a long name,Region ")
                    .append(i % 50).append(",City ").append(i % 300).append(",c").append(i).append("@example.com\n");
        }
        Path big = Files.writeString(dir.resolve("customers.csv"), sb.toString());
        assertEquals(1, cli.run("--db", db.toString(), "import", "--table", "customers", big.toString()),
                cli.stdout + cli.stderr);
        assertOneCleanSentence(cli);
        // the free-space check refuses it before the first row (a disk filling up part-way is the next test's)
        assertTrue(said(cli).contains("Not enough free space for this import in " + mount), cli.stderr);
        assertEquals(before, contentOfCopy(db), "all or nothing: the database holds none of the import");
    }

    @Test
    void anImportThatMeetsAFullDiskInTheDatabaseIsRolledBackAnywhere() throws Exception {
        // the stand-in: the database itself reports a full disk on the first insert, as H2 does when a write fails
        CommandRun cli = new CommandRun(dir);
        Path db = dir.resolve("db").resolve("crm.mv.db");
        assertEquals(0, cli.run("--db", db.toString(), "import", "--dir",
                FuzzDataSet.writeBase(dir.resolve("base")).toString()), cli.stderr);
        try (Database d = Database.openFile(db); Connection c = d.connect()) {
            c.createStatement().execute("CREATE TRIGGER disk_full BEFORE INSERT ON customers FOR EACH ROW CALL \""
                    + DiskFullTrigger.class.getName() + "\"");
        }
        String before = DatabaseContentHash.of(db);
        Path more = Files.writeString(dir.resolve("more.csv"), "customer_id,name\nC900,Zoe\nC901,Yan\n");
        assertEquals(1, cli.run("--db", db.toString(), "import", "--table", "customers", more.toString()),
                cli.stdout + cli.stderr);
        assertOneCleanSentence(cli);
        assertTrue(said(cli).contains("the disk is full") && said(cli).contains("rolled back")
                && said(cli).contains(db.toString()), cli.stderr);
        assertEquals(before, DatabaseContentHash.of(db));
    }

    /** The content of a database that may need recovering, read from a copy on a healthy disk. */
    private String contentOfCopy(Path db) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve("crm.mv.db");
        Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
        try {
            return DatabaseContentHash.of(copy);
        } catch (DatabaseException needsRecovery) {
            try (Database d = Database.openFile(copy)) {
                return DatabaseContentHash.of(d);
            }
        }
    }
}
