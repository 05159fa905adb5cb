package org.crmworkbench.analysis.forecast;

/**
 * Errors of a backtest over all its forecasts.
 *
 * @param mae  mean absolute error
 * @param rmse root mean squared error
 * @param mape mean absolute percentage error in percent (periods whose actual is 0 left out)
 * @param mase mean absolute error over the in-sample MAE of the seasonal naive forecast (below 1 beats it)
 */
public record BacktestErrors(double mae, double rmse, double mape, double mase) {
}
