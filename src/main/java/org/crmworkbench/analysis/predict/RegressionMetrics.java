package org.crmworkbench.analysis.predict;

/** {@link FitMetrics} of predictions against actual values. */
final class RegressionMetrics {

    private RegressionMetrics() {
    }

    /**
     * RMSE, MAE, R² = 1 - SSE / SST with SST about the mean of {@code actual} (so a constant prediction of that mean
     * scores 0 and worse predictions score below 0), and MAPE in percent over the rows whose actual value is not 0.
     */
    static FitMetrics of(double[] actual, double[] predicted) {
        int n = actual.length;
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= n;
        double sse = 0;
        double sae = 0;
        double sst = 0;
        double ape = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            double e = actual[i] - predicted[i];
            sse += e * e;
            sae += Math.abs(e);
            sst += (actual[i] - mean) * (actual[i] - mean);
            if (actual[i] != 0) {
                ape += Math.abs(e / actual[i]);
                counted++;
            }
        }
        return new FitMetrics(Math.sqrt(sse / n), sae / n, sst > 0 ? 1 - sse / sst : Double.NaN,
                counted > 0 ? 100 * ape / counted : Double.NaN, n - counted);
    }

    static double rmse(double[] actual, double[] predicted) {
        double sse = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - predicted[i];
            sse += e * e;
        }
        return Math.sqrt(sse / actual.length);
    }
}
