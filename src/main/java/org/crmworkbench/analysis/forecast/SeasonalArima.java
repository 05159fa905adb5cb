package org.crmworkbench.analysis.forecast;

import org.crmworkbench.work.Progress;

/**
 * Seasonal ARIMA with orders chosen automatically, fitted by conditional sum of squares ({@link ArimaFit}).
 *
 * <p>Differencing: {@code D = 1} when the seasonal strength of a classical decomposition,
 * {@code max(0, 1 - var(remainder) / var(season + remainder))}, exceeds 0.64 (the threshold of Wang, Smith and
 * Hyndman); then {@code d = 1} when the KPSS level-stationarity statistic of the (seasonally differenced) series
 * exceeds its 5% critical value 0.463 (Bartlett window, {@code trunc(4 (n/100)^0.25)} lags). Orders: every
 * {@code p, q in 0..2}, {@code P, Q in 0..1} (seasonal terms only when the differenced series spans three seasons),
 * with a constant when {@code d + D <= 1}; the lowest AICc wins. All candidates condition on the same first
 * {@code 2 + m P_max} differenced periods so that their criteria sum the same residuals.
 */
public final class SeasonalArima implements Forecaster {
    static final double SEASONAL_STRENGTH = 0.64;
    static final double KPSS_CRITICAL_5 = 0.463;

    @Override
    public ForecastModel model() {
        return ForecastModel.ARIMA;
    }

    @Override
    public int minimumLength(int season) {
        return Math.max(2 * season + 8, 16);
    }

    /**
     * Chooses the orders on the history up to the first origin; every origin then refits those orders' coefficients
     * (twelve full order searches per backtest would cost twelve times as much for little change).
     */
    @Override
    public Forecaster forBacktest(double[] firstHistory, int season, Progress progress) {
        ArimaFit chosen = (ArimaFit) fit(firstHistory, season, progress);
        ArimaOrders orders = chosen.orders();
        int start = chosen.start();
        SeasonalArima self = this;
        return new Forecaster() {
            @Override
            public ForecastModel model() {
                return ForecastModel.ARIMA;
            }

            @Override
            public int minimumLength(int m) {
                return self.minimumLength(m);
            }

            @Override
            public FittedForecaster fit(double[] y, int m, Progress p) {
                return ArimaFit.fit(y, orders, start, p);
            }
        };
    }

    @Override
    public FittedForecaster fit(double[] y, int season, Progress progress) {
        int m = season;
        int seasonalD = m > 1 && y.length >= 2 * m && seasonalStrength(y, m) > SEASONAL_STRENGTH ? 1 : 0;
        double[] x = seasonalD == 1 ? ArimaFit.difference(y, new ArimaOrders(0, 0, 0, 0, 1, 0, m, false)) : y;
        int d = kpss(x) > KPSS_CRITICAL_5 ? 1 : 0;
        int nw = y.length - d - seasonalD * m;
        boolean seasonalTerms = m > 1 && nw >= 3 * m;
        boolean constant = d + seasonalD <= 1;
        int start = 2 + (seasonalTerms ? m : 0);
        ArimaFit best = null;
        double bestAicc = Double.POSITIVE_INFINITY;
        int maxSeasonal = seasonalTerms ? 1 : 0;
        for (int p = 0; p <= 2; p++) {
            for (int q = 0; q <= 2; q++) {
                for (int sp = 0; sp <= maxSeasonal; sp++) {
                    for (int sq = 0; sq <= maxSeasonal; sq++) {
                        progress.checkCancelled();
                        ArimaOrders orders = new ArimaOrders(p, d, q, sp, seasonalD, sq, m, constant);
                        int used = nw - start;
                        if (used - orders.coefficients() - 3 < 1) {
                            continue;
                        }
                        ArimaFit fit = ArimaFit.fit(y, orders, start, progress);
                        double aicc = fit.aicc();
                        if (aicc < bestAicc) {
                            bestAicc = aicc;
                            best = fit;
                        }
                    }
                }
            }
        }
        if (best == null) {
            best = ArimaFit.fit(y, new ArimaOrders(0, d, 0, 0, seasonalD, 0, m, constant), Math.min(start, 0),
                    progress);
        }
        return best;
    }

    /**
     * Fits fixed orders by conditional sum of squares, conditioning on the first {@code p + m P} differenced periods
     * (for comparisons with other software and for re-fitting a chosen model).
     */
    public FittedForecaster fitOrders(double[] y, ArimaOrders orders, Progress progress) {
        return ArimaFit.fit(y, orders, orders.p() + orders.season() * orders.seasonalP(), progress);
    }

    /** Seasonal strength of a classical additive decomposition (centred moving average trend). */
    static double seasonalStrength(double[] y, int m) {
        int n = y.length;
        double[] trend = new double[n];
        java.util.Arrays.fill(trend, Double.NaN);
        int half = m / 2;
        for (int t = half; t < n - half; t++) {
            double s = 0;
            if (m % 2 == 0) {
                for (int k = -half; k <= half; k++) {
                    double w = Math.abs(k) == half ? 0.5 : 1;
                    s += w * y[t + k];
                }
            } else {
                for (int k = -half; k <= half; k++) {
                    s += y[t + k];
                }
            }
            trend[t] = s / m;
        }
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(trend[t])) {
                sum[t % m] += y[t] - trend[t];
                count[t % m]++;
            }
        }
        double[] seasonal = new double[m];
        double centre = 0;
        for (int k = 0; k < m; k++) {
            seasonal[k] = count[k] > 0 ? sum[k] / count[k] : 0;
            centre += seasonal[k] / m;
        }
        double[] remainder = new double[n];
        double[] detrended = new double[n];
        int used = 0;
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(trend[t])) {
                detrended[used] = y[t] - trend[t];
                remainder[used] = detrended[used] - (seasonal[t % m] - centre);
                used++;
            }
        }
        double varR = variance(remainder, used);
        double varSR = variance(detrended, used);
        return varSR > 0 ? Math.max(0, 1 - varR / varSR) : 0;
    }

    private static double variance(double[] v, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += v[i] / n;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (v[i] - mean) * (v[i] - mean);
        }
        return n > 1 ? s / (n - 1) : 0;
    }

    /** KPSS level-stationarity statistic with a Bartlett long-run variance. */
    static double kpss(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double[] e = new double[n];
        double partial = 0;
        double eta = 0;
        double s0 = 0;
        for (int t = 0; t < n; t++) {
            e[t] = x[t] - mean;
            partial += e[t];
            eta += partial * partial;
            s0 += e[t] * e[t];
        }
        int lags = (int) Math.floor(4 * Math.pow(n / 100.0, 0.25));
        double lrv = s0;
        for (int l = 1; l <= lags; l++) {
            double c = 0;
            for (int t = l; t < n; t++) {
                c += e[t] * e[t - l];
            }
            lrv += 2 * (1 - l / (lags + 1.0)) * c;
        }
        lrv /= n;
        return lrv > 0 ? eta / ((double) n * n * lrv) : 0;
    }
}
