package org.crmworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 22's benchmark, not a test: the three big fits on the local engine (the reference, measured in the same run)
 * beside Apache Spark in local mode ({@code local[2]}), each measurement in a JVM of its own ({@link SparkBenchFit})
 * with a fixed maximum heap and the options of {@code app/spark-jvm.options}, so that peaks do not mix. Prints wall
 * time, peak heap and peak resident set of each fit, the ratio Spark / local, and each fit's quality (held-out RMSE,
 * WCSS, itemsets found).
 *
 * <p>Run: {@code mvn -B -q -Pspark test-compile exec:java@spark-benchmark} with, to change the sizes,
 * {@code -Dbench.ratings=N} (ALS, default 10,000,000), {@code -Dbench.rows=N} (k-means, default 5,000,000),
 * {@code -Dbench.baskets=N} (FP-growth, default 1,000,000; 0 leaves it out), {@code -Dbench.localHeap=4g},
 * {@code -Dbench.sparkHeap=6g}, {@code -Dbench.seed=S}, {@code -Dbench.restarts=R} (k-means, default 1).
 */
public final class SparkEngineBenchmark {
    private static final long TIMEOUT_SECONDS = 3 * 3600;

    private SparkEngineBenchmark() {
    }

    /** What one child printed. */
    record Figures(String engine, int status, double seconds, double startSeconds, long heapMb, long inputMb,
                   long rssMb, boolean rssReset, long maxHeapMb, String quality, String failure) {
        boolean ok() {
            return status == 0 && failure == null;
        }
    }

    public static void main(String[] args) throws Exception {
        long ratings = Long.getLong("bench.ratings", 10_000_000L);
        long rows = Long.getLong("bench.rows", 5_000_000L);
        long baskets = Long.getLong("bench.baskets", 1_000_000L);
        String localHeap = System.getProperty("bench.localHeap", "4g");
        String sparkHeap = System.getProperty("bench.sparkHeap", "6g");
        long seed = Long.getLong("bench.seed", 20_261_207L);
        int restarts = Integer.getInteger("bench.restarts", 1);
        Path options = Path.of("app", "spark-jvm.options").toAbsolutePath();
        if (!Files.exists(options)) {
            throw new IllegalStateException("run from the project folder: " + options + " is missing");
        }
        Map<String, String> fits = new LinkedHashMap<>();
        if (ratings > 0) {
            fits.put("als", String.format("ALS, %,d ratings (%,d customers x %,d products, planted rank %d, 1/5 held"
                    + " out); %d factors, %d iterations, regularisation %s", ratings,
                    ratings / SparkBenchFit.RATINGS_PER_CUSTOMER, ratings / SparkBenchFit.RATINGS_PER_PRODUCT,
                    SparkBenchData.PLANTED_RANK, SparkBenchFit.FACTORS, SparkBenchFit.ITERATIONS,
                    SparkBenchFit.REGULARISATION));
        }
        if (rows > 0) {
            fits.put("kmeans", String.format("k-means, %,d rows x %d, k = %d, %d restart(s), at most 100 iterations,"
                    + " tolerance 1e-4", rows, SparkBenchFit.DIMENSIONS, SparkBenchFit.K, restarts));
        }
        if (baskets > 0) {
            fits.put("fpgrowth", String.format("FP-growth, %,d baskets of 1-6 of %,d products + 3 planted bundles,"
                    + " min support %s", baskets, SparkBenchFit.BASKET_ITEMS, SparkBenchFit.MIN_SUPPORT));
        }
        System.out.printf("Spark engine benchmark: %d cores, Java %s; local engine (2 threads) vs Spark local[2]%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("Each figure from its own JVM: local -Xmx%s, Spark -Xmx%s (Spark's driver and executors share"
                + " one JVM in local mode), + %s.%n", localHeap, sparkHeap, options.getFileName());
        System.out.println("fit: wall time of the fit alone (input generated and engine started before; Spark's"
                + " session start given apart, as 'start');");
        System.out.println("heap: sum of the heap pools' peak usage during the fit (input included; 'input' is"
                + " the heap in use before it); RSS: the process's peak resident set (VmHWM) during the fit.");
        System.out.println();
        Map<String, Figures[]> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> fit : fits.entrySet()) {
            System.out.println(fit.getValue());
            long size = fit.getKey().equals("als") ? ratings : fit.getKey().equals("kmeans") ? rows : baskets;
            Figures local = measure(fit.getKey(), "local", localHeap, size, seed, restarts, options);
            print(local);
            Figures spark = measure(fit.getKey(), "spark", sparkHeap, size, seed, restarts, options);
            print(spark);
            if (local.ok() && spark.ok()) {
                System.out.printf("  Spark / local: time %.2fx, heap %.2fx, RSS %.2fx%n", spark.seconds() / local.seconds(),
                        (double) spark.heapMb() / local.heapMb(), (double) spark.rssMb() / local.rssMb());
            }
            all.put(fit.getKey(), new Figures[] {local, spark});
            System.out.println();
        }
        System.out.print(table(all));
    }

