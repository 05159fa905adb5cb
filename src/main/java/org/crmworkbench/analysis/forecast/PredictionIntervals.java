package org.crmworkbench.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import smile.stat.distribution.GaussianDistribution;
import smile.stat.distribution.TDistribution;

/**
 * Turns forecast variances or simulated paths into {@link ForecastBand}s. Quantiles of the normal and Student t
 * distributions come from Smile.
 */
final class PredictionIntervals {

    private PredictionIntervals() {
    }

    /** Normal bands {@code mean +- z * sd} per level. */
    static List<ForecastBand> normal(double[] mean, double[] sd, int[] levels) {
        List<ForecastBand> bands = new ArrayList<>();
        GaussianDistribution normal = GaussianDistribution.getInstance();
        for (int level : levels) {
            double z = normal.quantile(0.5 + level / 200.0);
            bands.add(symmetric(level, mean, sd, z));
        }
        return bands;
    }

    /** Student t bands {@code mean +- t(df) * sd} per level. */
    static List<ForecastBand> student(double[] mean, double[] sd, int df, int[] levels) {
        List<ForecastBand> bands = new ArrayList<>();
        TDistribution t = new TDistribution(Math.max(1, df));
        for (int level : levels) {
            double q = t.quantile(0.5 + level / 200.0);
            bands.add(symmetric(level, mean, sd, q));
        }
        return bands;
    }

    private static ForecastBand symmetric(int level, double[] mean, double[] sd, double q) {
        double[] lower = new double[mean.length];
        double[] upper = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            lower[i] = mean[i] - q * sd[i];
            upper[i] = mean[i] + q * sd[i];
        }
        return new ForecastBand(level, lower, upper);
    }

    /**
     * Empirical bands from simulated paths: {@code paths[p][step]}; the bounds at each step are the
     * {@code (100 - level) / 2} and {@code (100 + level) / 2} percentiles (linear interpolation between order
     * statistics).
     */
    static List<ForecastBand> empirical(double[][] paths, int h, int[] levels) {
        int n = paths.length;
        double[][] sorted = new double[h][n];
        for (int step = 0; step < h; step++) {
            for (int p = 0; p < n; p++) {
                sorted[step][p] = paths[p][step];
            }
            Arrays.sort(sorted[step]);
        }
        List<ForecastBand> bands = new ArrayList<>();
        for (int level : levels) {
            double[] lower = new double[h];
            double[] upper = new double[h];
            for (int step = 0; step < h; step++) {
                lower[step] = percentile(sorted[step], (100 - level) / 200.0);
                upper[step] = percentile(sorted[step], (100 + level) / 200.0);
            }
            bands.add(new ForecastBand(level, lower, upper));
        }
        return bands;
    }

    private static double percentile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double frac = pos - lo;
        return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
    }

    /** A standard normal draw (Box-Muller on a seeded generator). */
    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
