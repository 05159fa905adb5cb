package org.crmworkbench.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.crmworkbench.analysis.forecast.ArimaOrders;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.analysis.forecast.Forecaster;
import org.crmworkbench.analysis.forecast.HoltWinters;
import org.crmworkbench.analysis.forecast.PlantedSeries;
import org.crmworkbench.analysis.forecast.SalesForecaster;
import org.crmworkbench.analysis.forecast.SeasonalArima;
import org.crmworkbench.analysis.forecast.SeasonalNaive;
import org.crmworkbench.analysis.forecast.TrendSeasonRegression;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;

/**
 * Forecasting benchmark (not a test): planted monthly (36, 120 periods) and weekly (156, 520 periods) series with
 * multiplicative seasonality, 1% growth a month and 3% noise. Prints the median time of one fit per model, of one
 * fixed-order seasonal ARIMA {@code (1,0,1)(0,1,1)[m]}, and of a whole AUTO run (every candidate backtested from 12
 * origins, then the winner fitted with intervals), with ratios to our seasonal naive in this process and to
 * statsmodels 0.13.5 measured by {@code src/test/resources/bench/statsmodels_forecast.py} on 2026-11-23 on this
 * 2-core machine shared with other jobs (similar series of the same lengths; Holt-Winters there also estimates
 * the initial states, heuristic start; SARIMAX by exact likelihood):
 * <pre>
 * monthly 36:  hw-add 234.1 ms, hw-mult 348.0 ms, sarimax(1,0,1)(0,1,1)[12] 776.7 ms
 * monthly 120: hw-add 348.1 ms, hw-mult 325.3 ms, sarimax(1,0,1)(0,1,1)[12] 2475.5 ms
 * weekly 156:  hw-add 486.0 ms, hw-mult 705.7 ms, sarimax(1,0,1)(0,1,1)[52] 48995.8 ms
 * weekly 520:  hw-add 630.0 ms, hw-mult 810.5 ms, sarimax(1,0,1)(0,1,1)[52] 136689.3 ms
 * </pre>
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@forecast-benchmark}
 */
public final class ForecastBenchmark {
    /** statsmodels milliseconds: hw-add, hw-mult, SARIMAX, per case in the order of {@link #CASES}. */
    private static final double[][] STATSMODELS = {
        {234.1, 348.0, 776.7}, {348.1, 325.3, 2475.5}, {486.0, 705.7, 48995.8}, {630.0, 810.5, 136689.3}};
    private static final Object[][] CASES = {
        {SeriesFrequency.MONTH, 36}, {SeriesFrequency.MONTH, 120}, {SeriesFrequency.WEEK, 156},
        {SeriesFrequency.WEEK, 520}};

    private ForecastBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("forecast benchmark; %d threads; statsmodels figures of 2026-11-23%n",
                Runtime.getRuntime().availableProcessors());
        for (int c = 0; c < CASES.length; c++) {
            SeriesFrequency frequency = (SeriesFrequency) CASES[c][0];
            int n = (Integer) CASES[c][1];
            int m = frequency.seasonLength();
            double growth = Math.pow(1.01, 12.0 / m) - 1;
            double[] y = PlantedSeries.multiplicative(n, m, 1000, growth, 0.03, 7);
            TimeSeries series = PlantedSeries.series(frequency, y);
            System.out.printf("%n%s, %d periods (m = %d)%n", frequency.key(), n, m);
            double naive = time(() -> new SeasonalNaive().fit(y, m, Progress.none()), 200);
            System.out.printf("  %-28s %9.3f ms%n", "fit snaive", naive);
            List<Forecaster> models = List.of(new TrendSeasonRegression(), new HoltWinters(false),
                    new HoltWinters(true), new SeasonalArima());
            double[] ours = new double[3];
            for (Forecaster f : models) {
                double ms = time(() -> f.fit(y, m, Progress.none()), f instanceof SeasonalArima ? 3 : 20);
                String ref = "";
                if (f.model() == ForecastModel.HOLT_WINTERS_ADDITIVE) {
                    ours[0] = ms;
                    ref = String.format(", %.3f x statsmodels", ms / STATSMODELS[c][0]);
                } else if (f.model() == ForecastModel.HOLT_WINTERS_MULTIPLICATIVE) {
                    ours[1] = ms;
                    ref = String.format(", %.3f x statsmodels", ms / STATSMODELS[c][1]);
                }
                System.out.printf("  %-28s %9.3f ms  (%.0f x snaive%s)%n", "fit " + f.model().key()
                        + (f instanceof SeasonalArima ? " (order search)" : ""), ms, ms / naive, ref);
            }
            ArimaOrders orders = new ArimaOrders(1, 0, 1, 0, 1, 1, m, false);
            double fixed = time(() -> new SeasonalArima().fitOrders(y, orders, Progress.none()), 5);
            System.out.printf("  %-28s %9.3f ms  (%.5f x statsmodels SARIMAX)%n", "fit " + orders.notation(), fixed,
                    fixed / STATSMODELS[c][2]);
            int horizon = m == 12 ? 12 : 13;
            ForecastSettings settings = new ForecastSettings(ForecastModel.AUTO, horizon,
                    ForecastSettings.DEFAULT_LEVELS, 12, ForecastSettings.DEFAULT_SEED);
            ForecastResult[] last = new ForecastResult[1];
            double auto = time(() -> last[0] = new SalesForecaster().run(series, settings, Progress.none()), 1);
            System.out.printf("  %-28s %9.3f ms  (%.0f x snaive fit) -> %s, MASE %s%n",
                    "auto, 12 origins, h = " + horizon, auto, auto / naive, last[0].parameters().description(),
                    Arrays.toString(last[0].candidates().stream()
                            .map(b -> b.model().key() + " " + String.format("%.3f", b.errors().mase())).toArray()));
        }
    }

    /** Median milliseconds of {@code runs} runs after one warm-up run. */
    private static double time(Supplier<Object> task, int runs) {
        task.get();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
