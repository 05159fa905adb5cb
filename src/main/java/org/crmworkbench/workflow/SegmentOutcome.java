package org.crmworkbench.workflow;

import org.crmworkbench.analysis.segment.KChoice;
import org.crmworkbench.analysis.segment.KDistanceCurve;
import org.crmworkbench.analysis.segment.PreparedFeatures;
import org.crmworkbench.analysis.segment.SegmentationResult;

/**
 * What a segmentation found.
 *
 * @param features     the prepared features it ran on
 * @param result       the segments, their profiles, quality scores and outliers
 * @param kChoice      the k-choice scores: of every k of a sweep, or of the one k of a k-means run (with its
 *                     stability); null for DBSCAN and GMM
 * @param kDistances   DBSCAN's k-distance curve, or null for the other methods
 * @param epsSuggested true when DBSCAN's eps was not given and the curve's knee was used
 */
public record SegmentOutcome(PreparedFeatures features, SegmentationResult result, KChoice kChoice,
                             KDistanceCurve kDistances, boolean epsSuggested) {

    /** The k-choice scores when several k were scored (the k-choice chart), else null. */
    public KChoice sweep() {
        return kChoice != null && kChoice.scores().size() > 1 ? kChoice : null;
    }
}
