package org.crmworkbench.analysis.recommend;

import java.util.Objects;
import org.crmworkbench.model.PurchaseRows;
import org.crmworkbench.model.RatingRows;

/**
 * Ratings (or purchase quantities) as a sparse customer x product matrix held twice: customer-major (each
 * customer's ratings sorted by product) and product-major (each product's ratings sorted by customer). Customers
 * and products are numbered densely 0..n-1 in the order their ids were given; customers and products without
 * ratings keep their index, which is how cold-start cases are seen.
 *
 * <p>Positions {@code userStart(u)..userEnd(u)-1} address customer {@code u}'s ratings; a position is also the key
 * evaluation splits use ({@link #keep(boolean[])}). Immutable and safe to read from many threads. Hot loops in this
 * package read the arrays directly.
 */
public final class RatingMatrix {
    private final IdIndex users;
    private final IdIndex items;
    final int[] userStart;
    final int[] userItems;
    final float[] userValues;
    final long[] userTimes;
    final int[] itemStart;
    final int[] itemUsers;
    final float[] itemValues;
    private final double[] userMeans;
    private final double[] itemMeans;
    private final double globalMean;
    private final float minValue;
    private final float maxValue;

    private RatingMatrix(IdIndex users, IdIndex items, int[] userStart, int[] userItems, float[] userValues,
                         long[] userTimes) {
        this.users = users;
        this.items = items;
        this.userStart = userStart;
        this.userItems = userItems;
        this.userValues = userValues;
        this.userTimes = userTimes;
        int nItems = items.size();
        int nUsers = users.size();
        int n = userItems.length;
        itemStart = new int[nItems + 1];
        for (int p = 0; p < n; p++) {
            itemStart[userItems[p] + 1]++;
        }
        for (int i = 0; i < nItems; i++) {
            itemStart[i + 1] += itemStart[i];
        }
        itemUsers = new int[n];
        itemValues = new float[n];
        int[] fill = java.util.Arrays.copyOf(itemStart, nItems);
        userMeans = new double[nUsers];
        itemMeans = new double[nItems];
        double total = 0;
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int u = 0; u < nUsers; u++) {
            double sum = 0;
            for (int p = userStart[u]; p < userStart[u + 1]; p++) {
                int at = fill[userItems[p]]++;
                itemUsers[at] = u;
                itemValues[at] = userValues[p];
                sum += userValues[p];
                lo = Math.min(lo, userValues[p]);
                hi = Math.max(hi, userValues[p]);
            }
            int count = userStart[u + 1] - userStart[u];
            userMeans[u] = count == 0 ? Double.NaN : sum / count;
            total += sum;
        }
        for (int i = 0; i < nItems; i++) {
            double sum = 0;
            for (int p = itemStart[i]; p < itemStart[i + 1]; p++) {
                sum += itemValues[p];
            }
            int count = itemStart[i + 1] - itemStart[i];
            itemMeans[i] = count == 0 ? Double.NaN : sum / count;
        }
        globalMean = n == 0 ? Double.NaN : total / n;
        minValue = n == 0 ? Float.NaN : lo;
        maxValue = n == 0 ? Float.NaN : hi;
    }

    /** Ratings over exactly the customers and products that occur in them, numbered in order of first appearance. */
    public static RatingMatrix of(RatingRows rows) {
        return of(rows, distinct(rows.customerIds()), distinct(rows.productIds()));
    }

    /**
     * Ratings over the given customers and products (which may include some without ratings).
     *
     * @throws IllegalArgumentException when a rating names an id not among them, or a customer rated a product twice
     */
    public static RatingMatrix of(RatingRows rows, long[] customerIds, long[] productIds) {
        return build(new IdIndex(customerIds), new IdIndex(productIds), rows.customerIds(), rows.productIds(),
                rows.ratings(), rows.ratedAtEpochSeconds());
    }

    /** Purchase quantities over the given customers and products, in the same numbering as a rating matrix on them. */
    public static RatingMatrix ofPurchases(PurchaseRows rows, long[] customerIds, long[] productIds) {
        // purchases have no times: none kept (28M purchases of a 1M-customer database would take 224 MB of them)
        return build(new IdIndex(customerIds), new IdIndex(productIds), rows.customerIds(), rows.productIds(),
                rows.quantities(), null);
    }

    /**
     * The rows placed by customer in one counting pass, then each customer's few entries sorted by product: about 12
     * bytes a row beside the matrix's own arrays, where two counting sorts over every row took 24 (30.6M purchases of
     * a 1M-customer database did not fit in 2 GB beside the ratings).
     */
    private static RatingMatrix build(IdIndex users, IdIndex items, long[] rowUsers, long[] rowItems, float[] values,
                                      long[] times) {
        int n = rowUsers.length;
        int[] u = new int[n];
        int[] userStart = new int[users.size() + 1];
        for (int r = 0; r < n; r++) {
            u[r] = users.indexOf(rowUsers[r]);
            if (u[r] < 0) {
                throw new IllegalArgumentException("row " + r + " names customer id " + rowUsers[r]
                        + ", which is not among the customers");
            }
            if (items.indexOf(rowItems[r]) < 0) {
                throw new IllegalArgumentException("row " + r + " names product id " + rowItems[r]
                        + ", which is not among the products");
            }
            userStart[u[r] + 1]++;
        }
        for (int k = 0; k < users.size(); k++) {
            userStart[k + 1] += userStart[k];
        }
        int[] userItems = new int[n];
        float[] userValues = new float[n];
        long[] userTimes = times == null ? null : new long[n];
        int[] fill = java.util.Arrays.copyOf(userStart, users.size());
        for (int r = 0; r < n; r++) {
            int p = fill[u[r]]++;
            userItems[p] = items.indexOf(rowItems[r]);
            userValues[p] = values[r];
            if (userTimes != null) {
                userTimes[p] = times[r];
            }
        }
        u = null; // let it go before the matrix's own arrays are made
        for (int k = 0; k < users.size(); k++) {
            sortByItem(userItems, userValues, userTimes, userStart[k], userStart[k + 1]);
            for (int p = userStart[k] + 1; p < userStart[k + 1]; p++) {
                if (userItems[p - 1] == userItems[p]) {
                    throw new IllegalArgumentException("customer id " + users.id(k) + " rated product id "
                            + items.id(userItems[p]) + " twice");
                }
            }
        }
        return new RatingMatrix(users, items, userStart, userItems, userValues, userTimes);
    }

    /** Sorts entries {@code from..to} by product, ties in their order (a customer's few entries). */
    private static void sortByItem(int[] items, float[] values, long[] times, int from, int to) {
        boolean sorted = true;
        for (int p = from + 1; p < to && sorted; p++) {
            sorted = items[p - 1] <= items[p];
        }
        if (sorted) {
            return;
        }
        int m = to - from;
        long[] keys = new long[m];
        for (int j = 0; j < m; j++) {
            keys[j] = ((long) items[from + j] << 32) | j;
        }
        java.util.Arrays.sort(keys);
        int[] itemsCopy = java.util.Arrays.copyOfRange(items, from, to);
        float[] valuesCopy = java.util.Arrays.copyOfRange(values, from, to);
        long[] timesCopy = times == null ? null : java.util.Arrays.copyOfRange(times, from, to);
        for (int j = 0; j < m; j++) {
            int was = (int) keys[j];
            items[from + j] = itemsCopy[was];
            values[from + j] = valuesCopy[was];
            if (times != null) {
                times[from + j] = timesCopy[was];
            }
        }
    }

    private static long[] distinct(long[] ids) {
        java.util.LinkedHashSet<Long> seen = new java.util.LinkedHashSet<>();
        for (long id : ids) {
            seen.add(id);
        }
        return seen.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The same customers and products with only the ratings whose position is marked true: how evaluation builds a
     * training matrix without its held-out ratings.
     */
    public RatingMatrix keep(boolean[] keepPosition) {
        Objects.requireNonNull(keepPosition, "keepPosition");
        if (keepPosition.length != size()) {
            throw new IllegalArgumentException("mask has " + keepPosition.length + " entries for " + size()
                    + " ratings");
        }
        int kept = 0;
        for (boolean k : keepPosition) {
            if (k) {
                kept++;
            }
        }
        int[] start = new int[userCount() + 1];
        int[] itemsKept = new int[kept];
        float[] valuesKept = new float[kept];
        long[] timesKept = userTimes == null ? null : new long[kept];
        int q = 0;
        for (int u = 0; u < userCount(); u++) {
            for (int p = userStart[u]; p < userStart[u + 1]; p++) {
                if (keepPosition[p]) {
                    itemsKept[q] = userItems[p];
                    valuesKept[q] = userValues[p];
                    if (timesKept != null) {
                        timesKept[q] = userTimes[p];
                    }
                    q++;
                }
            }
            start[u + 1] = q;
        }
        return new RatingMatrix(users, items, start, itemsKept, valuesKept, timesKept);
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of ratings. */
    public int size() {
        return userItems.length;
    }

    public long userId(int user) {
        return users.id(user);
    }

    public long itemId(int item) {
        return items.id(item);
    }

    /** The customer's index, or -1 when the id is not one of the matrix's customers. */
    public int userIndex(long customerId) {
        return users.indexOf(customerId);
    }

    /** The product's index, or -1 when the id is not one of the matrix's products. */
    public int itemIndex(long productId) {
        return items.indexOf(productId);
    }

    public int userStart(int user) {
        return userStart[user];
    }

    public int userEnd(int user) {
        return userStart[user + 1];
    }

    /** Number of ratings the customer gave. */
    public int ratingsOfUser(int user) {
        return userStart[user + 1] - userStart[user];
    }

    /** Number of ratings the product received. */
    public int ratingsOfItem(int item) {
        return itemStart[item + 1] - itemStart[item];
    }

    /** The product rated at a customer-major position. */
    public int itemAt(int position) {
        return userItems[position];
    }

    public float valueAt(int position) {
        return userValues[position];
    }

    /** UTC epoch seconds of the rating at a position, {@link RatingRows#UNKNOWN_TIME} when unknown. */
    public long timeAt(int position) {
        return userTimes == null ? RatingRows.UNKNOWN_TIME : userTimes[position];
    }

    public int itemStart(int item) {
        return itemStart[item];
    }

    public int itemEnd(int item) {
        return itemStart[item + 1];
    }

    /** The customer at a product-major position. */
    public int userAtItemPosition(int itemPosition) {
        return itemUsers[itemPosition];
    }

    public float valueAtItemPosition(int itemPosition) {
        return itemValues[itemPosition];
    }

    /** The customer's rating of the product, NaN when not rated. */
    public float value(int user, int item) {
        int at = java.util.Arrays.binarySearch(userItems, userStart[user], userStart[user + 1], item);
        return at < 0 ? Float.NaN : userValues[at];
    }

    public boolean hasRated(int user, int item) {
        return java.util.Arrays.binarySearch(userItems, userStart[user], userStart[user + 1], item) >= 0;
    }

    /** Mean of the customer's ratings, NaN when there are none. */
    public double userMean(int user) {
        return userMeans[user];
    }

    /** Mean of the product's ratings, NaN when there are none. */
    public double itemMean(int item) {
        return itemMeans[item];
    }

    /** Mean of all ratings, NaN when there are none. */
    public double globalMean() {
        return globalMean;
    }

    /** Lowest rating present (the bottom of the scale predictions are clipped to); NaN when empty. */
    public float minValue() {
        return minValue;
    }

    public float maxValue() {
        return maxValue;
    }

    /** A prediction clipped to the scale the ratings span. */
    public double clip(double prediction) {
        if (size() == 0) {
            return prediction;
        }
        return Math.max(minValue, Math.min(maxValue, prediction));
    }
}
