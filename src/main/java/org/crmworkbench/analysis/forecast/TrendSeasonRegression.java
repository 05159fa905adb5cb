package org.crmworkbench.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Linear trend plus one term per season, fitted by ordinary least squares:
 * {@code y_t = a + b t + s_(t mod m) + e_t} with {@code s} of the first season 0 (t counts from 0 at the first
 * period). Intervals use the OLS prediction variance {@code s^2 (1 + x0' (X'X)^-1 x0)} with Student t quantiles on
 * {@code n - (m + 1)} degrees of freedom.
 *
 * <p>The normal equations (at most 53 columns) are solved here by a Cholesky factorisation on a centred time
 * column rather than through Smile's data-frame OLS: the design is tiny and fixed, and the inverse of
 * {@code X'X} is needed for the prediction variance anyway.
 */
public final class TrendSeasonRegression implements Forecaster {

    @Override
    public ForecastModel model() {
        return ForecastModel.TREND_SEASON;
    }

    @Override
    public int minimumLength(int season) {
        return Math.max(2 * season, season + 3);
    }

    @Override
    public FittedForecaster fit(double[] y, int season, Progress progress) {
        progress.checkCancelled();
        int n = y.length;
        int m = season;
        int p = m + 1;
        double centre = (n - 1) / 2.0;
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        double[] row = new double[p];
        for (int t = 0; t < n; t++) {
            design(t, centre, m, row);
            for (int i = 0; i < p; i++) {
                xty[i] += row[i] * y[t];
                for (int j = 0; j < p; j++) {
                    xtx[i][j] += row[i] * row[j];
                }
            }
        }
        double[][] inverse = SymmetricInverse.of(xtx);
        double[] beta = new double[p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                beta[i] += inverse[i][j] * xty[j];
            }
        }
        double[] fitted = new double[n];
        double sse = 0;
        for (int t = 0; t < n; t++) {
            design(t, centre, m, row);
            fitted[t] = dot(row, beta);
            double e = y[t] - fitted[t];
            sse += e * e;
        }
        int df = n - p;
        double sigma2 = df > 0 ? sse / df : Double.NaN;
        double intercept = beta[0] - beta[1] * centre;
        double slope = beta[1];
        List<FittedParameters.Parameter> params = new ArrayList<>();
        params.add(new FittedParameters.Parameter("intercept", intercept));
        params.add(new FittedParameters.Parameter("slope", slope));
        double[] seasonal = new double[m];
        for (int k = 1; k < m; k++) {
            seasonal[k] = beta[k + 1];
            params.add(new FittedParameters.Parameter("season " + (k + 1), beta[k + 1]));
        }
        params.add(new FittedParameters.Parameter("sigma", Math.sqrt(sigma2)));
        FittedParameters parameters = new FittedParameters("Linear trend + season [" + m + "]", params,
                List.of(new FittedParameters.State("level", new double[] {intercept}),
                        new FittedParameters.State("trend", new double[] {slope}),
                        new FittedParameters.State("season", seasonal)), sse, n);
        return new FittedHistory(fitted, parameters) {
            @Override
            public double[] mean(int h) {
                double[] mean = new double[h];
                double[] x = new double[p];
                for (int i = 0; i < h; i++) {
                    design(n + i, centre, m, x);
                    mean[i] = dot(x, beta);
                }
                return mean;
            }

            @Override
            public List<ForecastBand> bands(int h, int[] levels, long seed) {
                double[] sd = new double[h];
                double[] x = new double[p];
                for (int i = 0; i < h; i++) {
                    design(n + i, centre, m, x);
                    double q = 0;
                    for (int a = 0; a < p; a++) {
                        for (int b = 0; b < p; b++) {
                            q += x[a] * inverse[a][b] * x[b];
                        }
                    }
                    sd[i] = Math.sqrt(sigma2 * (1 + q));
                }
                return PredictionIntervals.student(mean(h), sd, df, levels);
            }
        };
    }

    private static void design(int t, double centre, int m, double[] row) {
        Arrays.fill(row, 0);
        row[0] = 1;
        row[1] = t - centre;
        int s = t % m;
        if (s > 0) {
            row[s + 1] = 1;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
