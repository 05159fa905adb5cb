package org.crmworkbench.analysis.forecast;

import java.util.List;

/** A forecasting method fitted to one history: its one-step fitted values, parameters, forecasts and intervals. */
public interface FittedForecaster {

    /** One-step fitted value per history period; NaN where the method has none (e.g. the first season). */
    double[] fitted();

    /** What the method learnt, with the sum of squared one-step errors. */
    FittedParameters parameters();

    /** Point forecasts for the {@code h} periods after the history. */
    double[] mean(int h);

    /**
     * Prediction intervals for the {@code h} periods after the history, one band per level (percent, ascending).
     *
     * @param seed seed of any simulation the method needs (ignored by analytic intervals)
     */
    List<ForecastBand> bands(int h, int[] levels, long seed);
}
