package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.BadParameterException;

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

    public KMeansParameters {
        if (k < 2) {
            throw new BadParameterException("k", "segment.kmeans.k.tooSmall",
                    "the number of segments must be at least 2, got " + k, k);
        }
        if (restarts < 1) {
            throw new BadParameterException("restarts", "segment.kmeans.restarts.tooSmall",
                    "the number of restarts must be at least 1, got " + restarts, restarts);
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
        if (k > rows) {
            throw new BadParameterException("k", "segment.kmeans.k.moreThanRows",
                    k + " segments were asked for but there are only " + rows + " rows", k, rows);
        }
    }
}
