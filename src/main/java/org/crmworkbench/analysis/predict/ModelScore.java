package org.crmworkbench.analysis.predict;

import java.util.List;

/**
 * One row of the regression comparison table.
 *
 * @param settings the model and knobs
 * @param test     metrics on the held-out rows
 * @param folds    metrics per cross-validation fold
 */
public record ModelScore(RegressionSettings settings, FitMetrics test, List<FitMetrics> folds) {
    public ModelScore {
        folds = List.copyOf(folds);
    }

    /** Mean RMSE over the folds (NaN without folds). */
    public double cvRmse() {
        return folds.stream().mapToDouble(FitMetrics::rmse).average().orElse(Double.NaN);
    }

    /** Standard deviation of the fold RMSEs (NaN with fewer than two folds). */
    public double cvRmseSd() {
        return spread(folds.stream().mapToDouble(FitMetrics::rmse).toArray());
    }

    static double spread(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }
}
