package org.crmworkbench.analysis.recommend;

import java.util.SplittableRandom;
import org.crmworkbench.model.RatingRows;

/**
 * Two taste groups of customers and two groups of products: a customer rates products of their own group 4 or 5 and
 * the other group's 1 or 2, so a prediction of 4.5 for the own group and 1.5 for the other is off by exactly 0.5.
 * Customer u is in group u % 2, product i in group i % 2. Each customer rates a random subset of the products, with
 * distinct times.
 */
final class PlantedRatings {
    private PlantedRatings() {
    }

    static RatingMatrix twoGroups(int customers, int products, int perCustomer, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = customers * perCustomer;
        long[] users = new long[n];
        long[] items = new long[n];
        float[] ratings = new float[n];
        long[] times = new long[n];
        int row = 0;
        int[] order = new int[products];
        for (int u = 0; u < customers; u++) {
            for (int i = 0; i < products; i++) {
                order[i] = i;
            }
            for (int k = 0; k < perCustomer; k++) {
                int j = k + random.nextInt(products - k);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
                int item = order[k];
                users[row] = 1000 + u;
                items[row] = 5000 + item;
                boolean liked = item % 2 == u % 2;
                ratings[row] = liked ? 4 + random.nextInt(2) : 1 + random.nextInt(2);
                times[row] = 1_700_000_000L + random.nextInt(1_000_000);
                row++;
            }
        }
        long[] customerIds = new long[customers];
        for (int u = 0; u < customers; u++) {
            customerIds[u] = 1000 + u;
        }
        long[] productIds = new long[products];
        for (int i = 0; i < products; i++) {
            productIds[i] = 5000 + i;
        }
        return RatingMatrix.of(new RatingRows(users, items, ratings, times), customerIds, productIds);
    }

    /** The planted prediction: 4.5 for a product of the customer's own group, 1.5 for the other group's. */
    static double planted(int user, int item) {
        return item % 2 == user % 2 ? 4.5 : 1.5;
    }
}
