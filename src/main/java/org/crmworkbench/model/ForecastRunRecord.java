package org.crmworkbench.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored forecast: the series it was made from, the model with its fitted parameters, and the forecast with its
 * intervals, so that its chart can be drawn again and its numbers traced back.
 *
 * @param id          the run's id in {@code analysis_runs} (0 before it is saved)
 * @param seriesName  the series' title ({@code Revenue by month})
 * @param unit        what a value counts ({@code revenue}, {@code orders}, a file's column)
 * @param frequency   the spacing of the periods
 * @param model       the model used ({@code hw-mult}, ...; the one chosen when the analyst asked for {@code auto})
 * @param requested   the model asked for ({@code auto} or the same as {@code model})
 * @param parameters  fitted parameters and initial states as a JSON object (the CLI's {@code parameters.json})
 * @param sse         sum of squared one-step errors over the fitted period
 * @param backtest    backtest errors of the model as a JSON object ({@code {"mae":..,"rmse":..,"mape":..,"mase":..}})
 * @param dataSource  where the series came from
 * @param history     the observed periods with their values and one-step fitted values (NaN where none)
 * @param forecast    the forecast periods with the forecast and the interval bounds per level
 */
public record ForecastRunRecord(long id, String seriesName, String unit, SeriesFrequency frequency, String model,
                                String requested, String parameters, double sse, String backtest, long seed,
                                String dataSource, Instant startedAt, String appVersion, List<HistoryPoint> history,
                                List<ForecastPoint> forecast) {

    public ForecastRunRecord {
        Objects.requireNonNull(seriesName, "seriesName");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(model, "model");
        parameters = parameters == null ? "{}" : parameters;
        backtest = backtest == null ? "{}" : backtest;
        history = List.copyOf(history);
        forecast = List.copyOf(forecast);
    }

    public ForecastRunRecord withId(long newId) {
        return new ForecastRunRecord(newId, seriesName, unit, frequency, model, requested, parameters, sse, backtest,
                seed, dataSource, startedAt, appVersion, history, forecast);
    }

    /** One observed period: the value and the model's one-step fitted value (NaN where it has none). */
    public record HistoryPoint(LocalDate period, double actual, double fitted) {
    }

    /**
     * One forecast period.
     *
     * @param levels the interval levels in percent, ascending ({@code 80, 95})
     * @param lower  lower bound per level, parallel to {@code levels}
     * @param upper  upper bound per level
     */
    public record ForecastPoint(LocalDate period, double forecast, int[] levels, double[] lower, double[] upper) {
        public ForecastPoint {
            if (levels.length != lower.length || levels.length != upper.length) {
                throw new IllegalArgumentException("one bound per level");
            }
        }
    }
}
