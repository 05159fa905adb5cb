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
 * @param candidates every model's backtest when choosing automatically, best first; just {@code backtest} otherwise
 */
public record ForecastResult(TimeSeries series, ForecastSettings settings, ForecastModel model,
                             FittedParameters parameters, double[] fitted, Forecast forecast, Backtest backtest,
                             List<Backtest> candidates) {
    public ForecastResult {
        candidates = List.copyOf(candidates);
        if (fitted.length != series.size()) {
            throw new IllegalArgumentException("one fitted value per period");
        }
    }
}
