package org.crmworkbench.analysis.forecast;

import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;

/** Fits the asked-for model (or chooses one by backtest), backtests it and forecasts with intervals. */
public final class SalesForecaster {

    /**
     * @throws org.crmworkbench.work.BadParameterException naming {@code model} when the model cannot fit this series
     *         (multiplicative seasonality on values that are not all positive), or {@code horizon} when the history
     *         is too short for the model and its backtest (the message says how many periods are needed)
     */
    public ForecastResult run(TimeSeries series, ForecastSettings settings, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }
}
