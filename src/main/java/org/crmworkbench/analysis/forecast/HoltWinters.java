package org.crmworkbench.analysis.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.work.Progress;

/**
 * Holt-Winters exponential smoothing with an additive (undamped) trend and additive or multiplicative seasonality.
 *
 * <p><b>Initial states</b> come from the classical heuristic on the first two seasons and are not refined by the
 * optimiser: trend {@code b = (mean(season 2) - mean(season 1)) / m}, level at the last period of the first season
 * {@code mean(season 1) + b (m - 1) / 2}, and seasonal terms from the first season around that line (differences,
 * or ratios normalised to mean 1). The recursions start at period {@code m + 1}, so the first season has no fitted
 * value and {@code sse} sums the {@code n - m} one-step errors after it.
 *
 * <p><b>Smoothing parameters</b> alpha, beta, gamma minimise that sum of squared one-step errors with
 * {@code 0 < alpha < 1}, {@code 0 <= beta <= alpha}, {@code 0 <= gamma <= 1 - alpha} (statsmodels' bounds; beta
 * smooths the trend as {@code b_t = beta (l_t - l_t-1) + (1 - beta) b_t-1}, the seasonal update uses
 * {@code l_t-1 + b_t-1} as statsmodels does). The search maps the box {@code [0,1]^3} onto these bounds, starts
 * from the best point of a 6 x 6 x 6 grid and runs {@link ParameterSearch} (bounded Nelder-Mead with restarts).
 *
 * <p><b>Intervals</b>: additive, the ETS(A,A,A) variance {@code sigma^2 (1 + sum_(j<h) c_j^2)} with
 * {@code c_j = alpha (1 + j beta) + gamma [j mod m = 0]}; multiplicative, {@value #PATHS} simulated paths of the
 * same recursions with normal additive errors of the fitted sigma (seeded), whose percentiles bound the band.
 * Sigma squared is {@code sse / (n - m - 3)}.
 */
public final class HoltWinters implements Forecaster {
    /** Simulated paths for the multiplicative model's intervals. */
    public static final int PATHS = 2000;
    private static final int GRID = 6;
    private static final double ALPHA_LOW = 1e-4;
    private static final double ALPHA_HIGH = 1 - 1e-4;

    private final boolean multiplicative;

    /** @param multiplicative multiplicative seasonality (positive series only) instead of additive */
    public HoltWinters(boolean multiplicative) {
        this.multiplicative = multiplicative;
    }

    @Override
    public ForecastModel model() {
        return multiplicative ? ForecastModel.HOLT_WINTERS_MULTIPLICATIVE : ForecastModel.HOLT_WINTERS_ADDITIVE;
    }

    @Override
    public int minimumLength(int season) {
        return 2 * season + 2;
    }

