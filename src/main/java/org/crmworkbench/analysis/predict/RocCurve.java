package org.crmworkbench.analysis.predict;

/**
 * Receiver operating characteristic of scores against 0/1 outcomes: one point per distinct score, from (0, 0) to
 * (1, 1), ties taken together.
 *
 * @param falsePositiveRate x of each point
 * @param truePositiveRate  y of each point
 * @param thresholds        the score at or above which rows count as positive at each point (+infinity first)
 * @param auc               area under the curve (ties count one half)
 */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double[] thresholds, double auc) {
    public RocCurve {
        if (falsePositiveRate.length != truePositiveRate.length || thresholds.length != truePositiveRate.length) {
            throw new IllegalArgumentException("one rate pair per threshold");
        }
    }
}
