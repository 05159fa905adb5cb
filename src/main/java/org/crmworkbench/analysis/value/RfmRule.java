package org.crmworkbench.analysis.value;

/**
 * One segment rule: a customer whose recency score R and mean frequency-monetary score FM = (F + M) / 2 both lie
 * within the bounds (inclusive) belongs to {@code segment}, unless an earlier rule took them.
 *
 * @param segment the segment named
 * @param rMin    lowest R score
 * @param rMax    highest R score
 * @param fmMin   lowest FM
 * @param fmMax   highest FM
 */
public record RfmRule(RfmSegment segment, double rMin, double rMax, double fmMin, double fmMax) {
    private static final double SLACK = 1e-9;

    /** True when scores {@code r} and {@code fm} lie within the bounds. */
    public boolean matches(int r, double fm) {
        return r >= rMin - SLACK && r <= rMax + SLACK && fm >= fmMin - SLACK && fm <= fmMax + SLACK;
    }
}
