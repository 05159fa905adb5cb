package org.crmworkbench.analysis.forecast;

import java.util.Arrays;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Seasonal naive: each period repeats the same period one season earlier. Its one-step errors are the m-lag
 * differences; sigma is their root mean square, and the interval {@code h} steps ahead has standard deviation
 * {@code sigma * sqrt(k + 1)} with {@code k = floor((h - 1) / m)} (normal quantiles).
 */
public final class SeasonalNaive implements Forecaster {

    @Override
    public ForecastModel model() {
        return ForecastModel.SEASONAL_NAIVE;
    }

    @Override
    public int minimumLength(int season) {
        return season + 1;
    }

    @Override
    public FittedForecaster fit(double[] y, int season, Progress progress) {
        progress.checkCancelled();
        int n = y.length;
        int m = season;
        double[] fitted = new double[n];
        Arrays.fill(fitted, Double.NaN);
        double sse = 0;
        for (int t = m; t < n; t++) {
            fitted[t] = y[t - m];
            double e = y[t] - y[t - m];
            sse += e * e;
        }
        int count = Math.max(0, n - m);
        double sigma = count > 0 ? Math.sqrt(sse / count) : Double.NaN;
        double[] last = Arrays.copyOfRange(y, n - m, n);
        FittedParameters parameters = new FittedParameters("Seasonal naive [" + m + "]",
                List.of(new FittedParameters.Parameter("sigma", sigma)),
                List.of(new FittedParameters.State("season", last.clone())), sse, count);
        return new FittedHistory(fitted, parameters) {
            @Override
            public double[] mean(int h) {
                double[] mean = new double[h];
                for (int i = 0; i < h; i++) {
                    mean[i] = last[i % m];
                }
                return mean;
            }

            @Override
            public List<ForecastBand> bands(int h, int[] levels, long seed) {
                double[] sd = new double[h];
                for (int i = 0; i < h; i++) {
                    sd[i] = sigma * Math.sqrt(i / m + 1);
                }
                return PredictionIntervals.normal(mean(h), sd, levels);
            }
        };
    }
}
