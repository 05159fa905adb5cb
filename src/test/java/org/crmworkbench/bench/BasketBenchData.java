package org.crmworkbench.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generated retail baskets for the basket benchmark: {@code items} products whose popularity falls as
 * 1 / (rank + 1) (Zipf), 4 to 10 draws a basket, and for a quarter of the draws the product's usual companion too
 * (product k goes with one fixed other product, chosen at random among the 200 most popular), so that longer
 * itemsets occur as in real baskets. Fixed seed; repeats within a basket are dropped.
 */
final class BasketBenchData {
    private BasketBenchData() {
    }

    static int[][] baskets(int n, int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[items];
        double total = 0;
        for (int i = 0; i < items; i++) {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        int[] companion = new int[items];
        for (int i = 0; i < items; i++) {
            companion[i] = random.nextInt(Math.min(items, 200));
        }
        int[][] out = new int[n][];
        int[] row = new int[32];
        for (int t = 0; t < n; t++) {
            int draws = 4 + random.nextInt(7);
            int k = 0;
            for (int d = 0; d < draws; d++) {
                int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                int item = Math.min(items - 1, at < 0 ? -at - 1 : at);
                row[k++] = item;
                if (random.nextDouble() < 0.25) {
                    row[k++] = companion[item];
                }
            }
            Arrays.sort(row, 0, k);
            int m = 0;
            for (int i = 0; i < k; i++) {
                if (m == 0 || row[m - 1] != row[i]) {
                    row[m++] = row[i];
                }
            }
            out[t] = Arrays.copyOf(row, m);
        }
        return out;
    }
}
