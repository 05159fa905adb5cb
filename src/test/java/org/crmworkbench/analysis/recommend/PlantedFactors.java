package org.crmworkbench.analysis.recommend;

import java.util.SplittableRandom;
import org.crmworkbench.model.RatingRows;

/**
 * Test data with known latent structure: customers and products with planted biases and factor vectors, ratings
 * {@code mu + b_u + b_i + p_u . q_i + noise} (unclipped, so the model class is exactly right), each customer rating
 * a random subset of products; and purchases where customers buy the products of highest planted affinity.
 */
final class PlantedFactors {
    static final double MU = 3.5;

    final int users;
    final int items;
    final int factors;
    final double[] userBias;
    final double[] itemBias;
    final double[][] p;
    final double[][] q;

    PlantedFactors(int users, int items, int factors, long seed) {
        this.users = users;
        this.items = items;
        this.factors = factors;
        SplittableRandom random = new SplittableRandom(seed);
        userBias = new double[users];
        itemBias = new double[items];
        p = new double[users][factors];
        q = new double[items][factors];
        // factor entries with variance s^2 such that p.q has standard deviation 0.8: factors * s^4 = 0.64
        double s = Math.pow(0.64 / factors, 0.25);
        for (int u = 0; u < users; u++) {
            userBias[u] = 0.4 * random.nextGaussian();
            for (int k = 0; k < factors; k++) {
                p[u][k] = s * random.nextGaussian();
            }
        }
        for (int i = 0; i < items; i++) {
            itemBias[i] = 0.5 * random.nextGaussian();
            for (int k = 0; k < factors; k++) {
                q[i][k] = s * random.nextGaussian();
            }
        }
    }

    double affinity(int u, int i) {
        double d = 0;
        for (int k = 0; k < factors; k++) {
            d += p[u][k] * q[i][k];
        }
        return d;
    }

    double truth(int u, int i) {
        return MU + userBias[u] + itemBias[i] + affinity(u, i);
    }

    /** About {@code perUser} ratings per customer (distinct random products) with Gaussian noise of sd {@code noise}. */
    RatingMatrix ratings(int perUser, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = users * perUser;
        long[] cu = new long[n];
        long[] ci = new long[n];
        float[] v = new float[n];
        long[] t = new long[n];
        int at = 0;
        for (int u = 0; u < users; u++) {
            int[] chosen = sample(random, items, perUser);
            for (int i : chosen) {
                cu[at] = u;
                ci[at] = i;
                v[at] = (float) (truth(u, i) + noise * random.nextGaussian());
                t[at] = RatingRows.UNKNOWN_TIME;
                at++;
            }
        }
        return RatingMatrix.of(new RatingRows(cu, ci, v, t), ids(users), ids(items));
    }

    /**
     * Each customer buys {@code perUser} products drawn without replacement with weight exp(affinity / temperature)
     * (Gumbel top-k), 1 to 3 units each: planted tastes, plus the item biases as a mild popularity.
     */
    RatingMatrix purchases(int perUser, double temperature, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = users * perUser;
        long[] cu = new long[n];
        long[] ci = new long[n];
        float[] v = new float[n];
        long[] t = new long[n];
        int at = 0;
        double[] key = new double[items];
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                double gumbel = -Math.log(-Math.log(random.nextDouble(1e-12, 1.0)));
                key[i] = (affinity(u, i) + 0.3 * itemBias[i]) / temperature + gumbel;
            }
            Integer[] order = new Integer[items];
            for (int i = 0; i < items; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(key[b], key[a]));
            for (int k = 0; k < perUser; k++) {
                cu[at] = u;
                ci[at] = order[k];
                v[at] = 1 + random.nextInt(3);
                t[at] = RatingRows.UNKNOWN_TIME;
                at++;
            }
        }
        return RatingMatrix.of(new RatingRows(cu, ci, v, t), ids(users), ids(items));
    }

    static int[] sample(SplittableRandom random, int n, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int j = 0; j < k; j++) {
            int r = j + random.nextInt(n - j);
            int tmp = all[j];
            all[j] = all[r];
            all[r] = tmp;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    static long[] ids(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** A random hold-out mask: true = keep for training, about {@code testShare} of positions false. */
    static boolean[] trainMask(RatingMatrix m, double testShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] keep = new boolean[m.size()];
        for (int k = 0; k < keep.length; k++) {
            keep[k] = random.nextDouble() >= testShare;
        }
        return keep;
    }

    static boolean[] not(boolean[] mask) {
        boolean[] out = new boolean[mask.length];
        for (int k = 0; k < mask.length; k++) {
            out[k] = !mask[k];
        }
        return out;
    }

    /** RMSE of a model's predictions over a test matrix in the same numbering. */
    static double rmse(TrainedRecommender model, RatingMatrix test) {
        double s = 0;
        for (int u = 0; u < test.userCount(); u++) {
            for (int k = test.userStart(u); k < test.userEnd(u); k++) {
                double e = test.valueAt(k) - model.predict(u, test.itemAt(k));
                s += e * e;
            }
        }
        return Math.sqrt(s / test.size());
    }

    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int k = 0; k < a.length; k++) {
            ma += a[k];
            mb += b[k];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int k = 0; k < a.length; k++) {
            sab += (a[k] - ma) * (b[k] - mb);
            saa += (a[k] - ma) * (a[k] - ma);
            sbb += (b[k] - mb) * (b[k] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
