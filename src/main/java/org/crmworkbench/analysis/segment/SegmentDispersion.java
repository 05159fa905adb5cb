package org.crmworkbench.analysis.segment;

/**
 * How spread out the segments are: the means, sizes and mean member-to-mean distance of the non-empty segments, and
 * the within- and between-segment sums of squares; from these come WCSS, Davies-Bouldin and Calinski-Harabasz.
 */
record SegmentDispersion(int n, int groups, double[][] means, int[] size, double[] spread, double within,
                         double between) {
    static SegmentDispersion of(FeatureMatrix data, int[] labels) {
        ClusterQuality.checkLength(data, labels);
        int maxLabel = -1;
        for (int label : labels) {
            maxLabel = Math.max(maxLabel, label);
        }
        int clusters = maxLabel + 1;
        double[][] means = Clustering.meansOf(data, labels, clusters);
        int[] size = new int[clusters];
        int n = 0;
        for (int label : labels) {
            if (label >= 0) {
                size[label]++;
                n++;
            }
        }
        int d = data.cols();
        double[] x = data.values();
        double[] spread = new double[clusters];
        double within = 0;
        double[] overall = new double[d];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (c < 0) {
                continue;
            }
            double sq = 0;
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j];
                overall[j] += v;
                double diff = v - means[c][j];
                sq += diff * diff;
            }
            within += sq;
            spread[c] += Math.sqrt(sq);
        }
        int groups = 0;
        for (int c = 0; c < clusters; c++) {
            if (size[c] > 0) {
                spread[c] /= size[c];
                groups++;
            }
        }
        double between = 0;
        for (int j = 0; j < d && n > 0; j++) {
            overall[j] /= n;
        }
        for (int c = 0; c < clusters; c++) {
            if (size[c] > 0) {
                double sq = 0;
                for (int j = 0; j < d; j++) {
                    double diff = means[c][j] - overall[j];
                    sq += diff * diff;
                }
                between += size[c] * sq;
            }
        }
        return new SegmentDispersion(n, groups, means, size, spread, within, between);
    }

    double wcss() {
        return within;
    }

    double calinskiHarabasz() {
        if (groups < 2) {
            return Double.NaN;
        }
        if (within == 0) {
            return 1.0;
        }
        return between * (n - groups) / (within * (groups - 1));
    }

    double daviesBouldin() {
        if (groups < 2) {
            return Double.NaN;
        }
        int clusters = size.length;
        double total = 0;
        boolean anySpread = false;
        boolean anyApart = false;
        for (int c = 0; c < clusters; c++) {
            if (size[c] == 0) {
                continue;
            }
            anySpread |= spread[c] > 0;
            double worst = 0;
            for (int o = 0; o < clusters; o++) {
                if (o == c || size[o] == 0) {
                    continue;
                }
                double sq = 0;
                for (int j = 0; j < means[c].length; j++) {
                    double diff = means[c][j] - means[o][j];
                    sq += diff * diff;
                }
                if (sq > 0) {
                    anyApart = true;
                    worst = Math.max(worst, (spread[c] + spread[o]) / Math.sqrt(sq));
                }
            }
            total += worst;
        }
        if (!anySpread || !anyApart) {
            return 0;
        }
        return total / groups;
    }
}
