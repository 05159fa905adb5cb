package org.crmworkbench.analysis.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.basket.BasketAnalysis;
import org.crmworkbench.analysis.basket.BasketResult;
import org.crmworkbench.analysis.basket.BasketSettings;
import org.crmworkbench.analysis.basket.FrequentItemsets;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.EngineKind;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.analysis.recommend.BiasedFactorModel;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.MatrixFactorization;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.segment.Clustering;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.analysis.segment.KMeans;
import org.crmworkbench.analysis.segment.KMeansParameters;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's agreement, on Spark in local mode ({@code local[2]}) and small planted data whose answer is known: k-means
 * within 1% of the local engine's within-cluster sum of squares, ALS within 0.01 of the local ALS's held-out RMSE,
 * FP-growth's itemsets identical to the local miners'. One Spark session serves the class.
 */
class SparkAgreementTest {
    private static FitEngine spark;

    @BeforeAll
    static void startSpark() {
        spark = new FitEngines().open(EngineChoice.spark("local[2]"));
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void theSparkEngineIsFoundOnTheClassPath() {
        FitEngines engines = new FitEngines();
        assertTrue(engines.available(EngineKind.SPARK));
        assertTrue(engines.provider(EngineKind.SPARK).orElseThrow().description().startsWith("Apache Spark 3.5"));
    }

    @Test
    void kMeansOnPlantedBlobsAgreesWithTheLocalEngineWithinOnePercent() {
        FeatureMatrix data = blobs(3_000, 4, 5, 20_261_207L);
        KMeansParameters parameters = new KMeansParameters(5, 3, 100, 1e-6, 7L);
        Clustering local = new KMeans(2).fit(data, parameters, Progress.none());
        Clustering onSpark = spark.kMeans().fit(data, parameters, Progress.none());

        assertEquals(5, onSpark.clusterCount());
        assertEquals(3_000, onSpark.labels().length);
        assertEquals(local.wcss(), onSpark.wcss(), 0.01 * local.wcss(), "WCSS within 1%");
        assertEquals(Clustering.wcssOf(data, onSpark.labels(), onSpark.centroids()), onSpark.wcss(),
                1e-6 * onSpark.wcss(), "Spark's WCSS is the WCSS of the labels and centres it gave");
        assertEquals(1.0, sameGrouping(local.labels(), onSpark.labels()), 1e-12,
                "well separated blobs: the same customers together on both engines");
    }

    @Test
    void kMeansOnOverlappingBlobsStaysWithinOnePercent() {
        // centres about 2 noise units apart: the segments overlap, and the restarts of each engine do not all agree
        FeatureMatrix data = blobs(4_000, 6, 8, 11L, 2.0);
        KMeansParameters parameters = new KMeansParameters(8, 5, 100, 1e-4, 20_261_123L);
        double local = new KMeans(2).fit(data, parameters, Progress.none()).wcss();
        double onSpark = spark.kMeans().fit(data, parameters, Progress.none()).wcss();
        assertEquals(local, onSpark, 0.01 * local);
    }

    @Test
    void alsOnPlantedRatingsHasTheLocalAlsHeldOutRmseWithinAHundredth() {
        Ratings planted = plantedRatings(800, 300, 30_000, 20_261_207L);
        RecommenderSettings settings = RecommenderSettings.defaults(RecommenderAlgorithm.MF).withFactors(8)
                .withEpochs(15).withRegularisation(0.05).withSolver(FactorSolver.ALS).withSeed(5L);
        RecommenderInput train = RecommenderInput.ratingsOnly(planted.train);
        BiasedFactorModel local = new MatrixFactorization(settings, 2).fit(train, Progress.none());
        BiasedFactorModel onSpark = (BiasedFactorModel) spark.factorisation(settings).fit(train, Progress.none());

        double localRmse = planted.testRmse(local);
        double sparkRmse = planted.testRmse(onSpark);
        assertTrue(localRmse < 0.8, "the local ALS learned the planted structure: " + localRmse);
        assertEquals(localRmse, sparkRmse, 0.01, "local " + localRmse + ", Spark " + sparkRmse);
        assertEquals(1, onSpark.trainingLoss().length);
        assertEquals(MatrixFactorization.objective(planted.train, 8, onSpark.globalMean(), biases(onSpark, true),
                biases(onSpark, false), factors(onSpark, true), factors(onSpark, false), 0.05),
                onSpark.trainingLoss()[0], 1e-6 * onSpark.trainingLoss()[0]);
    }

    @Test
    void fpGrowthFindsExactlyTheLocalItemsets() {
        Transactions baskets = plantedBaskets(5_000, 60, 20_261_207L);
        for (double support : new double[] {0.01, 0.02, 0.05}) {
            BasketSettings settings = BasketSettings.of(support, 0.2).withLengths(1, 10);
            FrequentItemsets local = new BasketAnalysis().itemsets(baskets, settings, Progress.none());
            FrequentItemsets onSpark = spark.itemsets().mine(baskets, settings, Progress.none());
            assertFalse(local.all().isEmpty());
            assertEquals(local.all(), onSpark.all(), "support " + support);
            assertEquals(local.transactions(), onSpark.transactions());
        }
    }

    @Test
    void fpGrowthKeepsTheMaxLengthAndAThresholdOnTheEdge() {
        Transactions baskets = plantedBaskets(1_000, 30, 3L);
        // 0.037 * 1000 = 37 exactly: an itemset in 37 baskets is kept on both engines
        BasketSettings settings = BasketSettings.of(0.037, 0.2).withLengths(1, 2);
        FrequentItemsets local = new BasketAnalysis().itemsets(baskets, settings, Progress.none());
        FrequentItemsets onSpark = spark.itemsets().mine(baskets, settings, Progress.none());
        assertEquals(local.all(), onSpark.all());
        assertTrue(onSpark.all().stream().allMatch(s -> s.size() <= 2));

        BasketResult rules = new BasketAnalysis(spark.itemsets()).run(baskets, settings, Progress.none());
        BasketResult localRules = new BasketAnalysis().run(baskets, settings, Progress.none());
        assertEquals(localRules.rules(), rules.rules(), "the rules are made from the same itemsets");
    }

    @Test
    void aCancelStopsTheSparkJobAndTheEngineStaysUsable() {
        FeatureMatrix data = blobs(20_000, 8, 10, 5L);
        CancelAfter cancel = new CancelAfter(2);
        assertThrows(CancelledException.class, () -> spark.kMeans().fit(data,
                new KMeansParameters(10, 50, 300, 0, 1L), cancel));
        Clustering after = spark.kMeans().fit(blobs(500, 2, 3, 1L), new KMeansParameters(3, 1, 50, 1e-4, 1L),
                Progress.none());
        assertEquals(3, after.clusterCount());
    }

    /** A progress that is cancelled from the {@code n}-th report on. */
    private static final class CancelAfter implements Progress {
        private final int n;
        private volatile int reports;

        CancelAfter(int n) {
            this.n = n;
        }

        @Override
        public void worked(long done, long total) {
            reports++;
        }

        @Override
        public void stage(String messageKey, Object... args) {
            reports++;
        }

        @Override
        public boolean isCancelled() {
            return reports >= n;
        }
    }

    private static double[] biases(BiasedFactorModel model, boolean users) {
        int n = users ? model.ratings().userCount() : model.ratings().itemCount();
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = users ? model.userBias(i) : model.itemBias(i);
        }
        return b;
    }

