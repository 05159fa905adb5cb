package org.crmworkbench.analysis.forecast;

import java.util.List;
import org.crmworkbench.model.TimeSeries;

/**
 * A forecast with everything needed to judge it.
 *
 * @param series     the history
 * @param settings   what was asked
 * @param model      the model used (the one chosen when {@code settings.model()} is AUTO)
 * @param parameters what the model learnt
 * @param fitted     one-step fitted value per history period (NaN where the model has none, e.g. the first season)
 * @param forecast   the forecast with its intervals
 * @param backtest   the chosen model's backtest
 * @param candidates every model's backtest when choosing automatically, best first, all over the same origins;
 *                   just {@code backtest} otherwise
 * @param leftOut    models AUTO did not compare, with the reason
 */
public record ForecastResult(TimeSeries series, ForecastSettings settings, ForecastModel model,
                             FittedParameters parameters, double[] fitted, Forecast forecast, Backtest backtest,
                             List<Backtest> candidates, List<LeftOut> leftOut) {
    public ForecastResult {
        candidates = List.copyOf(candidates);
        leftOut = List.copyOf(leftOut);
        if (fitted.length != series.size()) {
            throw new IllegalArgumentException("one fitted value per period");
        }
    }

    /** A result with nothing left out of the comparison. */
    public ForecastResult(TimeSeries series, ForecastSettings settings, ForecastModel model,
                          FittedParameters parameters, double[] fitted, Forecast forecast, Backtest backtest,
                          List<Backtest> candidates) {
        this(series, settings, model, parameters, fitted, forecast, backtest, candidates, List.of());
    }

    /**
     * A model AUTO left out of its comparison.
     *
     * @param model         the model
     * @param needsPositive true when it was left out because a value is 0 or less (multiplicative seasonality)
     * @param periodsNeeded otherwise, the periods it needs to be backtested on at least half the asked origins
     */
    public record LeftOut(ForecastModel model, boolean needsPositive, int periodsNeeded) {
    }
}
