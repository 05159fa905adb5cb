package org.crmworkbench.present.forecast;

import static org.crmworkbench.present.ParsedOutput.csv;
import static org.crmworkbench.present.ParsedOutput.json;
import static org.crmworkbench.present.ParsedOutput.number;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.forecast.Backtest;
import org.crmworkbench.analysis.forecast.BacktestErrors;
import org.crmworkbench.analysis.forecast.BacktestPoint;
import org.crmworkbench.analysis.forecast.FittedParameters;
import org.crmworkbench.analysis.forecast.Forecast;
import org.crmworkbench.analysis.forecast.ForecastBand;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Forecast file parsed back, and the saved run built from a result. */
class ForecastFilesTest {
    private static final double THIRD = 1.0 / 3;

    @TempDir
    Path dir;
    private final ForecastFiles files = new ForecastFiles();

    /** Eight quarters of history, a two-quarter forecast, Holt-Winters chosen over seasonal naive. */
    static ForecastResult result() {
        List<LocalDate> periods = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            periods.add(LocalDate.of(2024, 1, 1).plusMonths(3L * i));
        }
        double[] values = {10, 12, 14, 11, 11, 13, 15, 12};
        TimeSeries series = new TimeSeries("Revenue by quarter", "test.csv", "revenue", SeriesFrequency.QUARTER,
                periods, values);
        ForecastSettings settings = new ForecastSettings(ForecastModel.AUTO, 2, new int[] {80, 95}, 2, 99);
        FittedParameters parameters = new FittedParameters("Holt-Winters additive", List.of(
                new FittedParameters.Parameter("alpha", THIRD), new FittedParameters.Parameter("beta", 0.01),
                new FittedParameters.Parameter("gamma", 0.2)), List.of(
                new FittedParameters.State("level", new double[] {11.75}),
                new FittedParameters.State("trend", new double[] {0.25}),
                new FittedParameters.State("season", new double[] {-1.75, 0.25, 2.25, -0.75})), 3.5, 4);
        double[] fitted = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, 10.8, 13.1, 15.2, 11.9};
        Forecast forecast = new Forecast(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
                new double[] {12.2, 14.0 + THIRD}, List.of(
                new ForecastBand(80, new double[] {11, 13}, new double[] {13.4, 15.5}),
                new ForecastBand(95, new double[] {10.5, 12.1}, new double[] {13.9, 16.4})));
        Backtest hw = new Backtest(ForecastModel.HOLT_WINTERS_ADDITIVE, 2, List.of(
                new BacktestPoint(LocalDate.of(2025, 4, 1), 1, LocalDate.of(2025, 7, 1), 15, 14.5),
                new BacktestPoint(LocalDate.of(2025, 4, 1), 2, LocalDate.of(2025, 10, 1), 12, 12.25)),
                new BacktestErrors(0.375, 0.395, 2.7, 0.4));
        Backtest naive = new Backtest(ForecastModel.SEASONAL_NAIVE, 2, List.of(
                new BacktestPoint(LocalDate.of(2025, 4, 1), 1, LocalDate.of(2025, 7, 1), 15, 14)),
                new BacktestErrors(1, 1, 6.7, Double.NaN));
        return new ForecastResult(series, settings, ForecastModel.HOLT_WINTERS_ADDITIVE, parameters, fitted,
                forecast, hw, List.of(hw, naive));
    }

    @Test
    void forecastHasOneBoundPairPerLevel() throws Exception {
        files.writeForecast(dir.resolve("forecast.csv"), result());
        List<List<String>> rows = csv(dir.resolve("forecast.csv"));
        assertEquals(List.of("period", "forecast", "lo80", "hi80", "lo95", "hi95"), rows.get(0));
        assertEquals(List.of("2026-01-01", "12.2", "11", "13.4", "10.5", "13.9"), rows.get(1));
        assertEquals(14.0 + THIRD, Double.parseDouble(rows.get(2).get(1)), 0.0, "full precision");
        assertEquals(3, rows.size());
    }

    @Test
    void backtestListsEveryModelsForecastsWithTheError() throws Exception {
        files.writeBacktest(dir.resolve("backtest.csv"), result());
        List<List<String>> rows = csv(dir.resolve("backtest.csv"));
        assertEquals(List.of("model", "origin", "step", "period", "actual", "forecast", "error"), rows.get(0));
        assertEquals(List.of("hw-add", "2025-04-01", "1", "2025-07-01", "15", "14.5", "0.5"), rows.get(1));
        assertEquals(List.of("hw-add", "2025-04-01", "2", "2025-10-01", "12", "12.25", "-0.25"), rows.get(2));
        assertEquals(List.of("snaive", "2025-04-01", "1", "2025-07-01", "15", "14", "1"), rows.get(3));
    }

    @Test
    @SuppressWarnings("unchecked")
    void parametersNameTheModelItsEstimatesAndEveryCandidatesErrors() throws Exception {
        files.writeParameters(dir.resolve("parameters.json"), result());
        Map<String, Object> p = json(dir.resolve("parameters.json"));
        assertEquals("Revenue by quarter", p.get("series"));
        assertEquals("quarter", p.get("frequency"));
        assertEquals(8, number(p, "periods"));
        assertEquals("2024-01-01", p.get("first_period"));
        assertEquals("2025-10-01", p.get("last_period"));
        assertEquals("hw-add", p.get("model"));
        assertEquals("auto", p.get("requested"));
        assertEquals("Holt-Winters additive", p.get("description"));
        Map<String, Object> fitted = (Map<String, Object>) p.get("parameters");
        assertEquals(List.of("alpha", "beta", "gamma"), List.copyOf(fitted.keySet()));
        assertEquals(THIRD, number(fitted, "alpha"), 0.0);
        Map<String, Object> states = (Map<String, Object>) p.get("initial_states");
        assertEquals(List.of(11.75), states.get("level"));
        assertEquals(List.of(-1.75, 0.25, 2.25, -0.75), states.get("season"));
        assertEquals(3.5, number(p, "sse"));
        assertEquals(4, number(p, "observations"));
        assertEquals(2, number(p, "horizon"));
        assertEquals(List.of(80.0, 95.0), p.get("levels"));
        assertEquals(2, number(p, "origins"));
        assertEquals(99, number(p, "seed"));
        Map<String, Object> backtest = (Map<String, Object>) p.get("backtest");
        assertEquals(0.4, number(backtest, "mase"));
        assertEquals(2, number(backtest, "points"));
        List<Object> candidates = (List<Object>) p.get("candidates");
        assertEquals(2, candidates.size());
        Map<String, Object> naive = (Map<String, Object>) candidates.get(1);
        assertEquals("snaive", naive.get("model"));
        assertNull(naive.get("mase"), "NaN is null");
        assertEquals(6.7, number(naive, "mape"));
    }

    @Test
    void theSavedRunCarriesHistoryFittedValuesAndEveryBound() throws Exception {
        Instant started = Instant.parse("2026-11-23T08:00:00Z");
        ForecastRunRecord run = files.record(result(), started, "1.2.3");
        assertEquals(0, run.id());
        assertEquals("Revenue by quarter", run.seriesName());
        assertEquals("revenue", run.unit());
        assertEquals(SeriesFrequency.QUARTER, run.frequency());
        assertEquals("hw-add", run.model());
        assertEquals("auto", run.requested());
        assertEquals(3.5, run.sse());
        assertEquals(99, run.seed());
        assertEquals("test.csv", run.dataSource());
        assertEquals(started, run.startedAt());
        assertEquals("1.2.3", run.appVersion());
        assertEquals(8, run.history().size());
        assertTrue(Double.isNaN(run.history().get(0).fitted()));
        assertEquals(13.1, run.history().get(5).fitted());
        assertEquals(13, run.history().get(5).actual());
        assertEquals(2, run.forecast().size());
        ForecastRunRecord.ForecastPoint second = run.forecast().get(1);
        assertEquals(LocalDate.of(2026, 4, 1), second.period());
        assertArrayEquals(new int[] {80, 95}, second.levels());
        assertArrayEquals(new double[] {13, 12.1}, second.lower());
        assertArrayEquals(new double[] {15.5, 16.4}, second.upper());
        Map<String, Object> backtest = json(run.backtest());
        assertEquals(List.of("mae", "rmse", "mape", "mase"), List.copyOf(backtest.keySet()));
        assertEquals(0.395, number(backtest, "rmse"));
        assertEquals(json(files.parameters(result())), json(run.parameters()));
    }
}
