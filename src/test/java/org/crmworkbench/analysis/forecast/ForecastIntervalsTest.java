package org.crmworkbench.analysis.forecast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** Coverage of the prediction intervals on series simulated from the model itself. */
class ForecastIntervalsTest {
    private static final int SIMULATIONS = 300;
    private static final int HORIZON = 12;
    private static final int HISTORY = 144;

    @Test
    void holtWintersAdditive95BandCoversAbout95Percent() {
        SplittableRandom random = new SplittableRandom(42);
        int covered95 = 0;
        int covered80 = 0;
        int total = 0;
        for (int sim = 0; sim < SIMULATIONS; sim++) {
            double[] all = simulateAaa(HISTORY + HORIZON, random);
            double[] history = java.util.Arrays.copyOf(all, HISTORY);
            FittedForecaster fit = new HoltWinters(false).fit(history, 12, Progress.none());
            List<ForecastBand> bands = fit.bands(HORIZON, new int[] {80, 95}, 1);
            for (int h = 0; h < HORIZON; h++) {
                double actual = all[HISTORY + h];
                covered80 += inside(bands.get(0), h, actual) ? 1 : 0;
                covered95 += inside(bands.get(1), h, actual) ? 1 : 0;
                total++;
            }
        }
        double rate95 = 100.0 * covered95 / total;
        double rate80 = 100.0 * covered80 / total;
        System.out.printf("HW additive coverage: 80%% band %.1f%%, 95%% band %.1f%%%n", rate80, rate95);
        assertTrue(rate95 >= 92 && rate95 <= 98, "95% band covered " + rate95 + "%");
        assertTrue(rate80 >= 75 && rate80 <= 85, "80% band covered " + rate80 + "%");
    }

    @Test
    void bandsWidenWithTheHorizonForEveryModel() {
        double[] y = PlantedSeries.multiplicative(72, 12, 1000, 0.01, 0.03, 8);
        for (Forecaster f : List.of(new SeasonalNaive(), new TrendSeasonRegression(), new HoltWinters(false),
                new HoltWinters(true), new SeasonalArima())) {
            ForecastBand band = f.fit(y, 12, Progress.none()).bands(24, new int[] {95}, 7).get(0);
            double first = band.upper()[0] - band.lower()[0];
            double last = band.upper()[23] - band.lower()[23];
            assertTrue(last > first, f.model() + ": " + first + " -> " + last);
        }
    }

    /** ETS(A,A,A) with alpha 0.3, beta 0.1 (of alpha), gamma 0.2, sigma 10. */
    private static double[] simulateAaa(int n, SplittableRandom random) {
        double alpha = 0.3;
        double beta = 0.1;
        double gamma = 0.2;
        double level = 500;
        double trend = 2;
        double[] s = new double[12];
        for (int k = 0; k < 12; k++) {
            s[k] = 60 * Math.sin(2 * Math.PI * k / 12);
        }
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double e = 10 * PredictionIntervals.gaussian(random);
            y[t] = level + trend + s[t % 12] + e;
            double newLevel = level + trend + alpha * e;
            trend = trend + alpha * beta * e;
            s[t % 12] += gamma * e;
            level = newLevel;
        }
        return y;
    }

    private static boolean inside(ForecastBand band, int h, double actual) {
        return actual >= band.lower()[h] && actual <= band.upper()[h];
    }
}
