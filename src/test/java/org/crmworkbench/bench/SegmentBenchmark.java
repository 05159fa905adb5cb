package org.crmworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crmworkbench.analysis.segment.ClusterQuality;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KMeans;
import org.crmworkbench.analysis.segment.KSweep;
import org.crmworkbench.work.Progress;

/**
 * K-means benchmark (not a test): 100,000 x 8 planted Gaussian blobs (k = 6, seeded), Lloyd iterations from the same
 * given centres in ours (Hamerly bounds, and plain) and in scikit-learn ({@code KMeans(algorithm="lloyd", init=centres,
 * n_init=1, tol=0)}, run by {@code /usr/bin/python3} on {@code src/test/resources/bench/sklearn_kmeans.py} over the
 * same data written to a temporary CSV), and Smile 3.1.1's Lloyd k-means; prints milliseconds per iteration and
 * ratios (target: ours at most 0.8 of scikit-learn's). Then the time of a k = 2..12 sweep with the silhouette on a
 * 10,000-row sample (target under 3 s), the sweep's 11 silhouettes one k at a time against all k in one pass (and
 * the sweep time that one-k-at-a-time would give), Smile's one-start fits over the same k for reference, and the time of one
 * sampled silhouette, ours against scikit-learn's. Without python3 or scikit-learn it says so and prints the rest.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@segment-benchmark}
 */
public final class SegmentBenchmark {
    private static final int ROWS = 100_000;
    private static final int COLS = 8;
    private static final int K = 6;
    private static final int MAX_ITER = 100;
    private static final int ROUNDS = 5;
    private static final int SAMPLE = 10_000;
    private static final String PYTHON = "/usr/bin/python3";

