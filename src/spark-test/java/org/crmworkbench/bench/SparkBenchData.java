package org.crmworkbench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.analysis.basket.Transactions;
import org.crmworkbench.analysis.recommend.BiasedFactorModel;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.segment.FeatureMatrix;
import org.crmworkbench.model.RatingRows;

/**
 * The generated inputs of {@link SparkEngineBenchmark}, the same for both engines for a given size and seed: ratings
 * of a planted low-rank model, rows around planted centres, and baskets with planted bundles.
 */
final class SparkBenchData {
    /** Rank of the planted rating model. */
    static final int PLANTED_RANK = 5;

    private SparkBenchData() {
    }

    /** Training ratings and every fifth rating held out. */
    record Ratings(RatingMatrix train, int[] testUsers, int[] testItems, float[] testValues) {
        /** Root mean squared error of {@code model}'s clipped predictions on the held-out ratings. */
        double testRmse(BiasedFactorModel model) {
            double sum = 0;
            for (int s = 0; s < testValues.length; s++) {
                double e = testValues[s] - train.clip(model.unclipped(testUsers[s], testItems[s]));
                sum += e * e;
            }
            return Math.sqrt(sum / testValues.length);
        }
    }

    /**
     * {@code count} ratings (1..5 in halves) of {@code users} customers on {@code items} products, the same number per
     * customer, popular products rated more often, from {@code 3.5 + b_u + b_i + p_u . q_i} plus noise of 0.3.
     */
    static Ratings ratings(int users, int items, long count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = gaussians(random, users * PLANTED_RANK, 0.5);
        double[] q = gaussians(random, items * PLANTED_RANK, 0.5);
        double[] bu = gaussians(random, users, 0.4);
        double[] bi = gaussians(random, items, 0.5);
        int perUser = (int) Math.min(items / 2, Math.max(1, count / users));
        long total = (long) perUser * users;
        int testCount = (int) (total / 5);
        int trainCount = (int) (total - testCount);
        long[] customers = new long[trainCount];
        long[] products = new long[trainCount];
        float[] values = new float[trainCount];
        int[] testUsers = new int[testCount];
        int[] testItems = new int[testCount];
        float[] testValues = new float[testCount];
        int[] chosen = new int[perUser];
        long k = 0;
        int t = 0;
        int s = 0;
        for (int u = 0; u < users; u++) {
            int n = 0;
            while (n < perUser) {
                int i = (int) Math.min(items - 1, Math.abs(gaussian(random)) * items / 2.5);
                boolean seen = false;
                for (int j = 0; j < n && !seen; j++) {
                    seen = chosen[j] == i;
                }
                if (!seen) {
                    chosen[n++] = i;
                }
            }
            for (int j = 0; j < perUser; j++, k++) {
                int i = chosen[j];
                double r = 3.5 + bu[u] + bi[i] + 0.3 * gaussian(random);
                for (int c = 0; c < PLANTED_RANK; c++) {
                    r += p[u * PLANTED_RANK + c] * q[i * PLANTED_RANK + c];
                }
                float value = (float) Math.max(1, Math.min(5, Math.round(r * 2) / 2.0));
                if (k % 5 == 4 && s < testCount) {
                    testUsers[s] = u;
                    testItems[s] = i;
                    testValues[s++] = value;
                } else {
                    customers[t] = u + 1;
                    products[t] = i + 1;
                    values[t++] = value;
                }
            }
        }
        long[] allUsers = new long[users];
        long[] allItems = new long[items];
        Arrays.setAll(allUsers, u -> u + 1);
        Arrays.setAll(allItems, i -> i + 1);
        RatingMatrix train = RatingMatrix.of(new RatingRows(customers, products, values, new long[trainCount]),
                allUsers, allItems);
        return new Ratings(train, testUsers, testItems, testValues);
    }

    /** {@code n} rows in {@code d} dimensions around {@code k} centres about 2.5 noise units apart (they overlap). */
    static FeatureMatrix rows(int n, int d, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] centres = new double[k * d];
        for (int j = 0; j < centres.length; j++) {
            centres[j] = random.nextDouble(-2.5 * k / 2.0, 2.5 * k / 2.0);
        }
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(k);
            for (int j = 0; j < d; j++) {
                values[i * d + j] = centres[c * d + j] + gaussian(random);
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("x" + j);
        }
        return new FeatureMatrix(values, n, names);
    }

    /** {@code n} baskets of 1..6 products out of {@code items}, popular ones more often, plus three planted bundles. */
    static Transactions baskets(int n, int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] bundles = {{1, 2, 3}, {10, 11}, {20, 21, 22, 23}};
        int[][] baskets = new int[n][];
        int[] basket = new int[6 + 9];
        for (int t = 0; t < n; t++) {
            int size = 1 + random.nextInt(6);
            int m = 0;
            while (m < size) {
                m = add(basket, m, (int) Math.min(items - 1, Math.abs(gaussian(random)) * items / 3));
            }
            for (int[] bundle : bundles) {
                if (random.nextDouble() < 0.05) {
                    for (int item : bundle) {
                        m = add(basket, m, item);
                    }
                }
            }
            baskets[t] = Arrays.copyOf(basket, m);
        }
        return Transactions.ofNumbered(baskets, items);
    }

    private static int add(int[] basket, int m, int item) {
        for (int j = 0; j < m; j++) {
            if (basket[j] == item) {
                return m;
            }
        }
        basket[m] = item;
        return m + 1;
    }

    private static double[] gaussians(SplittableRandom random, int n, double sd) {
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = sd * gaussian(random);
        }
        return v;
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
