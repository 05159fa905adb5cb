package org.crmworkbench.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.RatingsReader;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.Progress;

/**
 * Import benchmark (not a test): loads 1,000,000 generated ratings into a file database through the validated
 * import and, in the same process, through H2's own typed {@code CREATE TABLE ... AS SELECT ... FROM CSVREAD(...)},
 * and prints rows/s and their ratio, cold (first run in this JVM) and warm (best later run); then the rate of
 * reading the table back into arrays, and whether a 100,000-row and a 1,000,000-row import both complete in a JVM
 * capped at 128 MB of heap (memory flat in the number of rows).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@import-benchmark} (optionally {@code -Dbench.data=DIR} with a
 * data set from {@code workbench generate}).
 */
public final class ImportBenchmark {
    private static final int ROUNDS = 5;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("wb-import-bench");
        try {
            Path data = BenchData.ratingsDataSet(work, System.getProperty("bench.data"));
            Path ratings = data.resolve("ratings.csv");
            long lines = countLines(ratings) - 1;
            System.out.printf("data: %,d ratings, %.1f MB of CSV (%s)%n", lines, Files.size(ratings) / 1e6, data);
            double[] ours = new double[ROUNDS];
            double[] ref = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                ref[r] = csvRead(work.resolve("ref" + r), ratings, lines);
                ours[r] = validated(work.resolve("db" + r), data, ratings).rowsPerSecond();
                System.out.printf("round %d: validated import %,.0f rows/s, CSVREAD %,.0f rows/s, ratio %.2f%n", r + 1,
                        ours[r], ref[r], ours[r] / ref[r]);
            }
            double warmOurs = max(ours, 1);
            double warmRef = max(ref, 1);
            System.out.printf("cold (first run): validated %,.0f rows/s vs CSVREAD %,.0f rows/s, ratio %.2f%n",
                    ours[0], ref[0], ours[0] / ref[0]);
            System.out.printf("warm (best later run): validated %,.0f rows/s vs CSVREAD %,.0f rows/s, ratio %.2f "
                    + "(target >= 1.00)%n", warmOurs, warmRef, warmOurs / warmRef);
            double[] ratios = new double[ROUNDS - 1];
            for (int r = 1; r < ROUNDS; r++) {
                ratios[r - 1] = ours[r] / ref[r];
            }
            java.util.Arrays.sort(ratios);
            System.out.printf("warm rounds: median ratio %.2f (range %.2f to %.2f)%n",
                    (ratios[(ratios.length - 1) / 2] + ratios[ratios.length / 2]) / 2, ratios[0], ratios[ratios.length - 1]);
            readBack(work.resolve("db" + (ROUNDS - 1)));
            memory(work, data, ratings, lines);
        } finally {
            deleteTree(work);
        }
    }

    private static ImportReport validated(Path dbPath, Path data, Path ratings) throws Exception {
        try (Database db = Database.openFile(dbPath)) {
            Importer importer = new Importer(db, Messages.english());
            importer.importFile(CrmTable.CUSTOMERS, data.resolve("customers.csv"), ImportOptions.defaults(), Progress.none());
            importer.importFile(CrmTable.PRODUCTS, data.resolve("products.csv"), ImportOptions.defaults(), Progress.none());
            return importer.importFile(CrmTable.RATINGS, ratings, ImportOptions.defaults(), Progress.none());
        }
    }

    private static double csvRead(Path dbPath, Path ratings, long rows) throws Exception {
        try (Database db = Database.openFile(dbPath); Connection c = db.connect(); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE ratings_csvread (customer_id VARCHAR(64), product_id VARCHAR(64), "
                    + "rating DOUBLE PRECISION, rated_at TIMESTAMP) AS SELECT * FROM CSVREAD('"
                    + ratings.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static void readBack(Path dbPath) {
        try (Database db = Database.openFile(dbPath)) {
            RatingsReader reader = new RatingsReader(db);
            double best = 0;
            int n = 0;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                RatingRows rows = reader.readAll(Progress.none());
                best = Math.max(best, rows.size() / ((System.nanoTime() - t0) / 1e9));
                n = rows.size();
            }
            System.out.printf("read back into arrays: %,d rows at %,.0f rows/s (target >= 2,000,000)%n", n, best);
        }
    }

    /**
     * Flat memory, shown the strict way: the 1,000,000-row import (and a 100,000-row one for comparison) runs in a
     * child JVM whose heap is capped at {@value #CAP_MB} MB; "used heap" in this JVM would count garbage too.
     */
    private static void memory(Path work, Path data, Path ratings, long lines) throws Exception {
        Path small = work.resolve("small");
        Files.createDirectories(small);
        Files.copy(data.resolve("customers.csv"), small.resolve("customers.csv"));
        Files.copy(data.resolve("products.csv"), small.resolve("products.csv"));
        long smallRows = Math.max(1, lines / 10);
        try (BufferedReader in = Files.newBufferedReader(ratings);
             BufferedWriter out = Files.newBufferedWriter(small.resolve("ratings.csv"))) {
            for (long i = 0; i <= smallRows; i++) {
                out.write(in.readLine());
                out.newLine();
            }
        }
        for (Path set : new Path[] {small, data}) {
            long rows = set == small ? smallRows : lines;
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + CAP_MB + "m", "-cp", classPath(),
                    CappedImport.class.getName(), set.toString(), work.resolve("capped-" + rows).toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes()).trim();
            int status = p.waitFor();
            String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
            System.out.printf("memory: %,d-row import in a JVM capped at -Xmx%dm: %s%n", rows, CAP_MB,
                    status == 0 ? last : "FAILED (exit " + status + "): " + last);
        }
    }

    private static final int CAP_MB = 128;

    /** The class path this code runs on: exec:java loads it in a URLClassLoader, a plain java run in java.class.path. */
    static String classPath() {
        if (ImportBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            StringBuilder sb = new StringBuilder();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    sb.append(sb.length() == 0 ? "" : java.io.File.pathSeparator).append(Path.of(url.toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return sb.toString();
        }
        return System.getProperty("java.class.path");
    }

    /** The child process of {@link #memory}: imports customers, products and ratings from a folder. */
    public static final class CappedImport {
        private CappedImport() {
        }

        public static void main(String[] args) throws Exception {
            ImportReport r = validated(Path.of(args[1]), Path.of(args[0]), Path.of(args[0]).resolve("ratings.csv"));
            Runtime rt = Runtime.getRuntime();
            System.out.printf("completed, %,d rows at %,.0f rows/s (max heap %d MB)%n", r.rowsLoaded(), r.rowsPerSecond(),
                    rt.maxMemory() >> 20);
        }
    }

    private static double max(double[] values, int from) {
        double m = 0;
        for (int i = from; i < values.length; i++) {
            m = Math.max(m, values[i]);
        }
        return m;
    }

    private static long countLines(Path file) throws Exception {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }

    static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
