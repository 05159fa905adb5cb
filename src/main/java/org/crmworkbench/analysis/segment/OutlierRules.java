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
    /** Thresholds that flag something but not everything: below 0.1 nearly every value is "out". */
    public static final DoubleRange Z = new DoubleRange("z-threshold", 0.1, 100, 0.5);
    /** Multipliers likewise (Tukey's fences use 1.5 and 3). */
    public static final DoubleRange IQR = new DoubleRange("iqr-multiplier", 0.1, 100, 0.5);

    public OutlierRules {
        if (!Z.contains(zThreshold)) {
            throw new BadParameterException(Z.parameter(), "segment.outliers.bad.z",
                    "the z-score threshold must be from " + Z.min() + " to " + Z.max() + ", not " + zThreshold,
                    zThreshold, Z.min(), Z.max());
        }
        if (!IQR.contains(iqrMultiplier)) {
            throw new BadParameterException(IQR.parameter(), "segment.outliers.bad.iqr",
                    "the IQR multiplier must be from " + IQR.min() + " to " + IQR.max() + ", not " + iqrMultiplier,
                    iqrMultiplier, IQR.min(), IQR.max());
        }
    }

    /** z &gt; 3 and Tukey's 1.5 IQR fences. */
    public static OutlierRules defaults() {
        return new OutlierRules(DEFAULT_Z, DEFAULT_IQR);
    }
}
