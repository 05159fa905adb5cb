package org.crmworkbench.analysis.forecast;

import org.crmworkbench.work.Progress;

/**
 * One forecasting method: learns from a history of equally spaced values and gives a {@link FittedForecaster}.
 * Implementations are stateless and may be reused for every origin of a backtest.
 */
public interface Forecaster {

    /** The model this method implements. */
    ForecastModel model();

    /** The fewest periods of history this method fits on when the season has {@code season} periods. */
    int minimumLength(int season);

    /**
     * Fits the method to {@code y} (oldest first) with {@code season} periods per seasonal cycle.
     *
     * @throws org.crmworkbench.work.BadParameterException when the method cannot fit this history
     * @throws org.crmworkbench.work.CancelledException    when {@code progress} is cancelled
     */
    FittedForecaster fit(double[] y, int season, Progress progress);

    /**
     * The method a rolling backtest refits at every origin, given the history up to its first origin. By default
     * this method itself; a method that makes structural choices (such as model orders) may make them once on
     * that first history, without looking past it, and refit only its coefficients at each origin.
     */
    default Forecaster forBacktest(double[] firstHistory, int season, Progress progress) {
        return this;
    }
}
