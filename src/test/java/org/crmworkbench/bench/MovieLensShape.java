package org.crmworkbench.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.crmworkbench.model.RatingRows;

/**
 * A seeded rating set shaped like the public 100,000-rating movie set (which may not be shipped): 943 customers x
 * 1,682 products, 100,000 whole-star ratings 1-5, every customer with at least 20 ratings and a long tail of very
 * active ones, product popularity long-tailed (Zipf-like), ratings made of a global mean, customer and product biases
 * (popular products rated a little higher), three latent factors and noise, rounded to whole stars. Sparse: 6.3% of
 * the matrix is filled.
 */
final class MovieLensShape {
    static final int CUSTOMERS = 943;
    static final int PRODUCTS = 1_682;
    static final int RATINGS = 100_000;
    static final int MIN_PER_CUSTOMER = 20;
    private static final int FACTORS = 3;

    private MovieLensShape() {
    }

    static RatingRows generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // how many ratings each customer gives: 20 + a long-tailed extra, scaled to the total
        double[] activity = new double[CUSTOMERS];
        double sum = 0;
        for (int u = 0; u < CUSTOMERS; u++) {
            activity[u] = Math.exp(1.1 * gaussian(random));
            sum += activity[u];
        }
        int[] count = new int[CUSTOMERS];
        int total = 0;
        int spare = RATINGS - CUSTOMERS * MIN_PER_CUSTOMER;
        for (int u = 0; u < CUSTOMERS; u++) {
            count[u] = Math.min(PRODUCTS / 2, MIN_PER_CUSTOMER + (int) Math.round(spare * activity[u] / sum));
            total += count[u];
        }
        for (int u = 0; total != RATINGS; u = (u + 1) % CUSTOMERS) {
            int step = total < RATINGS ? 1 : -1;
            if (count[u] + step >= MIN_PER_CUSTOMER && count[u] + step <= PRODUCTS / 2) {
                count[u] += step;
                total += step;
            }
        }
        // product popularity: Zipf-like weights over a shuffled order, cumulative for sampling
        int[] order = new int[PRODUCTS];
        for (int i = 0; i < PRODUCTS; i++) {
            order[i] = i;
        }
        for (int i = PRODUCTS - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] weight = new double[PRODUCTS];
        double[] cumulative = new double[PRODUCTS];
        double acc = 0;
        for (int rank = 0; rank < PRODUCTS; rank++) {
            weight[order[rank]] = 1.0 / Math.pow(rank + 10, 1.1);
        }
        for (int i = 0; i < PRODUCTS; i++) {
            acc += weight[i];
            cumulative[i] = acc;
        }
        double[] userBias = new double[CUSTOMERS];
        double[][] p = new double[CUSTOMERS][FACTORS];
        for (int u = 0; u < CUSTOMERS; u++) {
            userBias[u] = 0.45 * gaussian(random);
            for (int f = 0; f < FACTORS; f++) {
                p[u][f] = 0.55 * gaussian(random);
            }
        }
        double[] itemBias = new double[PRODUCTS];
        double[][] q = new double[PRODUCTS][FACTORS];
        double meanLogWeight = 0;
        for (double w : weight) {
            meanLogWeight += Math.log(w) / PRODUCTS;
        }
        for (int i = 0; i < PRODUCTS; i++) {
            itemBias[i] = 0.45 * gaussian(random) + 0.12 * (Math.log(weight[i]) - meanLogWeight);
            for (int f = 0; f < FACTORS; f++) {
                q[i][f] = 0.55 * gaussian(random);
            }
        }
        long[] users = new long[RATINGS];
        long[] items = new long[RATINGS];
        float[] values = new float[RATINGS];
        long[] times = new long[RATINGS];
        Arrays.fill(times, RatingRows.UNKNOWN_TIME);
        boolean[] taken = new boolean[PRODUCTS];
        int at = 0;
        for (int u = 0; u < CUSTOMERS; u++) {
            int[] chosen = new int[count[u]];
            for (int c = 0; c < count[u]; c++) {
                int i;
                do {
                    i = Arrays.binarySearch(cumulative, random.nextDouble() * acc);
                    i = i < 0 ? Math.min(PRODUCTS - 1, -i - 1) : i;
                } while (taken[i]);
                taken[i] = true;
                chosen[c] = i;
                double dot = 0;
                for (int f = 0; f < FACTORS; f++) {
                    dot += p[u][f] * q[i][f];
                }
                double r = 3.53 + userBias[u] + itemBias[i] + dot + 0.85 * gaussian(random);
                users[at] = u + 1L;
                items[at] = i + 1L;
                values[at] = (float) Math.max(1, Math.min(5, Math.round(r)));
                at++;
            }
            for (int i : chosen) {
                taken[i] = false;
            }
        }
        return new RatingRows(users, items, values, times);
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
