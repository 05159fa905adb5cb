package org.crmworkbench.bench;

import static org.crmworkbench.bench.Processes.median;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.analysis.segment.PcaProjection;
import org.crmworkbench.work.Progress;

/**
 * The k sweep from the command line, as a whole process (benchmark, not a test; issue 19): {@code workbench segment
 * --input x.csv --k 2..12 --out DIR} on 100,000 x 8 rows (six planted blobs, seeded; an id column), once with
 * {@code --restarts 1} and once at its defaults (10 restarts per k, stability), each timed from the launch of the JVM
 * to its exit (CSV read, scaling, the fits, silhouettes on a 10,000-row sample, stability, the final fit, projection,
 * every output file). The reference is scikit-learn doing the same sweep in the same run
 * ({@code src/test/resources/bench/sklearn_ksweep.py}: the same CSV read with numpy, standardised, KMeans with
 * n_init = 1 resp. 10, max_iter = 100, silhouette_score on a 10,000-row sample, Davies-Bouldin, Calinski-Harabasz for
 * k = 2..12), timed as a whole process too (interpreter start and imports included). The stop rules match as closely
 * as the two define them: ours stops a sweep run when no centre moves more than 0.01 (100 iterations at most),
 * scikit-learn when the squared moves of all centres add up to at most 1e-4 times the mean feature variance (1 after
 * standardising), which is never looser. Ours and the reference
 * alternate, three rounds, and the medians are compared: goals at most 0.35x scikit-learn's time with
 * {@code --restarts 1}, at most 1x at the defaults. Each process's CPU seconds (user + system, by
 * {@code /usr/bin/time}) are printed beside, a steadier figure when other work shares the machine. Also prints the
 * time of the projection onto two principal
 * components of the same 100,000 x 8 scaled rows (in this JVM, median of 3 after one warm-up).
 *
 * <p>Runs the command line through {@code app/workbench}, as a user does (with the command line's class-data
 * archive, recorded before the first timed run): build it first with {@code mvn -B -q package -DskipTests}.
 * Run: {@code mvn -q -B test-compile exec:java@ksweep-benchmark}
 */
public final class KSweepBenchmark {
    private static final int ROUNDS = 3;
    private static final int SAMPLE = 10_000;
    private static final long SEED = 20261123;
    private static final double GOAL_ONE_START = 0.35;
    private static final double GOAL_DEFAULTS = 1.0;
    private static final Pattern USING_K = Pattern.compile("(?:using|agree on) k = (\\d+)");
    private static final Pattern SKLEARN_K = Pattern.compile("best_silhouette_k=(\\d+)");

