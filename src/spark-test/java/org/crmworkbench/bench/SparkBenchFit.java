package org.crmworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.crmworkbench.analysis.basket.BasketAnalysis;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.FrequentItemsets;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.analysis.recommend.BiasedFactorModel;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.MatrixFactorization;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KMeans;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.work.Progress;

/**
 * One measurement of {@link SparkEngineBenchmark}, in a JVM of its own: generates the input, starts the engine (a
 * small fit, so that Spark's session start and the first compilations are not counted in the fit), then runs the fit
 * once and prints one {@code RESULT} line: the fit's wall time, the peak heap (the sum of the heap memory pools'
 * peak usage, reset after the input was made; the input is in it), the peak resident set (VmHWM of
 * /proc/self/status, reset the same way where the kernel allows), the heap the input alone holds, and the fit's
 * quality figure.
 *
 * <p>Arguments: {@code als|kmeans|fpgrowth local|spark SIZE SEED [RESTARTS]} (k-means restarts, default 1).
 */
public final class SparkBenchFit {
    static final int FACTORS = 10;
    static final int ITERATIONS = 10;
    static final double REGULARISATION = 0.05;
    static final int RATINGS_PER_CUSTOMER = 50;
    static final int RATINGS_PER_PRODUCT = 500;
    static final int DIMENSIONS = 8;
    static final int K = 8;
    static final int BASKET_ITEMS = 1_000;
    static final double MIN_SUPPORT = 0.002;

    private SparkBenchFit() {
    }

    public static void main(String[] args) throws Exception {
        String fit = args[0];
        boolean spark = args[1].equals("spark");
        long size = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        int restarts = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        Object input = switchInput(fit, size, seed);
        try (FitEngine engine = spark ? new FitEngines().open(EngineChoice.spark("local[2]")) : null) {
            long s0 = System.nanoTime();
            warmUp(engine);
            double startSeconds = (System.nanoTime() - s0) / 1e9;
            System.gc();
            long inputMb = heapInUse() >> 20;
            boolean rssReset = resetPeaks();
            long t0 = System.nanoTime();
            String quality = run(engine, input, seed, restarts);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "RESULT seconds=%.2f start=%.2f heapMb=%d inputMb=%d rssMb=%d rssReset=%b"
                    + " maxHeapMb=%d quality=%s%n", seconds, startSeconds, peakHeap() >> 20, inputMb, peakRssKb() >> 10,
                    rssReset, Runtime.getRuntime().maxMemory() >> 20, quality);
        }
        System.exit(0);
    }

    private static Object switchInput(String fit, long size, long seed) {
        if (fit.equals("als")) {
            int users = (int) Math.max(100, size / RATINGS_PER_CUSTOMER);
            int items = (int) Math.max(100, size / RATINGS_PER_PRODUCT);
            return SparkBenchData.ratings(users, items, size, seed);
        }
        if (fit.equals("kmeans")) {
            return SparkBenchData.rows(Math.toIntExact(size), DIMENSIONS, K, seed);
        }
        if (fit.equals("fpgrowth")) {
            return SparkBenchData.baskets(Math.toIntExact(size), BASKET_ITEMS, seed);
        }
        throw new IllegalArgumentException("unknown fit " + fit);
    }

    /** The settings both engines factorise with. */
    static RecommenderSettings alsSettings(long seed) {
        return RecommenderSettings.defaults(RecommenderAlgorithm.MF).withFactors(FACTORS).withEpochs(ITERATIONS)
                .withRegularisation(REGULARISATION).withSolver(FactorSolver.ALS).withSeed(seed);
    }

    private static String run(FitEngine engine, Object input, long seed, int restarts) {
        if (input instanceof SparkBenchData.Ratings ratings) {
            RecommenderInput train = RecommenderInput.ratingsOnly(ratings.train());
            BiasedFactorModel model = engine == null
                    ? new MatrixFactorization(alsSettings(seed), 2).fit(train, Progress.none())
                    : (BiasedFactorModel) engine.factorisation(alsSettings(seed)).fit(train, Progress.none());
            return String.format(Locale.ROOT, "RMSE=%.4f", ratings.testRmse(model));
        }
        if (input instanceof FeatureMatrix rows) {
            KMeansParameters parameters = new KMeansParameters(K, restarts, 100, 1e-4, seed);
            Clustering c = engine == null ? new KMeans(2).fit(rows, parameters, Progress.none())
                    : engine.kMeans().fit(rows, parameters, Progress.none());
            return String.format(Locale.ROOT, "WCSS=%.6e(%d_iterations)", c.wcss(), c.iterations());
        }
        Transactions baskets = (Transactions) input;
        BasketSettings settings = BasketSettings.of(MIN_SUPPORT, 0.2).withLengths(1, 10);
        FrequentItemsets sets = engine == null ? new BasketAnalysis().itemsets(baskets, settings, Progress.none())
                : engine.itemsets().mine(baskets, settings, Progress.none());
        return "itemsets=" + sets.all().size() + "(hash_" + Integer.toHexString(sets.all().hashCode()) + ")";
    }

    /** A small k-means: starts Spark's session (and, on both engines, the first compilations). */
    private static void warmUp(FitEngine engine) {
        FeatureMatrix small = SparkBenchData.rows(2_000, DIMENSIONS, K, 1L);
        KMeansParameters parameters = new KMeansParameters(K, 1, 20, 1e-4, 1L);
        if (engine == null) {
            new KMeans(2).fit(small, parameters, Progress.none());
        } else {
            engine.kMeans().fit(small, parameters, Progress.none());
        }
    }

    private static long heapInUse() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

    /** The sum of the heap pools' peaks (the pools peak at different moments: an upper bound of the heap's peak). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Resets the pools' peaks and, where Linux allows ("5" to clear_refs), the resident set's high-water mark. */
    private static boolean resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static long peakRssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
