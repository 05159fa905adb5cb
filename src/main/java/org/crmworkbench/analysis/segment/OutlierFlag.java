package org.crmworkbench.analysis.segment;

/**
 * One row flagged as unusual on one feature.
 *
 * @param row      row index in the input
 * @param feature  feature name
 * @param value    the row's value (unscaled)
 * @param rule     the rule that flagged it
 * @param score    how far out: |z| for the z-score rule, distance beyond the fence in IQRs for the IQR rule
 * @param lowerLimit the rule's lower limit in the feature's units
 * @param upperLimit the rule's upper limit in the feature's units
 */
public record OutlierFlag(int row, String feature, double value, OutlierRule rule, double score,
                          double lowerLimit, double upperLimit) {

    /** How a value is judged unusual. */
    public enum OutlierRule {
        /** Further than a threshold of standard deviations from the mean. */
        Z_SCORE,
        /** Beyond Q1 - m·IQR or Q3 + m·IQR (Tukey's fences). */
        IQR
    }
}
