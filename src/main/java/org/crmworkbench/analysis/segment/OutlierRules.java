package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.BadParameterException;

/**
 * How far out a value must lie to be flagged.
 *
 * @param zThreshold     z-score rule: flag when {@code |x - mean| / sd} exceeds this (default 3)
 * @param iqrMultiplier  IQR rule: flag outside {@code [Q1 - m·IQR, Q3 + m·IQR]} (Tukey's fences, default 1.5)
 */
public record OutlierRules(double zThreshold, double iqrMultiplier) {
    public static final double DEFAULT_Z = 3.0;
    public static final double DEFAULT_IQR = 1.5;

    public OutlierRules {
        if (!(zThreshold > 0) || Double.isInfinite(zThreshold)) {
            throw new BadParameterException("z-threshold", "segment.outliers.bad.z",
                    "the z-score threshold must be a positive number, not " + zThreshold, zThreshold);
        }
        if (!(iqrMultiplier > 0) || Double.isInfinite(iqrMultiplier)) {
            throw new BadParameterException("iqr-multiplier", "segment.outliers.bad.iqr",
                    "the IQR multiplier must be a positive number, not " + iqrMultiplier, iqrMultiplier);
        }
    }

    /** z &gt; 3 and Tukey's 1.5 IQR fences. */
    public static OutlierRules defaults() {
        return new OutlierRules(DEFAULT_Z, DEFAULT_IQR);
    }
}
