package org.crmworkbench.analysis.forecast;

import java.util.List;

/**
 * A rolling-origin backtest of one model: refitted at each origin, forecasting {@code horizon} periods ahead.
 *
 * @param model   the model
 * @param horizon periods forecast from each origin
 * @param points  every forecast made, by origin then step
 * @param errors  errors over all points
 */
public record Backtest(ForecastModel model, int horizon, List<BacktestPoint> points, BacktestErrors errors) {
    public Backtest {
        points = List.copyOf(points);
    }
}
