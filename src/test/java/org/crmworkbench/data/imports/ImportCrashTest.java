package org.crmworkbench.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseCheck;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM (SIGKILL, no shutdown hooks) at chosen and random moments of a whole data set's import - before
 * the first row, while a file is loading, while the commit or the index rebuild runs - in both ways of loading, then
 * opens the database as the next run of the workbench would and asserts it holds the whole import or none of it,
 * and passes the database check.
 */
class ImportCrashTest {
    private static final long SEED = 20261207L;

    @TempDir
    Path dir;

    /** Where a child is killed: once it announces {@code stage} (null: counted from its start), plus a delay. */
    private record KillPoint(boolean bulk, String stage, String file, int delayMillis) {
    }

    @Test
    void aKilledImportLeavesAllOrNoneOfItInBothWaysOfLoading() throws Exception {
        Path data = dir.resolve("sample");
        new SampleDataGenerator(SampleDataSpec.defaults(150, 5)).writeTo(data, false, Progress.none());
        String full;
        try (Database reference = Database.openFile(dir.resolve("reference/w"))) {
            new Importer(reference, Messages.english(), Long.MAX_VALUE).importDirectory(data,
                    ImportOptions.defaults(), Progress.none());
            full = TableContents.of(reference);
        }
        String none;
        try (Database empty = Database.openFile(dir.resolve("empty/w"))) {
            none = TableContents.of(empty);
        }
        Random random = new Random(SEED);
        List<KillPoint> points = new ArrayList<>();
        for (boolean bulk : new boolean[] {true, false}) {
            points.add(new KillPoint(bulk, null, null, random.nextInt(400)));
            points.add(new KillPoint(bulk, "import.stage.file", "customers.csv", random.nextInt(50)));
            points.add(new KillPoint(bulk, "import.stage.file", "order_lines.csv", random.nextInt(150)));
            points.add(new KillPoint(bulk, "import.stage.file", "feedback.csv", random.nextInt(50)));
            points.add(new KillPoint(bulk, bulk ? "import.stage.indexes" : "import.stage.commit", null,
                    random.nextInt(60)));
            // after the import returned: H2 writes committed changes within its write delay (500 ms)
            points.add(new KillPoint(bulk, "done", null, 1000 + random.nextInt(200)));
        }
        int whole = 0;
        int nothing = 0;
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            KillPoint point = points.get(i);
            Path db = dir.resolve("crash" + i + "/w");
            String seen = runAndKill(point, data, db);
            String after;
            try (Database reopened = Database.openFile(db)) {
                after = TableContents.of(reopened);
                DatabaseCheck.Report check = new DatabaseCheck(reopened).run(Progress.none());
                assertTrue(check.ok(), point + ": " + check.findings());
            }
            boolean all = after.equals(full);
            boolean empty = after.equals(none);
            assertTrue(all || empty, point + " left part of the import:\n" + after);
            whole += all ? 1 : 0;
            nothing += empty ? 1 : 0;
            log.append(String.format("%s %-22s %-16s +%3d ms: last stage %-40s -> %s%n", point.bulk() ? "bulk" : "1-tx",
                    point.stage(), point.file(), point.delayMillis(), seen, all ? "all" : "none"));
        }
        System.out.printf("import crash test: %d kills, %d left the whole import, %d left none, 0 partial%n%s",
                points.size(), whole, nothing, log);
        assertEquals(points.size(), whole + nothing);
    }

    /** Runs the child until the kill point and kills it; returns the last stage it announced. */
    private static String runAndKill(KillPoint point, Path data, Path db) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
                point.bulk() ? "bulk" : "transactional", data.toString(), db.toString())
                .redirectErrorStream(true).start();
        String last = "(none)";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            if (point.stage() == null) {
                Thread.sleep(point.delayMillis());
            } else {
                for (String line; (line = out.readLine()) != null; ) {
                    last = line;
                    if (line.startsWith(point.stage()) && (point.file() == null || line.contains(point.file()))) {
                        Thread.sleep(point.delayMillis());
                        break;
                    }
                }
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        return last;
    }

    /** The child process: imports a folder into a database, announcing every stage on its own line. */
    public static final class ImportChild {
        private ImportChild() {
        }

        public static void main(String[] args) throws Exception {
            Progress announce = new Progress() {
                @Override
                public void worked(long done, long total) {
                }

                @Override
                public void stage(String key, Object... stageArgs) {
                    System.out.println(key + " " + (stageArgs.length > 0 ? stageArgs[0] : ""));
                    System.out.flush();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            try (Database db = Database.openFile(Path.of(args[2]))) {
                new Importer(db, Messages.english(), args[0].equals("bulk") ? 0 : Long.MAX_VALUE)
                        .importDirectory(Path.of(args[1]), ImportOptions.defaults(), announce);
                System.out.println("done " + CrmTable.values().length);
            }
        }
    }
}
