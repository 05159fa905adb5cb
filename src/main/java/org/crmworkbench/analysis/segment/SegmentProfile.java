package org.crmworkbench.analysis.segment;

import java.util.List;

/**
 * What one segment looks like to an analyst.
 *
 * @param segment         segment number (0-based), or {@link Clustering#NOISE} for the rows DBSCAN left out
 * @param size            rows in the segment
 * @param customerShare   size as a share of all rows, in [0, 1]
 * @param revenueShare    share of all revenue, in [0, 1]; NaN when the data has no revenue
 * @param features        feature names, in the order of the arrays below
 * @param medians         the segment's median of each feature, in the feature's own units
 * @param effects         (segment mean - overall mean) / overall standard deviation per feature: how far the
 *                        segment sits from the average customer, in standard deviations
 * @param traits          the features that set the segment apart most, strongest first
 */
public record SegmentProfile(int segment, int size, double customerShare, double revenueShare,
                             List<String> features, double[] medians, double[] effects, List<SegmentTrait> traits) {

    public SegmentProfile {
        features = List.copyOf(features);
        traits = List.copyOf(traits);
    }
}