    private static double[] factors(BiasedFactorModel model, boolean users) {
        int n = users ? model.ratings().userCount() : model.ratings().itemCount();
        int f = model.userFactors(0).length;
        double[] all = new double[n * f];
        for (int i = 0; i < n; i++) {
            System.arraycopy(users ? model.userFactors(i) : model.itemFactors(i), 0, all, i * f, f);
        }
        return all;
    }

    /** Rand index of two labelings: 1 when they group the rows the same way. */
    private static double sameGrouping(int[] a, int[] b) {
        Map<Integer, Integer> map = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < a.length; i++) {
            Integer m = map.putIfAbsent(a[i], b[i]);
            if (m != null && m != b[i]) {
                return 0;
            }
            used.add(b[i]);
        }
        return used.size() == map.size() ? 1.0 : 0.0;
    }

    /** {@code n} rows around {@code k} centres in {@code d} dimensions, about 6 units apart, unit noise. */
    static FeatureMatrix blobs(int n, int d, int k, long seed) {
        return blobs(n, d, k, seed, 6.0);
    }

    /** {@code n} rows around {@code k} centres drawn in a box of {@code spread * k} units, unit noise. */
    static FeatureMatrix blobs(int n, int d, int k, long seed, double spread) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[k][d];
        for (double[] c : centres) {
            for (int j = 0; j < d; j++) {
                c[j] = random.nextDouble(-spread * k / 2.0, spread * k / 2.0);
            }
        }
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % k];
            for (int j = 0; j < d; j++) {
                values[i * d + j] = c[j] + gaussian(random);
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("x" + j);
        }
        return new FeatureMatrix(values, n, names);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** Ratings of a planted rank-3 model with biases and noise, 1..5, every fifth one held out. */
    static Ratings plantedRatings(int users, int items, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] p = new double[users][3];
        double[][] q = new double[items][3];
        double[] bu = new double[users];
        double[] bi = new double[items];
        for (int u = 0; u < users; u++) {
            bu[u] = 0.4 * gaussian(random);
            for (int c = 0; c < 3; c++) {
                p[u][c] = 0.6 * gaussian(random);
            }
        }
        for (int i = 0; i < items; i++) {
            bi[i] = 0.5 * gaussian(random);
            for (int c = 0; c < 3; c++) {
                q[i][c] = 0.6 * gaussian(random);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<long[]> pairs = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        while (pairs.size() < count) {
            int u = random.nextInt(users);
            int i = (int) Math.min(items - 1, Math.abs(gaussian(random)) * items / 2.5); // popular products rated more
            if (!seen.add((long) u * items + i)) {
                continue;
            }
            double r = 3.5 + bu[u] + bi[i] + p[u][0] * q[i][0] + p[u][1] * q[i][1] + p[u][2] * q[i][2]
                    + 0.3 * gaussian(random);
            pairs.add(new long[] {u + 1, i + 1});
            values.add((float) Math.max(1, Math.min(5, Math.round(r * 2) / 2.0)));
        }
        int trainCount = count - count / 5;
        long[] customers = new long[trainCount];
        long[] products = new long[trainCount];
        float[] ratings = new float[trainCount];
        long[] testPairs = new long[2 * (count - trainCount)];
        float[] testValues = new float[count - trainCount];
        for (int k = 0, t = 0, s = 0; k < count; k++) {
            if (k % 5 == 4) {
                testPairs[2 * s] = pairs.get(k)[0];
                testPairs[2 * s + 1] = pairs.get(k)[1];
                testValues[s++] = values.get(k);
            } else {
                customers[t] = pairs.get(k)[0];
                products[t] = pairs.get(k)[1];
                ratings[t++] = values.get(k);
            }
        }
        long[] allUsers = new long[users];
        long[] allItems = new long[items];
        Arrays.setAll(allUsers, u -> u + 1);
        Arrays.setAll(allItems, i -> i + 1);
        RatingMatrix train = RatingMatrix.of(new RatingRows(customers, products, ratings, new long[trainCount]),
                allUsers, allItems);
        return new Ratings(train, testPairs, testValues);
    }

    record Ratings(RatingMatrix train, long[] testPairs, float[] testValues) {
        double testRmse(BiasedFactorModel model) {
            double sum = 0;
            for (int s = 0; s < testValues.length; s++) {
                int u = train.userIndex(testPairs[2 * s]);
                int i = train.itemIndex(testPairs[2 * s + 1]);
                double e = testValues[s] - train.clip(model.unclipped(u, i));
                sum += e * e;
            }
            return Math.sqrt(sum / testValues.length);
        }
    }

    /** Baskets of random items plus three planted bundles bought together often. */
    static Transactions plantedBaskets(int n, int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] bundles = {{1, 2, 3}, {10, 11}, {20, 21, 22, 23}};
        int[][] baskets = new int[n][];
        for (int t = 0; t < n; t++) {
            Set<Integer> basket = new HashSet<>();
            int size = 1 + random.nextInt(5);
            while (basket.size() < size) {
                basket.add((int) Math.min(items - 1, Math.abs(gaussian(random)) * items / 3));
            }
            for (int[] bundle : bundles) {
                if (random.nextDouble() < 0.08) {
                    for (int item : bundle) {
                        basket.add(item);
                    }
                }
            }
            baskets[t] = basket.stream().mapToInt(Integer::intValue).toArray();
        }
        return Transactions.ofNumbered(baskets, items);
    }
}