    private SegmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FeatureMatrix data = blobs();
        double[][] start = new double[K][];
        Random random = new Random(7);
        for (int c = 0; c < K; c++) {
            start[c] = data.row(random.nextInt(ROWS));
        }
        System.out.printf("data: %,d rows x %d features, %d planted blobs; %d threads%n", ROWS, COLS, K,
                Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("wb-segment-bench");
        try {
            Path dataCsv = work.resolve("data.csv");
            Path centresCsv = work.resolve("centres.csv");
            writeCsv(dataCsv, data.toRows());
            writeCsv(centresCsv, start);
            Map<String, String> sklearn = sklearn(dataCsv, centresCsv);

            KMeans kmeans = new KMeans();
            for (int w = 0; w < 3; w++) {
                kmeans.fitFrom(data, start, MAX_ITER, 0, true, Progress.none());
                kmeans.fitFrom(data, start, MAX_ITER, 0, false, Progress.none());
            }
            Clustering ours = null;
            double oursMs = Double.POSITIVE_INFINITY;
            double plainMs = Double.POSITIVE_INFINITY;
            Clustering plain = null;
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                ours = kmeans.fitFrom(data, start, MAX_ITER, 0, true, Progress.none());
                oursMs = Math.min(oursMs, (System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                plain = kmeans.fitFrom(data, start, MAX_ITER, 0, false, Progress.none());
                plainMs = Math.min(plainMs, (System.nanoTime() - t0) / 1e6);
            }
            double oursPerIter = oursMs / ours.iterations();
            System.out.printf("ours, Hamerly:      %7.2f ms total, %3d iterations, %6.3f ms/iteration, WCSS %.10g%n",
                    oursMs, ours.iterations(), oursPerIter, ours.wcss());
            System.out.printf("ours, plain Lloyd:  %7.2f ms total, %3d iterations, %6.3f ms/iteration%n",
                    plainMs, plain.iterations(), plainMs / plain.iterations());
            double smilePerIter = smileLloydPerIteration(data.toRows());
            System.out.printf("Smile 3.1.1 lloyd:  %6.3f ms/iteration (time of 21 iterations minus 1, over 20; "
                    + "own k-means++ start)%n", smilePerIter);
            Double sklearnPerIter = null;
            if (sklearn != null) {
                double ms = Double.parseDouble(sklearn.get("kmeans_ms"));
                int iterations = Integer.parseInt(sklearn.get("kmeans_iterations"));
                double inertia = Double.parseDouble(sklearn.get("kmeans_inertia"));
                sklearnPerIter = ms / iterations;
                System.out.printf("scikit-learn %s lloyd: %7.2f ms total, %3d iterations, %6.3f ms/iteration, "
                        + "inertia %.10g (relative difference to ours %.1e)%n", sklearn.get("version"), ms, iterations,
                        sklearnPerIter, inertia, Math.abs(inertia - ours.wcss()) / inertia);
                System.out.printf("ratio ours/scikit-learn per iteration: %.2f (target <= 0.80); "
                        + "plain Lloyd/scikit-learn %.2f%n", oursPerIter / sklearnPerIter,
                        plainMs / plain.iterations() / sklearnPerIter);
            }
            System.out.printf("ratio ours/Smile per iteration: %.2f%n", oursPerIter / smilePerIter);

            // silhouette on a 10,000-row sample of the 100,000 rows
            ClusterQuality quality = new ClusterQuality(ClusterQuality.DEFAULT_EXACT_LIMIT, SAMPLE, 1);
            quality.silhouette(data, ours.labels(), Progress.none());
            double silMs = Double.POSITIVE_INFINITY;
            ClusterQuality.Silhouette silhouette = null;
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                silhouette = quality.silhouette(data, ours.labels(), Progress.none());
                silMs = Math.min(silMs, (System.nanoTime() - t0) / 1e6);
            }
            System.out.printf("silhouette on a %,d sample: ours %.1f ms (%.4f)", silhouette.rows(), silMs,
                    silhouette.value());
            if (sklearn != null) {
                double skMs = Double.parseDouble(sklearn.get("silhouette_ms"));
                System.out.printf(", scikit-learn %.1f ms (%.4f), ratio %.2f", skMs,
                        Double.parseDouble(sklearn.get("silhouette")), silMs / skMs);
            }
            System.out.println();

            sweeps(data);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private static void sweeps(FeatureMatrix data) {
        KSweep sweep = new KSweep(2, 12, 3, 1, SAMPLE, 0);
        sweep.run(data, Progress.none());
        double best = Double.POSITIVE_INFINITY;
        KChoice choice = null;
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            choice = sweep.run(data, Progress.none());
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("sweep k=2..12, 3 restarts, silhouette on %,d rows, no stability: %.2f s (target < 3 s); "
                + "suggests k=%d, favoured %s%n", SAMPLE, best, choice.suggestedK(), choice.favoured());
        // the sweep's silhouettes, one k at a time (as the sweep did before) against all k in one pass
        ClusterQuality quality = new ClusterQuality(Math.max(ClusterQuality.DEFAULT_EXACT_LIMIT, SAMPLE), SAMPLE, 1);
        int[][] labelings = new int[11][];
        for (int k = 2; k <= 12; k++) {
            labelings[k - 2] = choice.score(k).clustering().labels();
        }
        double perKMs = Double.POSITIVE_INFINITY;
        double batchMs = Double.POSITIVE_INFINITY;
        double[] perK = new double[labelings.length];
        ClusterQuality.Silhouette[] batched = null;
        for (int r = 0; r < 2; r++) {
            long t1 = System.nanoTime();
            for (int l = 0; l < labelings.length; l++) {
                perK[l] = quality.silhouette(data, labelings[l], Progress.none()).value();
            }
            perKMs = Math.min(perKMs, (System.nanoTime() - t1) / 1e6);
            t1 = System.nanoTime();
            batched = quality.silhouettes(data, labelings, Progress.none());
            batchMs = Math.min(batchMs, (System.nanoTime() - t1) / 1e6);
        }
        double worst = 0;
        for (int l = 0; l < labelings.length; l++) {
            worst = Math.max(worst, Math.abs(perK[l] - batched[l].value()));
        }
        System.out.printf("the sweep's 11 silhouettes on %,d rows: one k at a time %.0f ms, all k in one pass %.0f ms, "
                + "ratio %.2f (largest difference %.1e)%n", SAMPLE, perKMs, batchMs, batchMs / perKMs, worst);
        double before = best - batchMs / 1e3 + perKMs / 1e3;
        System.out.printf("sweep with one-k-at-a-time silhouettes (this sweep minus the pass plus the 11 single "
                + "silhouettes): %.2f s; new/old %.2f%n", before, best / before);
        KSweep withStability = new KSweep(2, 12, 3, 1, SAMPLE, 3);
        long t0 = System.nanoTime();
        choice = withStability.run(data, Progress.none());
        System.out.printf("same sweep with stability (3 subsamples of 20,000 rows per k): %.2f s; suggests k=%d%n",
                (System.nanoTime() - t0) / 1e9, choice.suggestedK());
        double[][] rows = data.toRows();
        smile.clustering.KMeans.fit(rows, 6);
        t0 = System.nanoTime();
        for (int k = 2; k <= 12; k++) {
            smile.clustering.KMeans.fit(rows, k);
        }
        System.out.printf("Smile 3.1.1 KMeans.fit (BBD tree, one start) for k=2..12, no scores: %.2f s%n",
                (System.nanoTime() - t0) / 1e9);
    }

    private static double smileLloydPerIteration(double[][] rows) {
        for (int w = 0; w < 2; w++) {
            smile.clustering.KMeans.lloyd(rows, K, 21, 0);
        }
        double one = Double.POSITIVE_INFINITY;
        double many = Double.POSITIVE_INFINITY;
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            smile.clustering.KMeans.lloyd(rows, K, 1, 0);
            one = Math.min(one, (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            smile.clustering.KMeans.lloyd(rows, K, 21, 0);
            many = Math.min(many, (System.nanoTime() - t0) / 1e6);
        }
        return (many - one) / 20;
    }

    /** Six blobs round random centres, overlapping enough that Lloyd takes a few dozen iterations. */
    static FeatureMatrix blobs() {
        Random random = new Random(2024);
        double[][] centres = new double[K][COLS];
        for (double[] c : centres) {
            for (int j = 0; j < COLS; j++) {
                c[j] = random.nextDouble() * 6;
            }
        }
        double[] values = new double[ROWS * COLS];
        for (int i = 0; i < ROWS; i++) {
            double[] c = centres[random.nextInt(K)];
            for (int j = 0; j < COLS; j++) {
                values[i * COLS + j] = c[j] + random.nextGaussian();
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < COLS; j++) {
            names.add("x" + j);
        }
        return new FeatureMatrix(values, ROWS, names);
    }

    private static void writeCsv(Path path, double[][] rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.US_ASCII)) {
            StringBuilder line = new StringBuilder();
            for (double[] row : rows) {
                line.setLength(0);
                for (int j = 0; j < row.length; j++) {
                    if (j > 0) {
                        line.append(',');
                    }
                    line.append(row[j]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    /** The figures of the scikit-learn script, or null (with a note) when python3 or scikit-learn is missing. */
    private static Map<String, String> sklearn(Path dataCsv, Path centresCsv) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            System.out.println("scikit-learn: " + PYTHON + " not found, reference figures skipped");
            return null;
        }
        Path script = Files.createTempFile("sklearn_kmeans", ".py");
        try (InputStream in = SegmentBenchmark.class.getResourceAsStream("/bench/sklearn_kmeans.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process p = new ProcessBuilder(PYTHON, script.toString(), dataCsv.toString(), centresCsv.toString(),
                    String.valueOf(MAX_ITER), String.valueOf(ROUNDS), String.valueOf(SAMPLE))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                System.out.println("scikit-learn: the reference script failed (is python3-sklearn installed?), "
                        + "reference figures skipped:\n" + out.strip());
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (String line : out.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            return values;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
