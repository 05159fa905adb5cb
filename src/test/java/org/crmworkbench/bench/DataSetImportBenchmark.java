package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/**
 * Whole-data-set import benchmark (not a test): generates a data set (100,000 customers by default, about 7M rows in
 * eight files), then in the same run
 * <ul>
 *   <li>the reference: H2's own {@code CREATE TABLE ... AS SELECT * FROM CSVREAD(...)} of every file into a new
 *       database (typed as text, no checks, no keys, no indexes);</li>
 *   <li>the validated import of the same folder into a new database, in a child JVM capped at -Xmx512m (the goal's
 *       heap), every check on, all or nothing;</li>
 * </ul>
 * and prints rows/s for both, their ratio, the database sizes, the child's peak heap and the goal (150k rows/s, 512
 * MB); then the same two on PostgreSQL (the server's own COPY of the raw files, and the validated import through COPY),
 * see {@link TeamDatabaseImportFigures}.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@dataset-import-benchmark [-Dbench.customers=N]}.
 */
public final class DataSetImportBenchmark {
    private static final int HEAP_MB = 512;

    private DataSetImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(BenchFigure.table(measure(Integer.getInteger("bench.customers", 100_000), (db, rows) -> {
        })));
    }

    /** What may use the imported database before it is deleted. */
    @FunctionalInterface
    interface ImportedDatabase {
        void use(Path database, long rows) throws Exception;
    }

    /**
     * Generates a data set of {@code customers}, loads it by CSVREAD and by the validated import, gives the imported
     * database to {@code then}, and returns the figures.
     */
    static java.util.List<BenchFigure> measure(int customers, ImportedDatabase then) throws Exception {
        Path work = Files.createTempDirectory("wb-dataset-bench");
        try {
            Path data = work.resolve("data");
            long g0 = System.nanoTime();
            new SampleDataGenerator(SampleDataSpec.defaults(customers, 20261207L)).writeTo(data, false,
                    Progress.none());
            long rows = 0;
            long bytes = 0;
            for (Path f : csvFiles(data)) {
                rows += countLines(f) - 1;
                bytes += Files.size(f);
            }
            System.out.printf("data: %,d customers, %,d rows, %.0f MB of CSV (generated in %.1f s)%n", customers, rows,
                    bytes / 1e6, (System.nanoTime() - g0) / 1e9);

            double reference = csvRead(work.resolve("ref/w"), data, rows);
            long refSize = Files.size(work.resolve("ref/w.mv.db"));
            String child = ImportBenchmarkChild.run(work, data, HEAP_MB, work.resolve("ours/w").toString(), Map.of());
            long ourSize = Files.exists(work.resolve("ours/w.mv.db")) ? Files.size(work.resolve("ours/w.mv.db")) : 0;
            System.out.printf("CSVREAD (reference, untyped, no checks): %,.0f rows/s, database %.0f MB%n", reference,
                    refSize / 1e6);
            System.out.printf("validated import (-Xmx%dm child): %s, database %.0f MB%n", HEAP_MB, child, ourSize / 1e6);
            double ours = ImportBenchmarkChild.rate(child);
            boolean done = !child.startsWith("FAILED");
            System.out.printf("ratio validated / CSVREAD: %.2f; goal >= 150,000 rows/s within %d MB of heap: %s%n",
                    ours / reference, HEAP_MB, ours >= 150_000 && done ? "met" : "not met");
            java.util.List<BenchFigure> figures = new java.util.ArrayList<>();
            figures.add(new BenchFigure("2", String.format("import of a whole data set: %,d customers, %,d rows",
                    customers, rows), done ? String.format("%,.0f rows/s", ours) : child,
                    String.format("CSVREAD %,.0f rows/s (ratio %.2f)", reference, ours / reference),
                    ">= 150,000 rows/s", done && ours >= 150_000));
            figures.add(new BenchFigure("2", "import: heap cap held, all or nothing, every check", done
                    ? "finished within -Xmx" + HEAP_MB + "m" : "FAILED", "-", "peak heap <= 512 MB", done));
            // issue 21: the same files into a team database, beside the server's own raw COPY of them
            figures.addAll(TeamDatabaseImportFigures.measure(work, data, rows, HEAP_MB));
            if (done) {
                then.use(work.resolve("ours/w"), rows);
            }
            return figures;
        } finally {
            ImportBenchmark.deleteTree(work);
        }
    }

    private static double csvRead(Path dbPath, Path data, long rows) throws Exception {
        try (Database db = Database.openFile(dbPath); Connection c = db.connect(); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            for (Path f : csvFiles(data)) {
                String table = "ref_" + f.getFileName().toString().replace(".csv", "");
                s.execute("CREATE TABLE " + table + " AS SELECT * FROM CSVREAD('"
                        + f.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            }
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** The capped child: imports the folder and prints its report's figures on the last line. */
    public static final class ImportBenchmarkChild {
        private ImportBenchmarkChild() {
        }

        /** Imports {@code data} into {@code database} (an H2 file's path or a PostgreSQL URL) in a capped child. */
        static String run(Path work, Path data, int heapMb, String database, Map<String, String> env)
                throws Exception {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heapMb + "m", "-cp", ImportBenchmark.classPath(), ImportBenchmarkChild.class.getName(),
                    data.toString(), database).directory(work.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes()).trim();
            int status = p.waitFor();
            String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
            return status == 0 ? last : "FAILED (exit " + status + "): " + last;
        }

        static double rate(String line) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at ([\\d,]+) rows/s").matcher(line);
            return m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : 0;
        }

        /** The peak heap the child printed, as "N MB". */
        static String peakHeap(String line) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("peak heap ([\\d,]+ MB)").matcher(line);
            return m.find() ? m.group(1) : "?";
        }

        public static void main(String[] args) throws Exception {
            String password = System.getenv("CRM_WORKBENCH_DB_PASSWORD");
            try (Database db = args[1].startsWith("jdbc:")
                    ? Database.open(DatabaseAddress.parse(args[1]), null, password == null ? null
                    : password.toCharArray()) : Database.openFile(Path.of(args[1]))) {
                ImportReport r = new Importer(db, Messages.english()).importDirectory(Path.of(args[0]),
                        ImportOptions.defaults(), Progress.none());
                long peak = 0;
                for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                        peak += pool.getPeakUsage().getUsed();
                    }
                }
                System.out.printf("%,d rows in %.1f s at %,.0f rows/s, peak heap %,d MB%n", r.rowsLoaded(),
                        r.elapsed().toMillis() / 1e3, r.rowsPerSecond(), peak >> 20);
            }
        }
    }

    /** The data set's files that an import loads, in name order. */
    static java.util.List<Path> csvFiles(Path data) throws java.io.IOException {
        try (var files = Files.list(data)) {
            return files.filter(p -> p.toString().endsWith(".csv")
                    && !p.getFileName().toString().startsWith("knowledge_test")).sorted().toList();
        }
    }

    private static long countLines(Path file) throws Exception {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
