package org.crmworkbench.analysis.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.UnsuitableDataException;
import org.crmworkbench.work.Progress;

/**
 * Rolling-origin backtest: the last {@code origins} origins the history allows (an origin needs at least the
 * model's minimum history before it and one period after it), each refitting the model on the history up to the
 * origin and forecasting {@code min(horizon, periods left)} steps (structural choices such as ARIMA orders are made
 * once on the history up to the first origin, see {@link Forecaster#forBacktest}). Errors by {@link ForecastErrors}, MASE scaled on
 * the history before the first origin.
 */
public final class RollingBacktest {
    private final int horizon;
    private final int origins;

    public RollingBacktest(int horizon, int origins) {
        this.horizon = horizon;
        this.origins = origins;
    }

    /** Periods a series needs for {@code forecaster} to fit and be backtested from at least one origin. */
    public static int periodsNeeded(Forecaster forecaster, int season) {
        return forecaster.minimumLength(season) + 1;
    }

    /**
     * @throws UnsuitableDataException when the series is too short for one origin (the message says how many
     *         periods the model needs and how many the series has)
     */
    public Backtest run(Forecaster forecaster, TimeSeries series, Progress progress) {
        return run(forecaster, series, forecaster.minimumLength(series.seasonLength()), progress);
    }

    /**
     * The same with no origin before {@code shortestHistory} periods, so that several models can be compared on the
     * same origins (each with {@code shortestHistory} at least its own minimum).
     */
    public Backtest run(Forecaster forecaster, TimeSeries series, int shortestHistory, Progress progress) {
        int n = series.size();
        int m = series.seasonLength();
        int needed = periodsNeeded(forecaster, m);
        if (n < needed) {
            throw tooShort(forecaster.model(), needed, n);
        }
        int first = Math.max(shortestHistory, forecaster.minimumLength(m));
        int count = Math.min(origins, n - first);
        if (count < 1) {
            throw tooShort(forecaster.model(), first + 1, n);
        }
        double[] y = series.values();
        List<BacktestPoint> points = new ArrayList<>();
        Forecaster method = forecaster.forBacktest(java.util.Arrays.copyOf(y, n - count), m, progress);
        for (int o = 0; o < count; o++) {
            progress.checkCancelled();
            progress.stage("forecast.stage.origin", forecaster.model().key(), o + 1, count);
            int length = n - count + o;
            double[] history = java.util.Arrays.copyOf(y, length);
            FittedForecaster fitted = method.fit(history, m, progress);
            int steps = Math.min(horizon, n - length);
            double[] mean = fitted.mean(steps);
            LocalDate origin = series.periods().get(length - 1);
            for (int s = 0; s < steps; s++) {
                points.add(new BacktestPoint(origin, s + 1, series.periods().get(length + s), y[length + s],
                        mean[s]));
            }
        }
        // MASE is scaled by the seasonal naive's in-sample error on the history before the first origin (Hyndman and
        // Koehler): the periods being forecast must not shape the yardstick they are measured with
        BacktestErrors errors = ForecastErrors.of(points, ForecastErrors.naiveScale(Arrays.copyOf(y, n - count), m));
        return new Backtest(forecaster.model(), horizon, points, errors);
    }

    static UnsuitableDataException tooShort(ForecastModel model, int needed, int have) {
        return new UnsuitableDataException("forecast.error.tooShort",
                "the " + model.key() + " model needs at least " + needed
                        + " periods for a fit and one backtest origin; the series has " + have,
                model.key(), needed, have);
    }
}
