package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.IntRange;

/**
 * The settings of a k-means run.
 *
 * @param k             number of segments, at least 2
 * @param restarts      independent k-means++ starts; the run with the lowest within-cluster sum of squares wins
 * @param maxIterations most Lloyd iterations per start (each one assigns every row, then moves the centres)
 * @param tolerance     a start stops once no centre moves farther than this (Euclidean distance in the scaled
 *                      feature space); 0 stops only when no row changes segment
 * @param seed          seed of the random choices, so the same settings give the same segments
 */
public record KMeansParameters(int k, int restarts, int maxIterations, double tolerance, long seed) {
    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** The numbers of segments every method that takes k accepts (no more than the rows: {@link #requireFits}). */
    public static final IntRange K = new IntRange("k", 2, Integer.MAX_VALUE);
    /** The k-means++ starts accepted. */
    public static final IntRange RESTARTS = new IntRange("restarts", 1, Integer.MAX_VALUE);

    public KMeansParameters {
        requireK(k);
        if (!RESTARTS.contains(restarts)) {
            throw new BadParameterException(RESTARTS.parameter(), "segment.kmeans.restarts.tooSmall",
                    "the number of restarts must be at least " + RESTARTS.min() + ", got " + restarts, restarts);
        }
        if (maxIterations < 1) {
            throw new BadParameterException("maxIterations", "segment.kmeans.maxIterations.tooSmall",
                    "the number of iterations must be at least 1, got " + maxIterations, maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new BadParameterException("tolerance", "segment.kmeans.tolerance.negative",
                    "the tolerance must be a number of at least 0, got " + tolerance, tolerance);
        }
    }

    /** {@code k} segments with the default restarts, iterations and tolerance. */
    public static KMeansParameters of(int k, long seed) {
        return new KMeansParameters(k, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, seed);
    }

    /** The same settings for another number of segments. */
    public KMeansParameters withK(int newK) {
        return new KMeansParameters(newK, restarts, maxIterations, tolerance, seed);
    }

    /** The same settings with another seed. */
    public KMeansParameters withSeed(long newSeed) {
        return new KMeansParameters(k, restarts, maxIterations, tolerance, newSeed);
    }

    /** Throws {@link BadParameterException} on {@code k} when the data has fewer rows than segments. */
    public void requireFits(FeatureMatrix data) {
        requireFits(data.rows());
    }

    /** Throws {@link BadParameterException} on {@code k} when {@code rows} is fewer than the segments. */
    public void requireFits(int rows) {
        requireFits(K.parameter(), k, rows);
    }

    /**
     * {@code k} when it lies in {@link #K}; otherwise a {@link BadParameterException} on {@code k}. The one check of
     * the smallest k, for every method that takes k.
     */
    public static int requireK(int k) {
        if (!K.contains(k)) {
            throw new BadParameterException(K.parameter(), "segment.kmeans.k.tooSmall",
                    "The number of segments must be at least " + K.min() + " (got " + k + ").", k);
        }
        return k;
    }

    /**
     * Throws {@link BadParameterException} on {@code parameter} when {@code k} segments are asked of fewer rows: the
     * one check of k against the rows, for every method that takes k (k-means, the k sweep, Gaussian mixtures).
     */
    public static void requireFits(String parameter, int k, int rows) {
        if (k > rows) {
            throw new BadParameterException(parameter, "segment.kmeans.k.moreThanRows",
                    k + " segments were asked for, but there are only " + rows + " rows.", k, rows);
        }
    }
}
