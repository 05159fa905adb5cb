package org.crmworkbench.analysis.segment;

/**
 * A feature on which a segment stands out.
 *
 * @param feature        feature name
 * @param higher         true when the segment is above the average customer
 * @param effect         |segment mean - overall mean| / overall standard deviation
 * @param segmentMedian  the segment's median, in the feature's units
 * @param overallMedian  everyone's median, in the feature's units
 */
public record SegmentTrait(String feature, boolean higher, double effect, double segmentMedian,
                           double overallMedian) {

    /** How strong a difference is, for wording: slightly, clearly, much. */
    public enum Strength { SLIGHT, CLEAR, STRONG }

    public Strength strength() {
        if (effect >= 1.0) {
            return Strength.STRONG;
        }
        return effect >= 0.5 ? Strength.CLEAR : Strength.SLIGHT;
    }
}
