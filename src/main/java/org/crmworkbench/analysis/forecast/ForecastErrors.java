package org.crmworkbench.analysis.forecast;

import java.util.List;

/**
 * Error measures of backtest forecasts: MAE, RMSE, MAPE in percent (periods whose actual is 0 left out; NaN when
 * all are), and MASE, the MAE over the in-sample MAE of the seasonal naive one-step forecast on the history
 * ({@code mean |y_t - y_t-m|}; lag 1 when the history is a season or shorter).
 */
public final class ForecastErrors {

    private ForecastErrors() {
    }

    /** The seasonal naive scale of MASE on {@code y}; NaN when it is 0 or cannot be computed. */
    public static double naiveScale(double[] y, int season) {
        int lag = season < y.length ? season : 1;
        double sum = 0;
        int count = 0;
        for (int t = lag; t < y.length; t++) {
            sum += Math.abs(y[t] - y[t - lag]);
            count++;
        }
        return count > 0 && sum > 0 ? sum / count : Double.NaN;
    }

    /** The errors of {@code points} with MASE scaled by {@code scale}. */
    public static BacktestErrors of(List<BacktestPoint> points, double scale) {
        double abs = 0;
        double sq = 0;
        double pct = 0;
        int pctCount = 0;
        for (BacktestPoint p : points) {
            double e = p.actual() - p.forecast();
            abs += Math.abs(e);
            sq += e * e;
            if (p.actual() != 0) {
                pct += Math.abs(e / p.actual());
                pctCount++;
            }
        }
        int n = points.size();
        double mae = n > 0 ? abs / n : Double.NaN;
        return new BacktestErrors(mae, n > 0 ? Math.sqrt(sq / n) : Double.NaN,
                pctCount > 0 ? 100 * pct / pctCount : Double.NaN, mae / scale);
    }
}
