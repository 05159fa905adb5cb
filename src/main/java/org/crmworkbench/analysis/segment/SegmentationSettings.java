package org.crmworkbench.analysis.segment;

import java.util.Objects;
import org.crmworkbench.work.BadParameterException;

/**
 * What one segmentation run is asked to do, apart from the features: the method and its parameters.
 * Records compare by value, so settings double as the key of a cache of results.
 *
 * @param algorithm the method
 * @param k         segments (k-means, GMM); ignored by DBSCAN
 * @param eps       DBSCAN's neighbourhood radius in scaled units; ignored otherwise
 * @param minPts    DBSCAN's minimum neighbourhood size, the row itself counted; ignored otherwise
 * @param restarts  k-means restarts
 * @param seed      random seed of every random choice
 */
public record SegmentationSettings(SegmentAlgorithm algorithm, int k, double eps, int minPts, int restarts,
                                   long seed) {
    public static final long DEFAULT_SEED = 20_261_123L;

    public SegmentationSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm == SegmentAlgorithm.DBSCAN) {
            new DbscanParameters(eps, minPts);
            k = 0;
            restarts = 0;
        } else {
            eps = 0;
            minPts = 0;
            if (algorithm == SegmentAlgorithm.KMEANS) {
                new KMeansParameters(k, restarts, KMeansParameters.DEFAULT_MAX_ITERATIONS,
                        KMeansParameters.DEFAULT_TOLERANCE, seed);
            } else {
                restarts = 0;
                KMeansParameters.requireK(k);
            }
        }
    }

    public static SegmentationSettings kMeans(int k, long seed) {
        return new SegmentationSettings(SegmentAlgorithm.KMEANS, k, 0, 0, KMeansParameters.DEFAULT_RESTARTS, seed);
    }

    public static SegmentationSettings dbscan(double eps, int minPts) {
        return new SegmentationSettings(SegmentAlgorithm.DBSCAN, 0, eps, minPts, 0, DEFAULT_SEED);
    }

    public static SegmentationSettings gmm(int k, long seed) {
        return new SegmentationSettings(SegmentAlgorithm.GMM, k, 0, 0, 0, seed);
    }

    /** Throws {@link BadParameterException} on {@code k} when the method takes k and {@code rows} are fewer. */
    public void requireFits(int rows) {
        if (algorithm.takesK()) {
            KMeansParameters.requireFits(KMeansParameters.K.parameter(), k, rows);
        }
    }

    public SegmentationSettings withK(int newK) {
        return new SegmentationSettings(algorithm, newK, eps, minPts, restarts, seed);
    }
}