    private KSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(BenchFigure.table(measure(Path.of("").toAbsolutePath())));
    }

    /** Runs the comparison and returns its figures (issue 19 point 3). */
    static List<BenchFigure> measure(Path root) throws Exception {
        List<BenchFigure> figures = new ArrayList<>();
        Path jar = root.resolve("target/crm-workbench.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(root.resolve("target/lib"))) {
            System.out.println("target/crm-workbench.jar is missing: build it first with mvn -B -q package -DskipTests");
            return figures;
        }
        warnIfStale(root, jar);
        // builds when the sources are newer and records the command line's class-data archive (not timed)
        run(List.of(root.resolve("app/workbench").toString(), "--version"));
        FeatureMatrix data = SegmentBenchmark.blobs();
        Path work = Files.createTempDirectory("wb-ksweep-bench");
        try {
            Path csv = work.resolve("x.csv");
            writeCsv(csv, data);
            System.out.printf("data: %,d rows x %d features (6 planted blobs) plus an id column, %.1f MB; %d cores%n",
                    data.rows(), data.cols(), Files.size(csv) / 1e6, Runtime.getRuntime().availableProcessors());
            Path script = work.resolve("sklearn_ksweep.py");
            try (InputStream in = KSweepBenchmark.class.getResourceAsStream("/bench/sklearn_ksweep.py")) {
                Files.write(script, in.readAllBytes());
            }
            String python = pythonWithSklearn();
            boolean sklearn = python != null;
            if (!sklearn) {
                System.out.println("scikit-learn: no python3 that imports sklearn (-Dbench.python=PATH names one), "
                        + "reference figures skipped");
            } else {
                System.out.println("reference: " + python + ", scikit-learn " + run(List.of(python, "-c",
                        "import sklearn; print(sklearn.__version__)")).output.strip());
            }
            int defaults = KMeansParameters.DEFAULT_RESTARTS;
            double[][] times = new double[4][ROUNDS];
            double[][] cpu = new double[4][ROUNDS];
            String[] said = new String[4];
            for (int r = 0; r < ROUNDS; r++) {
                Run ours1 = run(ours(root, csv, work.resolve("out1"), 1));
                Run ref1 = sklearn ? run(reference(python, script, csv, 1)) : null;
                Run oursD = run(ours(root, csv, work.resolve("outD"), -1));
                Run refD = sklearn ? run(reference(python, script, csv, defaults)) : null;
                times[0][r] = ours1.seconds;
                times[2][r] = oursD.seconds;
                cpu[0][r] = ours1.cpu;
                cpu[2][r] = oursD.cpu;
                said[0] = find(USING_K, ours1.output);
                said[2] = find(USING_K, oursD.output);
                if (sklearn) {
                    times[1][r] = ref1.seconds;
                    times[3][r] = refD.seconds;
                    cpu[1][r] = ref1.cpu;
                    cpu[3][r] = refD.cpu;
                    said[1] = find(SKLEARN_K, ref1.output);
                    said[3] = find(SKLEARN_K, refD.output);
                }
                System.out.printf("round %d: ours --restarts 1 %.2f s (CPU %.2f s)%s; ours at defaults %.2f s "
                        + "(CPU %.2f s)%s%n", r + 1, ours1.seconds, ours1.cpu,
                        sklearn ? String.format(", scikit-learn n_init=1 %.2f s (CPU %.2f s)", ref1.seconds, ref1.cpu)
                                : "", oursD.seconds, oursD.cpu,
                        sklearn ? String.format(", scikit-learn n_init=%d %.2f s (CPU %.2f s)", defaults, refD.seconds,
                                refD.cpu) : "");
            }
            report("--restarts 1", median(times[0]), said[0], sklearn ? median(times[1]) : Double.NaN, said[1],
                    "n_init=1", GOAL_ONE_START);
            report("defaults (" + defaults + " restarts, stability)", median(times[2]), said[2],
                    sklearn ? median(times[3]) : Double.NaN, said[3], "n_init=" + defaults, GOAL_DEFAULTS);
            figures.add(figure("--restarts 1", median(times[0]), median(cpu[0]), said[0],
                    sklearn ? median(times[1]) : Double.NaN, median(cpu[1]), "n_init=1", GOAL_ONE_START));
            figures.add(figure("defaults (" + defaults + " restarts, stability)", median(times[2]), median(cpu[2]),
                    said[2], sklearn ? median(times[3]) : Double.NaN, median(cpu[3]), "n_init=" + defaults,
                    GOAL_DEFAULTS));
            System.out.printf("CPU seconds (user + system, median of %d; steadier than the wall clock on a shared "
                    + "machine): --restarts 1 ours %.2f, scikit-learn %.2f (ratio %.2f); defaults ours %.2f, "
                    + "scikit-learn %.2f (ratio %.2f)%n", ROUNDS, median(cpu[0]), median(cpu[1]),
                    median(cpu[0]) / median(cpu[1]), median(cpu[2]), median(cpu[3]), median(cpu[2]) / median(cpu[3]));
            figures.add(new BenchFigure("3", String.format("projection of %,d x %d rows onto two components",
                    data.rows(), data.cols()), String.format("%.0f ms", projection(data)), "-",
                    "not seconds (was 2.4 s after the projection stage)", null));
            return figures;
        } finally {
            ImportBenchmark.deleteTree(work);
        }
    }

    private static void report(String what, double ours, String oursK, double reference, String referenceK,
                               String referenceName, double goal) {
        System.out.printf("whole process, k = 2..12, %s: ours %.2f s (suggests k = %s)", what, ours, oursK);
        if (!Double.isNaN(reference)) {
            double ratio = ours / reference;
            System.out.printf(", scikit-learn %s %.2f s (best silhouette at k = %s); ratio %.2f (goal <= %.2f, %s)",
                    referenceName, reference, referenceK, ratio, goal, ratio <= goal ? "met" : "missed");
        }
        System.out.println();
    }

    /** The projection onto two principal components of the scaled rows, as the segment verb computes it. */
    private static double projection(FeatureMatrix data) {
        FeatureMatrix scaled = standardised(data);
        PcaProjection.fit(scaled, Progress.none());
        double[] ms = new double[3];
        for (int r = 0; r < ms.length; r++) {
            long t0 = System.nanoTime();
            PcaProjection.fit(scaled, Progress.none());
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("projection of %,d x %d scaled rows onto two principal components: %.1f ms (median of 3)%n",
                data.rows(), data.cols(), median(ms));
        return median(ms);
    }

    private static BenchFigure figure(String what, double ours, double oursCpu, String oursK, double reference,
                                      double referenceCpu, String referenceName, double goal) {
        boolean measured = !Double.isNaN(reference);
        return new BenchFigure("3", "segment --k 2..12 on 100,000 x 8, whole process, " + what,
                String.format("%.2f s (CPU %.1f s), k = %s", ours, oursCpu, oursK),
                measured ? String.format("scikit-learn %s %.2f s (CPU %.1f s); ratio %.2f", referenceName, reference,
                        referenceCpu, ours / reference) : "scikit-learn not found",
                String.format("<= %.2fx scikit-learn", goal), measured ? ours / reference <= goal : null);
    }

    private static FeatureMatrix standardised(FeatureMatrix data) {
        int n = data.rows();
        int d = data.cols();
        double[] v = data.values().clone();
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += v[i * d + j];
            }
            mean /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (v[i * d + j] - mean) * (v[i * d + j] - mean);
            }
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) {
                v[i * d + j] = (v[i * d + j] - mean) / sd;
            }
        }
        return new FeatureMatrix(v, n, data.names());
    }

    /**
     * {@code app/workbench segment ...} as a user runs it: the launcher, with the command line's class-data archive
     * (recorded before the first timed run, see {@link #measure}).
     */
    private static List<String> ours(Path root, Path csv, Path out, int restarts) {
        List<String> command = new ArrayList<>(List.of(root.resolve("app/workbench").toString(), "segment", "--input",
                csv.toString(), "--k", "2..12", "--seed", String.valueOf(SEED), "--out", out.toString()));
        if (restarts > 0) {
            command.addAll(List.of("--restarts", String.valueOf(restarts)));
        }
        return command;
    }

    /** The first of -Dbench.python, python3 on the PATH and /usr/bin/python3 that imports sklearn, else null. */
    private static String pythonWithSklearn() throws InterruptedException {
        for (String candidate : new String[] {System.getProperty("bench.python"), "python3", "/usr/bin/python3"}) {
            if (candidate == null) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import sklearn").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed: try the next
            }
        }
        return null;
    }

    private static List<String> reference(String python, Path script, Path csv, int restarts) {
        return List.of(python, script.toString(), csv.toString(), "2", "12", String.valueOf(restarts),
                String.valueOf(SAMPLE), String.valueOf(SEED));
    }

    /**
     * A finished process: its wall-clock seconds, its CPU seconds (user + system, from {@code /usr/bin/time}; NaN
     * without it) and its output.
     */
    private record Run(double seconds, double cpu, String output) {
    }

    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Pattern CPU = Pattern.compile("BENCHCPU ([0-9.]+) ([0-9.]+)");

    private static Run run(List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            timed.addAll(List.of(TIME.toString(), "-f", "BENCHCPU %U %S"));
        }
        timed.addAll(command);
        Processes.Run done = Processes.run(Path.of("").toAbsolutePath(), java.util.Map.of(), timed, 30 * 60);
        String out = done.output();
        if (done.status() != 0) {
            throw new IllegalStateException("exit " + done.status() + " from " + String.join(" ", command) + ":\n"
                    + out.strip());
        }
        Matcher cpu = CPU.matcher(out);
        double cpuSeconds = Double.NaN;
        while (cpu.find()) {
            cpuSeconds = Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2));
        }
        return new Run(done.seconds(), cpuSeconds, CPU.matcher(out).replaceAll("").strip());
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        String last = "?";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static void warnIfStale(Path root, Path jar) throws IOException {
        long built = Files.getLastModifiedTime(jar).toMillis();
        try (Stream<Path> sources = Files.walk(root.resolve("src/main"))) {
            if (sources.anyMatch(p -> p.toFile().lastModified() > built)) {
                System.out.println("note: target/crm-workbench.jar is older than src/main; mvn -B -q package "
                        + "-DskipTests rebuilds it");
            }
        }
    }

    private static void writeCsv(Path path, FeatureMatrix data) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.US_ASCII)) {
            StringBuilder line = new StringBuilder("id");
            for (String name : data.names()) {
                line.append(',').append(name);
            }
            w.write(line.append('\n').toString());
            int d = data.cols();
            double[] v = data.values();
            for (int i = 0; i < data.rows(); i++) {
                line.setLength(0);
                line.append('c').append(i + 1);
                for (int j = 0; j < d; j++) {
                    line.append(',').append(v[i * d + j]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }
}
