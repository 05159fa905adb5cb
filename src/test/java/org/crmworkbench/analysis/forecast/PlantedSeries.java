package org.crmworkbench.analysis.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;

/** Seeded series with planted structure for the forecasting tests and benchmark. */
public final class PlantedSeries {
    /** Monthly multiplicative factors like the sample data's (quiet summer, strong November and December). */
    public static final double[] FACTORS = {0.85, 0.88, 0.95, 1.00, 1.02, 0.98, 0.92, 0.90, 1.00, 1.10, 1.30, 1.60};

    private PlantedSeries() {
    }

    /** {@code level * (1 + growth)^t * factor * (1 + noise * z)}, z standard normal. */
    public static double[] multiplicative(int n, int m, double level, double growth, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double factor = m == 12 ? FACTORS[t % 12] : 1 + 0.3 * Math.sin(2 * Math.PI * t / m);
            y[t] = level * Math.pow(1 + growth, t) * factor * (1 + noise * PredictionIntervals.gaussian(random));
        }
        return y;
    }

    public static TimeSeries series(SeriesFrequency frequency, double[] y) {
        LocalDate start = frequency == SeriesFrequency.WEEK ? LocalDate.of(2020, 1, 6) : LocalDate.of(2020, 1, 1);
        List<LocalDate> periods = new ArrayList<>();
        for (int t = 0; t < y.length; t++) {
            periods.add(frequency.plus(start, t));
        }
        return new TimeSeries("planted", "test", "revenue", frequency, periods, y);
    }
}
