package org.crmworkbench.analysis.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

/** Bad input, cancellation and determinism of a whole forecast run. */
class SalesForecasterTest {

    @Test
    void tooShortHistoryIsADataProblemThatSaysThePeriodsNeeded() {
        TimeSeries series = PlantedSeries.series(SeriesFrequency.MONTH,
                PlantedSeries.multiplicative(20, 12, 100, 0, 0.05, 1));
        UnsuitableDataException e = assertThrows(UnsuitableDataException.class, () -> new SalesForecaster()
                .run(series, ForecastSettings.of(ForecastModel.HOLT_WINTERS_ADDITIVE, 6), Progress.none()));
        assertEquals("forecast.error.tooShort", e.messageKey());
        assertTrue(e.getMessage().contains("27") && e.getMessage().contains("20"), e.getMessage());
        // AUTO leaves out what does not fit: 20 months allow seasonal naive only
        ForecastResult auto = new SalesForecaster().run(series, ForecastSettings.of(ForecastModel.AUTO, 6),
                Progress.none());
        assertEquals(ForecastModel.SEASONAL_NAIVE, auto.model());
        UnsuitableDataException none = assertThrows(UnsuitableDataException.class, () -> new SalesForecaster()
                .run(series.head(12), ForecastSettings.of(ForecastModel.AUTO, 6), Progress.none()));
        assertEquals("forecast.error.tooShort", none.messageKey());
    }

    @Test
    void multiplicativeOnAZeroNamesTheModelAndThePeriod() {
        double[] y = PlantedSeries.multiplicative(48, 12, 100, 0, 0.05, 1);
        y[30] = 0;
        TimeSeries series = PlantedSeries.series(SeriesFrequency.MONTH, y);
        BadParameterException e = assertThrows(BadParameterException.class, () -> new SalesForecaster()
                .run(series, ForecastSettings.of(ForecastModel.HOLT_WINTERS_MULTIPLICATIVE, 6), Progress.none()));
        assertEquals("model", e.parameter());
        assertTrue(e.getMessage().contains(series.periods().get(30).toString()), e.getMessage());
        ForecastResult auto = new SalesForecaster().run(series, ForecastSettings.of(ForecastModel.AUTO, 6),
                Progress.none());
        assertTrue(auto.candidates().stream().noneMatch(b -> b.model() == ForecastModel.HOLT_WINTERS_MULTIPLICATIVE));
    }

    @Test
    void autoComparesEveryCandidateOnTheSameOriginsAndSaysWhatItLeftOut() {
        // 36 months, 12 origins asked: ARIMA needs 32 periods, so it could only be tested from the last 4 origins;
        // the others are compared from the origins Holt-Winters allows, and ARIMA is listed as left out
        TimeSeries series = PlantedSeries.series(SeriesFrequency.MONTH,
                PlantedSeries.multiplicative(36, 12, 100, 0.01, 0.05, 3));
        ForecastResult auto = new SalesForecaster().run(series, ForecastSettings.of(ForecastModel.AUTO, 12),
                Progress.none());
        assertTrue(auto.candidates().size() >= 3);
        var origins = auto.candidates().get(0).points().stream().map(BacktestPoint::origin).distinct().toList();
        for (Backtest b : auto.candidates()) {
            assertEquals(origins, b.points().stream().map(BacktestPoint::origin).distinct().toList(),
                    b.model().key());
            assertEquals(auto.candidates().get(0).points().size(), b.points().size(), b.model().key());
        }
        assertTrue(auto.leftOut().stream().anyMatch(l -> l.model() == ForecastModel.ARIMA && !l.needsPositive()
                && l.periodsNeeded() > 36), auto.leftOut().toString());
        assertTrue(auto.candidates().stream().noneMatch(b -> b.model() == ForecastModel.ARIMA));
        // with 60 months every model fits from the same 12 origins, and nothing is left out
        TimeSeries longer = PlantedSeries.series(SeriesFrequency.MONTH,
                PlantedSeries.multiplicative(60, 12, 100, 0.01, 0.05, 3));
        ForecastResult all = new SalesForecaster().run(longer, ForecastSettings.of(ForecastModel.AUTO, 6),
                Progress.none());
        assertEquals(5, all.candidates().size());
        assertTrue(all.leftOut().isEmpty());
        for (Backtest b : all.candidates()) {
            assertEquals(12, b.points().stream().map(BacktestPoint::origin).distinct().count(), b.model().key());
        }
    }

    @Test
    void horizonOutOfRangeIsRefusedBySettings() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> ForecastSettings.of(ForecastModel.AUTO, 0));
        assertEquals("horizon", e.parameter());
    }

    @Test
    void cancelledRunStops() {
        TimeSeries series = PlantedSeries.series(SeriesFrequency.MONTH,
                PlantedSeries.multiplicative(60, 12, 100, 0.01, 0.05, 1));
        assertThrows(CancelledException.class, () -> new SalesForecaster()
                .run(series, ForecastSettings.of(ForecastModel.AUTO, 12), new CancelledProgress()));
        assertThrows(CancelledException.class, () -> new HoltWinters(true)
                .fit(series.values(), 12, new CancelledProgress()));
    }

    @Test
    void sameSeriesAndSeedGiveTheSameForecast() {
        TimeSeries series = PlantedSeries.series(SeriesFrequency.MONTH,
                PlantedSeries.multiplicative(60, 12, 100, 0.01, 0.05, 4));
        ForecastSettings settings = ForecastSettings.of(ForecastModel.HOLT_WINTERS_MULTIPLICATIVE, 12);
        ForecastResult a = new SalesForecaster().run(series, settings, Progress.none());
        ForecastResult b = new SalesForecaster().run(series, settings, Progress.none());
        assertArrayEquals(a.forecast().mean(), b.forecast().mean());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(a.forecast().bands().get(i).lower(), b.forecast().bands().get(i).lower());
            assertArrayEquals(a.forecast().bands().get(i).upper(), b.forecast().bands().get(i).upper());
        }
        assertEquals(a.backtest(), b.backtest());
        assertEquals(a.parameters().sse(), b.parameters().sse());
        ForecastResult auto1 = new SalesForecaster().run(series, ForecastSettings.of(ForecastModel.AUTO, 12),
                Progress.none());
        ForecastResult auto2 = new SalesForecaster().run(series, ForecastSettings.of(ForecastModel.AUTO, 12),
                Progress.none());
        assertEquals(auto1.model(), auto2.model());
        assertArrayEquals(auto1.forecast().mean(), auto2.forecast().mean());
    }
}
