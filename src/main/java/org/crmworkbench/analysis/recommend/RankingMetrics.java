package org.crmworkbench.analysis.recommend;

import java.util.Arrays;

/**
 * How good top-N lists are against each customer's relevant held-out products (binary relevance), as sums over
 * customers whose means are the reported figures. For one list of length at most N with R relevant products, of which
 * the list holds h:
 * <ul>
 *   <li>precision@N = h / N (a list shorter than N is not rewarded for being short);</li>
 *   <li>recall@N = h / R;</li>
 *   <li>NDCG@N = DCG / ideal DCG, DCG = sum over hits at rank r (1-based) of 1 / log2(r + 1), the ideal DCG being
 *   that of min(R, N) hits at the top;</li>
 *   <li>average precision@N = sum over hits at rank r of (hits in the first r) / r, divided by min(R, N); its mean is
 *   MAP;</li>
 *   <li>hit rate: 1 when h &gt; 0.</li>
 * </ul>
 * Not thread-safe: each thread keeps its own and they are {@linkplain #add(RankingMetrics) added} in a fixed order.
 */
public final class RankingMetrics {
    private final int n;
    private long customers;
    private double precision;
    private double recall;
    private double ndcg;
    private double averagePrecision;
    private long hits;

    /** Empty totals for lists of length {@code n}. */
    public RankingMetrics(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        this.n = n;
    }

    /**
     * Counts one customer's list (only its first N entries are read) against their relevant products, given in
     * ascending order; customers without relevant products are not counted.
     */
    public void add(int[] top, int[] relevantAscending) {
        int r = relevantAscending.length;
        if (r == 0) {
            return;
        }
        int length = Math.min(n, top.length);
        int h = 0;
        double dcg = 0;
        double ap = 0;
        for (int rank = 1; rank <= length; rank++) {
            if (Arrays.binarySearch(relevantAscending, top[rank - 1]) >= 0) {
                h++;
                dcg += 1 / log2(rank + 1);
                ap += (double) h / rank;
            }
        }
        int ideal = Math.min(r, n);
        double idcg = 0;
        for (int rank = 1; rank <= ideal; rank++) {
            idcg += 1 / log2(rank + 1);
        }
        customers++;
        precision += (double) h / n;
        recall += (double) h / r;
        ndcg += dcg / idcg;
        averagePrecision += ap / ideal;
        if (h > 0) {
            hits++;
        }
    }

    /** Adds another set of totals (for the same N) to this one. */
    public void add(RankingMetrics other) {
        if (other.n != n) {
            throw new IllegalArgumentException("lists of length " + other.n + " and " + n);
        }
        customers += other.customers;
        precision += other.precision;
        recall += other.recall;
        ndcg += other.ndcg;
        averagePrecision += other.averagePrecision;
        hits += other.hits;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public int n() {
        return n;
    }

    /** Customers counted. */
    public long customers() {
        return customers;
    }

    /** Mean precision@N; NaN when no customer was counted (likewise for the other means). */
    public double precision() {
        return mean(precision);
    }

    public double recall() {
        return mean(recall);
    }

    public double ndcg() {
        return mean(ndcg);
    }

    /** Mean average precision@N. */
    public double map() {
        return mean(averagePrecision);
    }

    /** Share of customers with at least one relevant product in their list. */
    public double hitRate() {
        return mean(hits);
    }

    private double mean(double sum) {
        return customers == 0 ? Double.NaN : sum / customers;
    }
}
