package org.crmworkbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A segmentation run as stored: its parameters, its segments and which segment each customer is in.
 *
 * @param id          the run's id in {@code analysis_runs} (0 before it is saved)
 * @param algorithm   {@code kmeans}, {@code dbscan}, {@code gmm}
 * @param k           segments asked for, or null for DBSCAN
 * @param eps         DBSCAN's radius, or null
 * @param minPts      DBSCAN's minimum neighbourhood size, or null
 * @param restarts    k-means restarts, or null
 * @param seed        the random seed
 * @param scaling     {@code none|zscore|minmax|robust}
 * @param features    features in the order used
 * @param asOf        the date recency and tenure were measured from
 * @param silhouette  mean silhouette width of the result (NaN when unknown)
 * @param startedAt   when the run started
 * @param appVersion  the version of the workbench that made it
 * @param segments    the segments with their names
 * @param customerIds internal customer id per assignment
 * @param labels      segment per customer, parallel to {@code customerIds}; -1 for noise
 */
public record SegmentRunRecord(long id, String algorithm, Integer k, Double eps, Integer minPts, Integer restarts,
                               long seed, String scaling, List<String> features, LocalDate asOf, double silhouette,
                               Instant startedAt, String appVersion, List<NamedSegment> segments,
                               long[] customerIds, int[] labels) {

    public SegmentRunRecord {
        Objects.requireNonNull(algorithm, "algorithm");
        features = List.copyOf(features);
        segments = List.copyOf(segments);
        if (customerIds.length != labels.length) {
            throw new IllegalArgumentException("one label per customer");
        }
    }

    /** The same run under another id (the one the database gave it). */
    public SegmentRunRecord withId(long newId) {
        return new SegmentRunRecord(newId, algorithm, k, eps, minPts, restarts, seed, scaling, features, asOf,
                silhouette, startedAt, appVersion, segments, customerIds, labels);
    }

    /**
     * One segment of a run.
     *
     * @param segment      number (-1 for noise)
     * @param name         the name the analyst gave or accepted
     * @param customers    members
     * @param revenueShare share of revenue (NaN when unknown)
     */
    public record NamedSegment(int segment, String name, int customers, double revenueShare) {
    }
}
