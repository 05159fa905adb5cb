package org.crmworkbench.analysis.segment;

import java.util.Objects;

/**
 * The result of one clustering run: a segment per row, numbered from 0, or {@link #NOISE} for rows a density method
 * left out; the centre of each segment in the space the algorithm saw (the scaled features).
 *
 * @param algorithm     {@code kmeans}, {@code dbscan}, {@code gmm}, ...
 * @param labels        segment per row, {@code 0 .. clusterCount-1} or {@link #NOISE}
 * @param clusterCount  number of segments (noise not counted)
 * @param centroids     {@code clusterCount} centres, each {@code cols} long (mean of the members)
 * @param iterations    iterations of the winning run (0 where the method has none)
 * @param wcss          within-cluster sum of squared distances to the centres, noise excluded
 */
public record Clustering(String algorithm, int[] labels, int clusterCount, double[][] centroids, int iterations,
                         double wcss) {
    public static final int NOISE = -1;

    public Clustering {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(labels, "labels");
        if (centroids.length != clusterCount) {
            throw new IllegalArgumentException(centroids.length + " centroids for " + clusterCount + " clusters");
        }
    }

    /** Rows in each segment. */
    public int[] sizes() {
        int[] sizes = new int[clusterCount];
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
            }
        }
        return sizes;
    }

    public int noiseCount() {
        int n = 0;
        for (int label : labels) {
            if (label == NOISE) {
                n++;
            }
        }
        return n;
    }

    /** Mean of the member rows per segment, the centroid any method can report. */
    public static double[][] meansOf(FeatureMatrix data, int[] labels, int clusterCount) {
        int d = data.cols();
        double[][] sums = new double[clusterCount][d];
        int[] counts = new int[clusterCount];
        double[] v = data.values();
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0) {
                continue;
            }
            counts[c]++;
            for (int j = 0; j < d; j++) {
                sums[c][j] += v[i * d + j];
            }
        }
        for (int c = 0; c < clusterCount; c++) {
            for (int j = 0; j < d && counts[c] > 0; j++) {
                sums[c][j] /= counts[c];
            }
        }
        return sums;
    }

    /** Sum of squared distances from each non-noise row to its segment's centre. */
    public static double wcssOf(FeatureMatrix data, int[] labels, double[][] centroids) {
        int d = data.cols();
        double[] v = data.values();
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0) {
                continue;
            }
            double[] m = centroids[c];
            for (int j = 0; j < d; j++) {
                double diff = v[i * d + j] - m[j];
                total += diff * diff;
            }
        }
        return total;
    }
}
