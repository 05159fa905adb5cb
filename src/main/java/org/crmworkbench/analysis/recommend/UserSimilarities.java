package org.crmworkbench.analysis.recommend;

import java.util.Arrays;

/**
 * One customer's similarity to every other customer, computed on demand through the product-major columns of the
 * products the customer rated. Ratings come centred: by each customer's mean (over all their ratings) for cosine and
 * Pearson, by the bias baseline {@code mu + b_u + b_i} for Pearson-baseline.
 *
 * <ul>
 *   <li>{@link Similarity#COSINE}: cosine of the centred ratings over the products both rated (dot product and both
 *       norms over the co-rated products).</li>
 *   <li>{@link Similarity#PEARSON}: Pearson's correlation of the two customers' ratings of the products both rated
 *       (means, too, over the co-rated products).</li>
 *   <li>{@link Similarity#PEARSON_BASELINE}: the correlation of the two customers' residuals from the baseline over
 *       the products both rated (no further centring), multiplied by {@code (n - 1) / (n - 1 + shrinkage)} for n
 *       co-rated products (Surprise's {@code pearson_baseline}); at least 2 co-rated products.</li>
 * </ul>
 * Pairs with fewer than {@code minOverlap} co-rated products, or without spread, get no similarity (NaN). For cosine
 * and Pearson with {@code significance > 0} a similarity is multiplied by {@code min(overlap, significance) /
 * significance}.
 *
 * <p>An instance is scratch space for one thread; it remembers the last customer it computed.
 */
final class UserSimilarities {
    private static final double NO_SPREAD = 1e-10;

    private final RatingMatrix r;
    private final float[] rowCentred;
    private final float[] columnCentred;
    private final boolean pearson;
    private final int minOverlap;
    private final int significance;
    private final boolean baseline;
    private final double shrinkage;
    private final int[] count;
    private final double[] sxy;
    private final double[] sxx;
    private final double[] syy;
    private final double[] sx;
    private final double[] sy;
    private final int[] touched;
    private final float[] similarity;
    private int touchedCount;
    private int user = -1;

    UserSimilarities(RatingMatrix r, float[] rowCentred, float[] columnCentred, RecommenderSettings settings) {
        this.r = r;
        this.rowCentred = rowCentred;
        this.columnCentred = columnCentred;
        this.pearson = settings.similarity() == Similarity.PEARSON;
        this.baseline = settings.similarity() == Similarity.PEARSON_BASELINE;
        this.minOverlap = baseline ? Math.max(2, settings.minOverlap()) : settings.minOverlap();
        this.significance = baseline ? 0 : settings.significance();
        this.shrinkage = settings.shrinkage();
        int n = r.userCount();
        count = new int[n];
        sxy = new double[n];
        sxx = new double[n];
        syy = new double[n];
        sx = pearson ? new double[n] : null;
        sy = pearson ? new double[n] : null;
        touched = new int[n];
        similarity = new float[n];
        Arrays.fill(similarity, Float.NaN);
    }

    /** Computes the customer's similarities unless they are the ones held already. */
    UserSimilarities of(int u) {
        if (u == user) {
            return this;
        }
        for (int t = 0; t < touchedCount; t++) {
            similarity[touched[t]] = Float.NaN;
        }
        int nt = 0;
        for (int p = r.userStart[u]; p < r.userStart[u + 1]; p++) {
            int i = r.userItems[p];
            double x = rowCentred[p];
            for (int q = r.itemStart[i]; q < r.itemStart[i + 1]; q++) {
                int v = r.itemUsers[q];
                if (count[v]++ == 0) {
                    touched[nt++] = v;
                }
                double y = columnCentred[q];
                sxy[v] += x * y;
                sxx[v] += x * x;
                syy[v] += y * y;
                if (pearson) {
                    sx[v] += x;
                    sy[v] += y;
                }
            }
        }
        for (int t = 0; t < nt; t++) {
            int v = touched[t];
            int overlap = count[v];
            if (v != u && overlap >= minOverlap) {
                double xy = sxy[v];
                double xx = sxx[v];
                double yy = syy[v];
                if (pearson) {
                    xy -= sx[v] * sy[v] / overlap;
                    xx -= sx[v] * sx[v] / overlap;
                    yy -= sy[v] * sy[v] / overlap;
                }
                if (xx > NO_SPREAD && yy > NO_SPREAD) {
                    double s = xy / Math.sqrt(xx * yy);
                    if (significance > 0) {
                        s *= Math.min(overlap, significance) / (double) significance;
                    } else if (baseline) {
                        s *= (overlap - 1) / (overlap - 1 + shrinkage);
                    }
                    similarity[v] = (float) Math.max(-1.0, Math.min(1.0, s));
                }
            }
            count[v] = 0;
            sxy[v] = 0;
            sxx[v] = 0;
            syy[v] = 0;
            if (pearson) {
                sx[v] = 0;
                sy[v] = 0;
            }
        }
        touchedCount = nt;
        user = u;
        return this;
    }

    /** Similarity of the current customer to {@code v}; NaN when none (too little overlap, no spread, itself). */
    float to(int v) {
        return similarity[v];
    }

    /** The customers with a similarity to the current one (possibly NaN), in no set order; valid until the next call. */
    int candidates() {
        return touchedCount;
    }

    int candidate(int t) {
        return touched[t];
    }
}
