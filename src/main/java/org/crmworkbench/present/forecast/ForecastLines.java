package org.crmworkbench.present.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.forecast.BacktestPoint;
import org.crmworkbench.analysis.forecast.ForecastBand;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.SeriesFrequency;

/**
 * What the forecast chart draws, the same whether it comes from a fresh result or a saved run: the history with its
 * fitted values, any backtest forecasts, and the forecast with one band per level.
 */
record ForecastLines(String seriesName, String unit, SeriesFrequency frequency, String modelKey,
                     List<LocalDate> periods, double[] actual, double[] fitted, List<BacktestPoint> backtest,
                     List<LocalDate> forecastPeriods, double[] mean, int[] levels, double[][] lower,
                     double[][] upper) {

    static ForecastLines of(ForecastResult result) {
        var series = result.series();
        var forecast = result.forecast();
        List<ForecastBand> bands = forecast.bands();
        int[] levels = new int[bands.size()];
        double[][] lower = new double[bands.size()][];
        double[][] upper = new double[bands.size()][];
        for (int b = 0; b < bands.size(); b++) {
            levels[b] = bands.get(b).level();
            lower[b] = bands.get(b).lower();
            upper[b] = bands.get(b).upper();
        }
        return new ForecastLines(series.name(), series.unit(), series.frequency(), result.model().key(),
                series.periods(), series.values(), result.fitted(), result.backtest().points(), forecast.periods(),
                forecast.mean(), levels, lower, upper);
    }

    static ForecastLines of(ForecastRunRecord run) {
        int n = run.history().size();
        List<LocalDate> periods = new ArrayList<>(n);
        double[] actual = new double[n];
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            var p = run.history().get(i);
            periods.add(p.period());
            actual[i] = p.actual();
            fitted[i] = p.fitted();
        }
        int h = run.forecast().size();
        int[] levels = h == 0 ? new int[0] : run.forecast().get(0).levels().clone();
        List<LocalDate> forecastPeriods = new ArrayList<>(h);
        double[] mean = new double[h];
        double[][] lower = new double[levels.length][h];
        double[][] upper = new double[levels.length][h];
        for (int i = 0; i < h; i++) {
            var p = run.forecast().get(i);
            forecastPeriods.add(p.period());
            mean[i] = p.forecast();
            for (int b = 0; b < levels.length; b++) {
                lower[b][i] = p.lower()[b];
                upper[b][i] = p.upper()[b];
            }
        }
        return new ForecastLines(run.seriesName(), run.unit(), run.frequency(), run.model(), periods, actual, fitted,
                List.of(), forecastPeriods, mean, levels, lower, upper);
    }

    boolean hasHistory() {
        return !periods.isEmpty();
    }
}