    private static Figures measure(String fit, String engine, String heap, long size, long seed, int restarts,
                                   Path options)
            throws Exception {
        Path dir = Files.createTempDirectory("wb-spark-bench");
        try {
            List<String> command = new ArrayList<>(List.of(Processes.java(), "-Xmx" + heap, "@" + options,
                    "-cp", ImportBenchmark.classPath(), SparkBenchFit.class.getName(), fit, engine,
                    Long.toString(size), Long.toString(seed), Integer.toString(restarts)));
            Processes.Run run = Processes.run(dir, Map.of(), command, TIMEOUT_SECONDS);
            return parse(engine, run);
        } finally {
            ImportBenchmark.deleteTree(dir);
        }
    }

    static Figures parse(String engine, Processes.Run run) {
        for (String line : run.output().split("\n")) {
            if (line.startsWith("RESULT ")) {
                Map<String, String> v = new LinkedHashMap<>();
                for (String pair : line.substring(7).trim().split(" ")) {
                    int eq = pair.indexOf('=');
                    v.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                return new Figures(engine, run.status(), Double.parseDouble(v.get("seconds")),
                        Double.parseDouble(v.get("start")), Long.parseLong(v.get("heapMb")),
                        Long.parseLong(v.get("inputMb")), Long.parseLong(v.get("rssMb")),
                        Boolean.parseBoolean(v.get("rssReset")), Long.parseLong(v.get("maxHeapMb")),
                        v.get("quality").replace('_', ' '), null);
            }
        }
        return new Figures(engine, run.status(), run.seconds(), 0, 0, 0, 0, false, 0, "", failure(run.output()));
    }

    /** The line that says why a child failed (an OutOfMemoryError or the first exception), shortened. */
    private static String failure(String output) {
        String found = "no result (exit without a RESULT line)";
        for (String line : output.split("\n")) {
            if (line.contains("OutOfMemoryError")) {
                found = line.strip();
                break;
            }
            if (line.contains("Exception") && found.startsWith("no result")) {
                found = line.strip();
            }
        }
        return found.length() > 160 ? found.substring(0, 157) + "..." : found;
    }

    private static void print(Figures f) {
        if (!f.ok()) {
            System.out.printf("  %-5s FAILED, exit %d after %.1f s: %s%n", f.engine(), f.status(), f.seconds(),
                    f.failure());
            return;
        }
        System.out.printf("  %-5s fit %7.1f s (start %4.1f s), heap %,6d MB (input %,5d MB, max %,d MB), RSS %,6d MB%s,"
                + " %s%n", f.engine(), f.seconds(), f.startSeconds(), f.heapMb(), f.inputMb(), f.maxHeapMb(), f.rssMb(),
                f.rssReset() ? "" : " (whole run)", f.quality());
    }

    private static String table(Map<String, Figures[]> all) {
        StringBuilder sb = new StringBuilder(String.format("%-9s | %-6s | %9s | %10s | %10s | %s%n", "fit",
                "engine", "fit time", "peak heap", "peak RSS", "quality"));
        for (Map.Entry<String, Figures[]> e : all.entrySet()) {
            for (Figures f : e.getValue()) {
                if (f.ok()) {
                    sb.append(String.format("%-9s | %-6s | %7.1f s | %,7d MB | %,7d MB | %s%n", e.getKey(), f.engine(),
                            f.seconds(), f.heapMb(), f.rssMb(), f.quality()));
                } else {
                    sb.append(String.format("%-9s | %-6s | failed (exit %d): %s%n", e.getKey(), f.engine(), f.status(),
                            f.failure()));
                }
            }
            Figures l = e.getValue()[0];
            Figures s = e.getValue()[1];
            if (l.ok() && s.ok()) {
                sb.append(String.format("%-9s | %-6s | %7.2fx  | %8.2fx  | %8.2fx  |%n", e.getKey(), "ratio",
                        s.seconds() / l.seconds(), (double) s.heapMb() / l.heapMb(), (double) s.rssMb() / l.rssMb()));
            }
        }
        return sb.toString();
    }
}
