package org.crmworkbench.analysis.forecast;

import java.time.LocalDate;

/**
 * One forecast of the backtest: made with the history up to {@code origin} (inclusive), {@code step} periods ahead.
 */
public record BacktestPoint(LocalDate origin, int step, LocalDate period, double actual, double forecast) {
}
