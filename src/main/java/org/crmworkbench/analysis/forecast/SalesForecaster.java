package org.crmworkbench.analysis.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Fits the asked-for model (or chooses one by backtest), backtests it and forecasts with intervals.
 *
 * <p>AUTO backtests seasonal naive, trend + season, Holt-Winters additive and multiplicative and seasonal ARIMA on
 * the SAME origins (those the most demanding candidate allows) and takes the lowest MASE (ties, and NaN MASE on a
 * constant history, by RMSE); comparing models over different origins would favour the one tested only on the
 * latest, easiest periods. A candidate whose minimum history leaves fewer than half the asked origins, or the
 * multiplicative model on a series with a value {@code <= 0}, is left out (and listed in
 * {@link ForecastResult#leftOut()}); when every candidate needs more, the one needing least is backtested alone.
 * Only when no candidate can be backtested at all does AUTO fail, saying how many periods seasonal naive needs.
 */
public final class SalesForecaster {

    /**
     * @throws org.crmworkbench.work.BadParameterException naming {@code model} when the model cannot fit this series
     *         (multiplicative seasonality on values that are not all positive)
     * @throws org.crmworkbench.work.UnsuitableDataException when the history is too short for the model and its
     *         backtest (the message says how many periods are needed)
     */
    public ForecastResult run(TimeSeries series, ForecastSettings settings, Progress progress) {
        RollingBacktest backtester = new RollingBacktest(settings.horizon(), settings.backtestOrigins());
        List<Backtest> candidates = new ArrayList<>();
        List<ForecastResult.LeftOut> leftOut = new ArrayList<>();
        Forecaster chosen;
        if (settings.model() == ForecastModel.AUTO) {
            List<Forecaster> all = new ArrayList<>(List.of(new SeasonalNaive(), new TrendSeasonRegression(),
                    new HoltWinters(false)));
            if (firstNonPositive(series) < 0) {
                all.add(new HoltWinters(true));
            } else {
                leftOut.add(new ForecastResult.LeftOut(ForecastModel.HOLT_WINTERS_MULTIPLICATIVE, true, 0));
            }
            all.add(new SeasonalArima());
            int m = series.seasonLength();
            int fewestOrigins = Math.max(1, (settings.backtestOrigins() + 1) / 2);
            List<Forecaster> fitting = all.stream()
                    .filter(f -> series.size() - f.minimumLength(m) >= fewestOrigins).toList();
            if (fitting.isEmpty()) {
                fitting = all.stream().filter(f -> series.size() >= RollingBacktest.periodsNeeded(f, m))
                        .sorted(Comparator.comparingInt(f -> f.minimumLength(m))).limit(1).toList();
            }
            if (fitting.isEmpty()) {
                Forecaster naive = all.get(0);
                throw RollingBacktest.tooShort(naive.model(), RollingBacktest.periodsNeeded(naive, m),
                        series.size());
            }
            for (Forecaster f : all) {
                if (!fitting.contains(f)) {
                    leftOut.add(new ForecastResult.LeftOut(f.model(), false, f.minimumLength(m) + fewestOrigins));
                }
            }
            int common = fitting.stream().mapToInt(f -> f.minimumLength(m)).max().orElseThrow();
            for (int i = 0; i < fitting.size(); i++) {
                progress.worked(i, fitting.size() + 1);
                progress.stage("forecast.stage.backtest", fitting.get(i).model().key());
                candidates.add(backtester.run(fitting.get(i), series, common, progress));
            }
            candidates.sort(Comparator.comparingDouble((Backtest b) -> orLast(b.errors().mase()))
                    .thenComparingDouble(b -> orLast(b.errors().rmse())));
            ForecastModel best = candidates.get(0).model();
            chosen = fitting.stream().filter(f -> f.model() == best).findFirst().orElseThrow();
        } else {
            chosen = forecaster(settings.model());
            if (settings.model() == ForecastModel.HOLT_WINTERS_MULTIPLICATIVE) {
                int bad = firstNonPositive(series);
                if (bad >= 0) {
                    LocalDate period = series.periods().get(bad);
                    throw new BadParameterException("model", "forecast.error.notPositive",
                            "multiplicative Holt-Winters needs values above 0; period " + period + " has "
                                    + series.values()[bad], period.toString(), series.values()[bad]);
                }
            }
            progress.stage("forecast.stage.backtest", chosen.model().key());
            candidates.add(backtester.run(chosen, series, progress));
        }
        progress.checkCancelled();
        progress.stage("forecast.stage.fit", chosen.model().key());
        progress.worked(candidates.size(), candidates.size() + 1);
        FittedForecaster fitted = chosen.fit(series.values().clone(), series.seasonLength(), progress);
        int h = settings.horizon();
        List<LocalDate> periods = new ArrayList<>();
        for (int i = 1; i <= h; i++) {
            periods.add(series.periodAfterEnd(i));
        }
        Forecast forecast = new Forecast(periods, fitted.mean(h), fitted.bands(h, settings.levels(),
                settings.seed()));
        progress.worked(1, 1);
        return new ForecastResult(series, settings, chosen.model(), fitted.parameters(), fitted.fitted(), forecast,
                candidates.get(0), candidates, leftOut);
    }

    /** The forecasting method of a model other than AUTO. */
    public static Forecaster forecaster(ForecastModel model) {
        return switch (model) {
            case SEASONAL_NAIVE -> new SeasonalNaive();
            case TREND_SEASON -> new TrendSeasonRegression();
            case HOLT_WINTERS_ADDITIVE -> new HoltWinters(false);
            case HOLT_WINTERS_MULTIPLICATIVE -> new HoltWinters(true);
            case ARIMA -> new SeasonalArima();
            case AUTO -> throw new IllegalArgumentException("AUTO chooses among the others");
        };
    }

    private static double orLast(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static int firstNonPositive(TimeSeries series) {
        double[] y = series.values();
        for (int t = 0; t < y.length; t++) {
            if (!(y[t] > 0)) {
                return t;
            }
        }
        return -1;
    }
}
