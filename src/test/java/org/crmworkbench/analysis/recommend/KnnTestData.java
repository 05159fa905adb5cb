package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.model.RatingRows;

/** Small rating matrices for the neighbourhood tests: planted taste groups, random fill and hand-written. */
final class KnnTestData {
    private KnnTestData() {
    }

    /**
     * Two taste groups of {@code perGroup} customers and two product groups of {@code perGroup} products: customers
     * 0..perGroup-1 (group A) rate products 0..perGroup-1 (group 1) about 4.5 and the others about 1.5, group B the
     * reverse; each customer has an offset of up to +-0.4 and noise; cells with {@code held[u][i]} true are left out.
     */
    static RatingMatrix planted(int perGroup, boolean[][] held, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> cells = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        int n = 2 * perGroup;
        for (int u = 0; u < n; u++) {
            double offset = random.nextDouble(-0.4, 0.4);
            for (int i = 0; i < n; i++) {
                boolean likes = (u < perGroup) == (i < perGroup);
                double v = (likes ? 4.5 : 1.5) + offset + random.nextDouble(-0.5, 0.5);
                if (!held[u][i]) {
                    cells.add(new long[] {u, i});
                    values.add((float) Math.max(1, Math.min(5, Math.round(v * 2) / 2.0)));
                }
            }
        }
        return matrix(n, n, cells, values);
    }

    /** Held-back cells: for every customer, {@code perCustomer} products of each product group, seeded. */
    static boolean[][] heldBack(int perGroup, int perCustomer, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 * perGroup;
        boolean[][] held = new boolean[n][n];
        for (int u = 0; u < n; u++) {
            for (int g = 0; g < 2; g++) {
                int chosen = 0;
                while (chosen < perCustomer) {
                    int i = g * perGroup + random.nextInt(perGroup);
                    if (!held[u][i]) {
                        held[u][i] = true;
                        chosen++;
                    }
                }
            }
        }
        return held;
    }

