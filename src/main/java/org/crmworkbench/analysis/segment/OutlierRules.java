package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;

/**
 * How far out a value must lie to be flagged.
 *
 * @param zThreshold     z-score rule: flag when {@code |x - mean| / sd} exceeds this (default 3)
 * @param iqrMultiplier  IQR rule: flag outside {@code [Q1 - m·IQR, Q3 + m·IQR]} (Tukey's fences, default 1.5)
 */
public record OutlierRules(double zThreshold, double iqrMultiplier) {
    public static final double DEFAULT_Z = 3.0;
    public static final double DEFAULT_IQR = 1.5;
    /** Every positive finite threshold. */
    public static final DoubleRange Z = new DoubleRange("z-threshold", Double.MIN_VALUE, Double.MAX_VALUE, 0.5);
    /** Every positive finite multiplier. */
    public static final DoubleRange IQR = new DoubleRange("iqr-multiplier", Double.MIN_VALUE, Double.MAX_VALUE, 0.5);

    public OutlierRules {
        if (!Z.contains(zThreshold)) {
            throw new BadParameterException(Z.parameter(), "segment.outliers.bad.z",
                    "the z-score threshold must be a positive number, not " + zThreshold, zThreshold);
        }
        if (!IQR.contains(iqrMultiplier)) {
            throw new BadParameterException(IQR.parameter(), "segment.outliers.bad.iqr",
                    "the IQR multiplier must be a positive number, not " + iqrMultiplier, iqrMultiplier);
        }
    }

    /** z &gt; 3 and Tukey's 1.5 IQR fences. */
    public static OutlierRules defaults() {
        return new OutlierRules(DEFAULT_Z, DEFAULT_IQR);
    }
}
