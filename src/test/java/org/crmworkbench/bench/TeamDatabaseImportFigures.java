package org.crmworkbench.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.testing.PostgresServer;

/**
 * The PostgreSQL rows of {@link DataSetImportBenchmark}, on the server of the test support ({@link PostgresServer}):
 * <ul>
 *   <li>the reference: the server's own bulk load, {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} of each raw file
 *       through the driver's CopyManager into a text table of its own in a new database (untyped, no checks, no keys,
 *       no indexes: what H2's CSVREAD is for H2);</li>
 *   <li>the validated import of the same folder into another new database, in a child JVM capped at the same heap as
 *       H2's, every check on, one transaction.</li>
 * </ul>
 * With no PostgreSQL here it prints a note and gives no figures.
 */
final class TeamDatabaseImportFigures {
    private TeamDatabaseImportFigures() {
    }

    static List<BenchFigure> measure(Path work, Path data, long rows, int heapMb) throws Exception {
        Optional<PostgresServer> found = PostgresServer.available();
        if (found.isEmpty()) {
            System.out.println("PostgreSQL: none here (install Debian's postgresql or set $CRM_WORKBENCH_TEST_POSTGRES)"
                    + " - the team-database rows are skipped");
            return List.of();
        }
        PostgresServer server = found.get();
        String refUrl = server.newDatabase("bench_ref");
        String ourUrl = server.newDatabase("bench_import");
        try {
            double reference = copyIn(server, refUrl, data, rows);
            Map<String, String> env = server.password() == null ? Map.of()
                    : Map.of("CRM_WORKBENCH_DB_PASSWORD", server.password());
            String child = DataSetImportBenchmark.ImportBenchmarkChild.run(work, data, heapMb, ourUrl, env);
            double ours = DataSetImportBenchmark.ImportBenchmarkChild.rate(child);
            boolean done = !child.startsWith("FAILED");
            System.out.printf("PostgreSQL COPY FROM STDIN of the raw files (reference, untyped, no checks): %,.0f rows/s%n",
                    reference);
            System.out.printf("PostgreSQL validated import (-Xmx%dm child): %s%n", heapMb, child);
            List<BenchFigure> figures = new ArrayList<>();
            figures.add(new BenchFigure("21", String.format("import into PostgreSQL (COPY), %,d rows", rows),
                    done ? String.format("%,.0f rows/s", ours) : child,
                    String.format("raw COPY %,.0f rows/s (ratio %.2f)", reference, ours / reference),
                    ">= 150,000 rows/s", done && ours >= 150_000));
            figures.add(new BenchFigure("21", "PostgreSQL import: peak heap, all or nothing, every check",
                    done ? DataSetImportBenchmark.ImportBenchmarkChild.peakHeap(child) : "FAILED", "-",
                    "<= " + heapMb + " MB", done));
            return figures;
        } finally {
            server.drop(PostgresServer.nameOf(refUrl));
            server.drop(PostgresServer.nameOf(ourUrl));
        }
    }

    /** The server's own load of every raw file into a text table, in rows per second. */
    private static double copyIn(PostgresServer server, String url, Path data, long rows) throws Exception {
        try (Connection c = DriverManager.getConnection(url, null, server.password());
             Statement s = c.createStatement()) {
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            for (Path f : DataSetImportBenchmark.csvFiles(data)) {
                String table = "ref_" + f.getFileName().toString().replace(".csv", "");
                String header;
                try (var lines = Files.lines(f, StandardCharsets.UTF_8)) {
                    header = lines.findFirst().orElseThrow();
                }
                StringBuilder columns = new StringBuilder();
                for (String column : header.split(",")) {
                    columns.append(columns.length() == 0 ? "" : ", ").append('"').append(column.strip()).append("\" text");
                }
                s.execute("CREATE TABLE " + table + " (" + columns + ")");
                try (var in = Files.newInputStream(f)) {
                    copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv, HEADER)", in, 1 << 16);
                }
            }
            return rows / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
