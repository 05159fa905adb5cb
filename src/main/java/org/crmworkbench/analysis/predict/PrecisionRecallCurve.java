package org.crmworkbench.analysis.predict;

/**
 * Precision against recall as the threshold falls, one point per distinct score.
 *
 * @param recall           x of each point
 * @param precision        y of each point
 * @param thresholds       the score at or above which rows count as positive at each point
 * @param averagePrecision the step-wise area, as scikit-learn's {@code average_precision_score}
 * @param baseRate         share of positives (the precision of guessing)
 */
public record PrecisionRecallCurve(double[] recall, double[] precision, double[] thresholds, double averagePrecision,
                                   double baseRate) {
    public PrecisionRecallCurve {
        if (recall.length != precision.length || thresholds.length != precision.length) {
            throw new IllegalArgumentException("one precision and recall per threshold");
        }
    }
}
