package org.crmworkbench.analysis.segment;

import java.util.List;

/**
 * Rows placed on the plane of the first two principal components of the (scaled) features.
 *
 * @param x              first component score per row
 * @param y              second component score per row
 * @param explained      share of total variance each axis explains, {@code [pc1, pc2]}
 * @param mean           feature means the data was centred with
 * @param axes           the two unit directions in feature space, {@code axes[0]} and {@code axes[1]}
 * @param features       feature names, in the order of {@code mean} and the axes
 */
public record Projection(double[] x, double[] y, double[] explained, double[] mean, double[][] axes,
                         List<String> features) {

    /** Places any point of the feature space (a centroid, say) on the plane: {@code [x, y]}. */
    public double[] project(double[] point) {
        double px = 0;
        double py = 0;
        for (int j = 0; j < mean.length; j++) {
            double c = point[j] - mean[j];
            px += c * axes[0][j];
            py += c * axes[1][j];
        }
        return new double[] {px, py};
    }
}