    /** The classical initial states: {level, trend, season_1..season_m}. */
    double[] initialStates(double[] y, int m) {
        double mean1 = 0;
        double mean2 = 0;
        for (int i = 0; i < m; i++) {
            mean1 += y[i] / m;
            mean2 += y[m + i] / m;
        }
        double b = (mean2 - mean1) / m;
        double[] states = new double[m + 2];
        states[0] = mean1 + b * (m - 1) / 2.0;
        states[1] = b;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double line = mean1 + b * (i - (m - 1) / 2.0);
            states[i + 2] = multiplicative ? y[i] / line : y[i] - line;
            sum += states[i + 2];
        }
        if (multiplicative) {
            for (int i = 0; i < m; i++) {
                states[i + 2] /= sum / m;
            }
        }
        return states;
    }

    @Override
    public FittedForecaster fit(double[] y, int season, Progress progress) {
        int m = season;
        int n = y.length;
        if (n < 2 * m) {
            throw new IllegalArgumentException("Holt-Winters needs two seasons, got " + n + " periods");
        }
        if (multiplicative) {
            for (int t = 0; t < n; t++) {
                if (!(y[t] > 0)) {
                    throw new IllegalArgumentException("period " + (t + 1) + " is not positive");
                }
            }
        }
        double[] init = initialStates(y, m);
        ParameterSearch search = new ParameterSearch(new double[3], new double[] {1, 1, 1}, 3000, 1e-10);
        double[] bestStart = null;
        double bestValue = Double.POSITIVE_INFINITY;
        double[] u = new double[3];
        for (int a = 0; a < GRID; a++) {
            progress.checkCancelled();
            for (int b = 0; b < GRID; b++) {
                for (int g = 0; g < GRID; g++) {
                    u[0] = (a + 0.5) / GRID;
                    u[1] = (b + 0.5) / GRID;
                    u[2] = (g + 0.5) / GRID;
                    double v = sse(u, y, m, init);
                    if (v < bestValue) {
                        bestValue = v;
                        bestStart = u.clone();
                    }
                }
            }
        }
        if (bestStart == null) {
            bestStart = new double[] {0.5, 0.1, 0.1};
        }
        double[] best = search.minimise(v -> sse(v, y, m, init), bestStart, 0.1, progress);
        double[] p = parameters(best);
        return new Fitted(y, m, init, p[0], p[1], p[2]);
    }

    private static double[] parameters(double[] u) {
        double alpha = ALPHA_LOW + u[0] * (ALPHA_HIGH - ALPHA_LOW);
        return new double[] {alpha, u[1] * alpha, u[2] * (1 - alpha)};
    }

    private double sse(double[] u, double[] y, int m, double[] init) {
        double[] p = parameters(u);
        return run(y, m, init, p[0], p[1], p[2], null, null);
    }

    /**
     * Runs the recursions from period m; fills {@code fitted} (when given) and the final states into {@code end}
     * (level, trend, seasons indexed by period mod m). Returns the SSE, infinite when the multiplicative level
     * turns non-positive.
     */
    private double run(double[] y, int m, double[] init, double alpha, double beta, double gamma, double[] fitted,
                       double[] end) {
        double level = init[0];
        double trend = init[1];
        double[] s = new double[m];
        System.arraycopy(init, 2, s, 0, m);
        double sse = 0;
        for (int t = m; t < y.length; t++) {
            int k = t % m;
            double base = level + trend;
            double forecast;
            double newLevel;
            if (multiplicative) {
                if (!(base > 0) || !(s[k] > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                forecast = base * s[k];
                newLevel = alpha * y[t] / s[k] + (1 - alpha) * base;
                s[k] = gamma * y[t] / base + (1 - gamma) * s[k];
            } else {
                forecast = base + s[k];
                newLevel = alpha * (y[t] - s[k]) + (1 - alpha) * base;
                s[k] = gamma * (y[t] - base) + (1 - gamma) * s[k];
            }
            trend = beta * (newLevel - level) + (1 - beta) * trend;
            level = newLevel;
            double e = y[t] - forecast;
            sse += e * e;
            if (fitted != null) {
                fitted[t] = forecast;
            }
        }
        if (end != null) {
            end[0] = level;
            end[1] = trend;
            System.arraycopy(s, 0, end, 2, m);
        }
        return sse;
    }

    /** A fitted Holt-Winters model. */
    final class Fitted implements FittedForecaster {
        private final int n;
        private final int m;
        private final double alpha;
        private final double beta;
        private final double gamma;
        private final double[] fitted;
        private final double[] end;
        private final double sigma2;
        private final FittedParameters parameters;

        Fitted(double[] y, int m, double[] init, double alpha, double beta, double gamma) {
            this.n = y.length;
            this.m = m;
            this.alpha = alpha;
            this.beta = beta;
            this.gamma = gamma;
            this.fitted = new double[n];
            Arrays.fill(fitted, Double.NaN);
            this.end = new double[m + 2];
            double sse = run(y, m, init, alpha, beta, gamma, fitted, end);
            int count = n - m;
            this.sigma2 = sse / Math.max(1, count - 3);
            String name = multiplicative ? "Holt-Winters multiplicative" : "Holt-Winters additive";
            parameters = new FittedParameters(name + " [" + m + "]",
                    List.of(new FittedParameters.Parameter("alpha", alpha),
                            new FittedParameters.Parameter("beta", beta),
                            new FittedParameters.Parameter("gamma", gamma),
                            new FittedParameters.Parameter("sigma", Math.sqrt(sigma2))),
                    List.of(new FittedParameters.State("level", new double[] {init[0]}),
                            new FittedParameters.State("trend", new double[] {init[1]}),
                            new FittedParameters.State("season", Arrays.copyOfRange(init, 2, m + 2))),
                    sse, count);
        }

        @Override
        public double[] fitted() {
            return fitted.clone();
        }

        /** The seasonal states after the last period, index k for the periods whose index is k mod m. */
        double[] finalSeasons() {
            return Arrays.copyOfRange(end, 2, m + 2);
        }

        /** The smoothing parameters alpha, beta, gamma. */
        double[] smoothing() {
            return new double[] {alpha, beta, gamma};
        }

        @Override
        public FittedParameters parameters() {
            return parameters;
        }

        @Override
        public double[] mean(int h) {
            double[] mean = new double[h];
            for (int i = 0; i < h; i++) {
                double base = end[0] + (i + 1) * end[1];
                double s = end[2 + (n + i) % m];
                mean[i] = multiplicative ? base * s : base + s;
            }
            return mean;
        }

        @Override
        public List<ForecastBand> bands(int h, int[] levels, long seed) {
            double[] mean = mean(h);
            if (!multiplicative) {
                double[] sd = new double[h];
                double sum = 1;
                for (int i = 0; i < h; i++) {
                    if (i > 0) {
                        double c = alpha * (1 + i * beta) + (i % m == 0 ? gamma : 0);
                        sum += c * c;
                    }
                    sd[i] = Math.sqrt(sigma2 * sum);
                }
                return PredictionIntervals.normal(mean, sd, levels);
            }
            return PredictionIntervals.empirical(simulate(h, seed), h, levels);
        }

        private double[][] simulate(int h, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double sigma = Math.sqrt(sigma2);
            double[][] paths = new double[PATHS][h];
            double[] s = new double[m];
            for (int p = 0; p < PATHS; p++) {
                double level = end[0];
                double trend = end[1];
                System.arraycopy(end, 2, s, 0, m);
                for (int i = 0; i < h; i++) {
                    int k = (n + i) % m;
                    double base = level + trend;
                    double y = base * s[k] + sigma * PredictionIntervals.gaussian(random);
                    paths[p][i] = y;
                    double newLevel = alpha * y / s[k] + (1 - alpha) * base;
                    double newSeason = base != 0 ? gamma * y / base + (1 - gamma) * s[k] : s[k];
                    s[k] = newSeason;
                    trend = beta * (newLevel - level) + (1 - beta) * trend;
                    level = newLevel;
                }
            }
            return paths;
        }
    }
}