    /** Integer ratings 1..5 in a random {@code density} share of the cells. */
    static RatingMatrix random(int users, int items, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> cells = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                if (random.nextDouble() < density) {
                    cells.add(new long[] {u, i});
                    values.add((float) (1 + random.nextInt(5)));
                }
            }
        }
        return matrix(users, items, cells, values);
    }

    /** A dense table with NaN for missing ratings, customers as rows. */
    static RatingMatrix of(double[][] table) {
        List<long[]> cells = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (int u = 0; u < table.length; u++) {
            for (int i = 0; i < table[u].length; i++) {
                if (!Double.isNaN(table[u][i])) {
                    cells.add(new long[] {u, i});
                    values.add((float) table[u][i]);
                }
            }
        }
        return matrix(table.length, table[0].length, cells, values);
    }

    private static RatingMatrix matrix(int users, int items, List<long[]> cells, List<Float> values) {
        int n = cells.size();
        long[] cu = new long[n];
        long[] ci = new long[n];
        float[] v = new float[n];
        long[] t = new long[n];
        for (int k = 0; k < n; k++) {
            cu[k] = cells.get(k)[0];
            ci[k] = cells.get(k)[1];
            v[k] = values.get(k);
            t[k] = RatingRows.UNKNOWN_TIME;
        }
        return RatingMatrix.of(new RatingRows(cu, ci, v, t), ids(users), ids(items));
    }

    private static long[] ids(int n) {
        long[] ids = new long[n];
        for (int k = 0; k < n; k++) {
            ids[k] = k;
        }
        return ids;
    }

    /** Adjusted cosine of two products, computed the slow way. */
    static double adjustedCosine(RatingMatrix r, int i, int j) {
        double dot = 0;
        double ni = 0;
        double nj = 0;
        for (int u = 0; u < r.userCount(); u++) {
            double a = r.hasRated(u, i) ? r.value(u, i) - r.userMean(u) : 0;
            double b = r.hasRated(u, j) ? r.value(u, j) - r.userMean(u) : 0;
            dot += a * b;
            ni += a * a;
            nj += b * b;
        }
        return dot / Math.sqrt(ni * nj);
    }

    /** Item Pearson: product-mean centred, sums over customers who rated both. */
    static double itemPearson(RatingMatrix r, int i, int j) {
        double dot = 0;
        double ni = 0;
        double nj = 0;
        for (int u = 0; u < r.userCount(); u++) {
            if (r.hasRated(u, i) && r.hasRated(u, j)) {
                double a = r.value(u, i) - r.itemMean(i);
                double b = r.value(u, j) - r.itemMean(j);
                dot += a * b;
                ni += a * a;
                nj += b * b;
            }
        }
        return dot / Math.sqrt(ni * nj);
    }

    /** The bias baseline the neighbourhood methods fit by default (lambda_i 10, lambda_u 15). */
    static BiasBaseline.Model biases(RatingMatrix r) {
        return new BiasBaseline(RecommenderSettings.defaults(RecommenderAlgorithm.BASELINE))
                .fit(RecommenderInput.ratingsOnly(r), org.crmworkbench.work.Progress.none());
    }

    /**
     * Shrunk baseline Pearson the slow way: residuals {@code r - b} over the customers who rated both products (or the
     * products both customers rated), their correlation without further centring, times (n-1)/(n-1+shrinkage); NaN
     * below 2 in common.
     */
    static double pearsonBaseline(RatingMatrix r, BiasBaseline.Model b, double shrinkage, int x, int y,
                                  boolean items) {
        double dot = 0;
        double nx = 0;
        double ny = 0;
        int n = 0;
        int others = items ? r.userCount() : r.itemCount();
        for (int o = 0; o < others; o++) {
            int ux = items ? o : x;
            int ix = items ? x : o;
            int uy = items ? o : y;
            int iy = items ? y : o;
            if (r.hasRated(ux, ix) && r.hasRated(uy, iy)) {
                double a = r.value(ux, ix) - b.unclipped(ux, ix);
                double c = r.value(uy, iy) - b.unclipped(uy, iy);
                dot += a * c;
                nx += a * a;
                ny += c * c;
                n++;
            }
        }
        return n < 2 ? Double.NaN : dot / Math.sqrt(nx * ny) * (n - 1) / (n - 1 + shrinkage);
    }

    /** Customers who rated both products. */
    static int coRaters(RatingMatrix r, int i, int j) {
        int n = 0;
        for (int u = 0; u < r.userCount(); u++) {
            if (r.hasRated(u, i) && r.hasRated(u, j)) {
                n++;
            }
        }
        return n;
    }

    /** Products both customers rated. */
    static int coRated(RatingMatrix r, int u, int v) {
        int n = 0;
        for (int i = 0; i < r.itemCount(); i++) {
            if (r.hasRated(u, i) && r.hasRated(v, i)) {
                n++;
            }
        }
        return n;
    }

    /** User cosine: customer-mean centred, all three sums over co-rated products. */
    static double userCosine(RatingMatrix r, int u, int v) {
        double dot = 0;
        double nu = 0;
        double nv = 0;
        for (int i = 0; i < r.itemCount(); i++) {
            if (r.hasRated(u, i) && r.hasRated(v, i)) {
                double a = r.value(u, i) - r.userMean(u);
                double b = r.value(v, i) - r.userMean(v);
                dot += a * b;
                nu += a * a;
                nv += b * b;
            }
        }
        return dot / Math.sqrt(nu * nv);
    }

    /** User Pearson: the correlation of the two customers' ratings of the co-rated products. */
    static double userPearson(RatingMatrix r, int u, int v) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < r.itemCount(); i++) {
            if (r.hasRated(u, i) && r.hasRated(v, i)) {
                pairs.add(new double[] {r.value(u, i), r.value(v, i)});
            }
        }
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(Double.NaN);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(Double.NaN);
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (double[] p : pairs) {
            xy += (p[0] - mx) * (p[1] - my);
            xx += (p[0] - mx) * (p[0] - mx);
            yy += (p[1] - my) * (p[1] - my);
        }
        return xy / Math.sqrt(xx * yy);
    }

    /**
     * Checks a model fitted on {@link #planted} data: every held-back cell is predicted on its planted side (above 3.5
     * where the customer's group likes the product, below 2.5 where not) and each customer's top 3 come from the
     * liked group. Returns each customer's top 3 for further checks.
     */
    static List<List<Recommendation>> assertPlantedSides(TrainedRecommender model, int perGroup, boolean[][] held,
                                                         String label) {
        List<List<Recommendation>> tops = new ArrayList<>();
        for (int u = 0; u < 2 * perGroup; u++) {
            for (int i = 0; i < 2 * perGroup; i++) {
                if (held[u][i]) {
                    boolean likes = (u < perGroup) == (i < perGroup);
                    double p = model.predict(u, i);
                    assertTrue(likes ? p > 3.5 : p < 2.5, label + ": customer " + u + " product " + i
                            + " predicted " + p);
                }
            }
            List<Recommendation> top = model.recommend(u, 3);
            assertEquals(3, top.size());
            for (Recommendation rec : top) {
                assertEquals(u < perGroup, rec.item() < perGroup, label + ": customer " + u + " got " + rec.item());
            }
            tops.add(top);
        }
        return tops;
    }
}
