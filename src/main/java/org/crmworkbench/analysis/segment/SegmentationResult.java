package org.crmworkbench.analysis.segment;

import java.util.List;

/**
 * Everything one segmentation run produced.
 *
 * @param settings   what was asked
 * @param features   the prepared features it ran on
 * @param clustering the segments
 * @param quality    how well they separate
 * @param projection every row on the first two principal components
 * @param profiles   one profile per segment (noise last)
 * @param outliers   rows with unusual values
 */
public record SegmentationResult(SegmentationSettings settings, PreparedFeatures features, Clustering clustering,
                                 QualityScores quality, Projection projection, List<SegmentProfile> profiles,
                                 Outliers outliers) {
    public SegmentationResult {
        profiles = List.copyOf(profiles);
    }
}
