package org.crmworkbench.analysis.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * The forecast for the periods after the history, with its prediction intervals (the first period follows the
 * history's last).
 *
 * @param periods start of each forecast period
 * @param mean    the point forecast per period
 * @param bands   one interval per level, ascending
 */
public record Forecast(List<LocalDate> periods, double[] mean, List<ForecastBand> bands) {
    public Forecast {
        periods = List.copyOf(periods);
        bands = List.copyOf(bands);
        if (periods.size() != mean.length) {
            throw new IllegalArgumentException("one forecast per period");
        }
    }

    public int horizon() {
        return mean.length;
    }
}
