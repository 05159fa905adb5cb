package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.model.PurchaseRows;
import org.crmworkbench.model.RatingRows;

/**
 * Planted test data: two product families with their own vocabulary (kitchen 0..11, outdoor 12..23; 11 and 23 are
 * never rated) and two taste groups (customers 0..11 rate kitchen 4-5 and outdoor 1-2, customers 12..23 the other
 * way round, 8 ratings each). Customer 24 has no history, 25 rated kitchen product 0 with 5 and outdoor product 12
 * with 1, 26 has no ratings but bought outdoor products 13 and 14.
 */
final class TwoFamilyShop {
    static final int PRODUCTS = 24;
    static final int FAMILY = 12;
    static final int NEW_KITCHEN = 11;
    static final int NEW_OUTDOOR = 23;
    static final int NO_HISTORY = 24;
    static final int TWO_RATINGS = 25;
    static final int BUYER_ONLY = 26;
    static final int CUSTOMERS = 27;
    private static final String[] KITCHEN = {"skillet", "saucepan", "knife", "whisk", "ladle", "spatula", "nonstick",
        "chef", "simmer", "roasting"};
    private static final String[] OUTDOOR = {"tent", "lantern", "backpack", "trail", "sleeping", "compass", "hiking",
        "waterproof", "campfire", "summit"};
    private static final String[] FILLER = {"quality", "durable", "great", "gift", "design"};

    private TwoFamilyShop() {
    }

    static boolean kitchen(int item) {
        return item < FAMILY;
    }

    static RecommenderInput input(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            boolean k = kitchen(i);
            String[] words = k ? KITCHEN : OUTDOOR;
            categories.add(k ? "Kitchen" : "Outdoor");
            tags.add((k ? "cookware" : "camping") + ";" + (random.nextBoolean() ? "premium" : "budget"));
            StringBuilder d = new StringBuilder("The");
            for (int w = 0; w < 5; w++) {
                d.append(' ').append(words[random.nextInt(words.length)]);
            }
            for (int w = 0; w < 2; w++) {
                d.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
            }
            descriptions.add(d.toString());
        }
        List<long[]> rows = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (int u = 0; u < 24; u++) {
            boolean likesKitchen = u < 12;
            List<Integer> pool = new ArrayList<>();
            for (int i = 0; i < PRODUCTS; i++) {
                if (i != NEW_KITCHEN && i != NEW_OUTDOOR) {
                    pool.add(i);
                }
            }
            for (int r = 0; r < 8; r++) {
                int item = pool.remove(random.nextInt(pool.size()));
                boolean liked = kitchen(item) == likesKitchen;
                rows.add(new long[] {u, item});
                values.add((float) (liked ? 4 + random.nextInt(2) : 1 + random.nextInt(2)));
            }
        }
        rows.add(new long[] {TWO_RATINGS, 0});
        values.add(5f);
        rows.add(new long[] {TWO_RATINGS, FAMILY});
        values.add(1f);
        int n = rows.size();
        long[] users = new long[n];
        long[] items = new long[n];
        float[] ratings = new float[n];
        long[] times = new long[n];
        for (int r = 0; r < n; r++) {
            users[r] = rows.get(r)[0];
            items[r] = rows.get(r)[1];
            ratings[r] = values.get(r);
            times[r] = 1_000 + r;
        }
        long[] customerIds = new long[CUSTOMERS];
        for (int u = 0; u < CUSTOMERS; u++) {
            customerIds[u] = u;
        }
        long[] productIds = new long[PRODUCTS];
        for (int i = 0; i < PRODUCTS; i++) {
            productIds[i] = i;
        }
        RatingMatrix matrix = RatingMatrix.of(new RatingRows(users, items, ratings, times), customerIds, productIds);
        PurchaseRows bought = new PurchaseRows(new long[] {BUYER_ONLY, BUYER_ONLY}, new long[] {13, 14},
                new float[] {2, 1}, new int[] {1, 1});
        return new RecommenderInput(matrix, RatingMatrix.ofPurchases(bought, customerIds, productIds),
                new ItemTexts(categories, tags, descriptions));
    }
}
