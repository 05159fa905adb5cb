package org.crmworkbench.analysis.predict;

/**
 * Counts of right and wrong calls when rows scored at or above {@code threshold} are called positive.
 */
public record ConfusionMatrix(double threshold, int truePositives, int falsePositives, int trueNegatives,
                              int falseNegatives) {

    /** Calls every row with score at or above {@code threshold} positive. */
    public static ConfusionMatrix at(double threshold, double[] actual, double[] scores) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < actual.length; i++) {
            boolean called = scores[i] >= threshold;
            boolean positive = actual[i] == 1;
            if (called && positive) {
                tp++;
            } else if (called) {
                fp++;
            } else if (positive) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(threshold, tp, fp, tn, fn);
    }

    public int total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    /** Share of rows called positive that are (NaN when none are called). */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of positives called (sensitivity). */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Share of negatives not called. */
    public double specificity() {
        return ratio(trueNegatives, trueNegatives + falsePositives);
    }

    /** Harmonic mean of precision and recall; 0 when nothing is called right. */
    public double f1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? Double.NaN : 2.0 * truePositives / denominator;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
