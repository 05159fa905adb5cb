package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.testing.PostgresServer;
import org.crmworkbench.work.Progress;

/**
 * A big team database from the command line within 2 GB of heap (issue 21), not a test: generates a data set of
 * {@code bench.customers} customers (default 250,000) and {@code bench.ratings} ratings (default ten per customer, the
 * issue's 1M customers / 10M ratings scaled down), imports it into a new PostgreSQL database of the test support's
 * server ({@link PostgresServer}), then runs the main verbs on it, each in its own JVM at {@code -Xmx2g} under
 * {@code /usr/bin/time -v}, and prints for each its status, wall time, peak heap (the largest heap in use that the
 * garbage collector's log shows) and peak resident set.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@big-database-benchmark [-Dbench.customers=N] [-Dbench.ratings=N]}.
 */
public final class BigDatabaseBenchmark {
    private static final String HEAP = "-Xmx2g";
    private static final long TIMEOUT_SECONDS = 3 * 3600;

    private BigDatabaseBenchmark() {
    }

    /** One verb's figures. */
    record Step(String verb, int status, double seconds, long peakHeapMb, long peakRssMb, String last) {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 250_000);
        long ratings = Long.getLong("bench.ratings", 10L * customers);
        Optional<PostgresServer> found = PostgresServer.available();
        if (found.isEmpty()) {
            System.out.println("No PostgreSQL here (install Debian's postgresql or set $CRM_WORKBENCH_TEST_POSTGRES):"
                    + " nothing measured");
            return;
        }
        PostgresServer server = found.get();
        Path work = Files.createTempDirectory("wb-big-bench");
        String url = server.newDatabase("bench_big");
        try {
            Path data = work.resolve("data");
            long g0 = System.nanoTime();
            SampleDataSpec spec = SampleDataSpec.builder(customers).ratings(ratings).seed(20261207L).build();
            new SampleDataGenerator(spec).writeTo(data, false, Progress.none());
            Files.deleteIfExists(data.resolve("knowledge_test.csv"));
            System.out.printf("data: %,d customers, %,d products, %,d ratings (generated in %.0f s)%n", customers,
                    spec.products(), ratings, (System.nanoTime() - g0) / 1e9);
            Map<String, String> env = server.password() == null ? Map.of()
                    : Map.of("CRM_WORKBENCH_DB_PASSWORD", server.password());
            String firstCustomer;
            try (var lines = Files.lines(data.resolve("customers.csv"))) {
                firstCustomer = lines.skip(1).findFirst().orElseThrow().split(",")[0];
            }
            String calibrationEnd = spec.endDate().minusMonths(6).toString();
            List<List<String>> verbs = List.of(
                    List.of("import", "--dir", data.toString()),
                    List.of("info"),
                    List.of("segment", "--k", "4", "--seed", "11", "--out", "@out"),
                    List.of("recommend", "--user", firstCustomer, "--algo", "itemknn", "--seed", "11", "--out",
                            "@out.csv"),
                    List.of("evaluate-recs", "--algos", "popular,baseline,itemknn", "--seed", "11", "--out", "@out"),
                    List.of("forecast", "--measure", "revenue", "--by", "month", "--horizon", "6", "--seed", "11",
                            "--out", "@out"),
                    List.of("value", "--calibration-end", calibrationEnd, "--holdout-end", spec.endDate().toString(),
                            "--out", "@out"),
                    List.of("rules", "--min-support", "0.002", "--min-confidence", "0.2", "--out", "@out"),
                    List.of("reps", "--out", "@out"),
                    List.of("sentiment", "--out", "@out"));
            List<Step> steps = new ArrayList<>();
            for (List<String> verb : verbs) {
                Step step = run(work, url, env, verb);
                steps.add(step);
                System.out.printf("%-14s exit %d, %7.1f s, heap %,5d MB, RSS %,5d MB  %s%n", step.verb(), step.status(),
                        step.seconds(), step.peakHeapMb(), step.peakRssMb(), step.last());
                if (step.verb().equals("import") && step.status() != 0) {
                    break;
                }
            }
            System.out.println();
            System.out.printf("PostgreSQL, %,d customers / %,d ratings, every verb in its own JVM at %s:%n", customers,
                    ratings, HEAP);
            System.out.print(table(steps));
        } finally {
            server.drop(PostgresServer.nameOf(url));
            ImportBenchmark.deleteTree(work);
        }
    }

    private static Step run(Path work, String url, Map<String, String> env, List<String> verb) throws Exception {
        Path dir = Files.createDirectories(work.resolve("run-" + verb.get(0)));
        Path gcLog = dir.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", Processes.java(), HEAP,
                "-Xlog:gc:file=" + gcLog, "-cp", ImportBenchmark.classPath(), "org.crmworkbench.Main", "--db", url));
        for (String arg : verb) {
            command.add(arg.replace("@out", dir.resolve("out").toString()));
        }
        Processes.Run run = Processes.run(dir, env, command, TIMEOUT_SECONDS);
        return new Step(verb.get(0), run.status(), run.seconds(), peakHeapMb(gcLog), peakRssMb(run.output()),
                lastLine(run.output()));
    }

    /** The largest heap in use before or after any collection in the log ("123M->45M(2048M)"). */
    static long peakHeapMb(Path gcLog) throws Exception {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        long peak = 0;
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\(").matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Math.max(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        }
        return peak;
    }

    private static long peakRssMb(String timeOutput) {
        Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(timeOutput);
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : 0;
    }

    /** The command's last line of its own (before /usr/bin/time's report), shortened. */
    private static String lastLine(String output) {
        int end = output.indexOf("\tCommand being timed");
        String own = (end < 0 ? output : output.substring(0, end)).strip();
        String last = own.isEmpty() ? "" : own.substring(own.lastIndexOf('\n') + 1).strip();
        return last.length() > 90 ? last.substring(0, 87) + "..." : last;
    }

    private static String table(List<Step> steps) {
        StringBuilder sb = new StringBuilder(String.format("%-14s | %-4s | %9s | %14s | %12s%n", "verb", "exit",
                "wall", "peak heap", "peak RSS"));
        for (Step s : steps) {
            sb.append(String.format("%-14s | %-4d | %7.1f s | %,11d MB | %,9d MB%n", s.verb(), s.status(), s.seconds(),
                    s.peakHeapMb(), s.peakRssMb()));
        }
        return sb.toString();
    }
}
