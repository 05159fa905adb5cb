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

    /**
     * The origins actually forecast from: at most the asked number, fewer when the series is too short for them all
     * (see {@link RollingBacktest}).
     */
    public int origins() {
        return (int) points.stream().map(BacktestPoint::origin).distinct().count();
    }
}
