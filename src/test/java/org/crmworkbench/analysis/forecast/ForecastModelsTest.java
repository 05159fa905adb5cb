package org.crmworkbench.analysis.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** Each model on series with planted structure whose right answer is known. */
class ForecastModelsTest {

    @Test
    void holtWintersMultiplicativeRecoversTheSeasonalFactors() {
        double[] y = PlantedSeries.multiplicative(96, 12, 1000, 0.01, 0.01, 11);
        HoltWinters.Fitted fit = (HoltWinters.Fitted) new HoltWinters(true).fit(y, 12, Progress.none());
        double[] seasons = fit.finalSeasons();
        double meanFactor = 0;
        double meanSeason = 0;
        for (int k = 0; k < 12; k++) {
            meanFactor += PlantedSeries.FACTORS[k] / 12;
            meanSeason += seasons[k] / 12;
        }
        for (int k = 0; k < 12; k++) {
            // normalised factors within 0.03 (noise 1%, eight years)
            assertEquals(PlantedSeries.FACTORS[k] / meanFactor, seasons[k] / meanSeason, 0.03, "month " + (k + 1));
        }
        assertEquals(96 - 12, fit.parameters().observations());
        assertEquals("Holt-Winters multiplicative [12]", fit.parameters().description());
        assertEquals(List.of("alpha", "beta", "gamma", "sigma"),
                fit.parameters().parameters().stream().map(FittedParameters.Parameter::name).toList());
        assertEquals(List.of("level", "trend", "season"),
                fit.parameters().initialStates().stream().map(FittedParameters.State::name).toList());
        assertEquals(12, fit.parameters().initialStates().get(2).values().length);
    }

    @Test
    void trendSeasonRecoversTheSlopeAndSeasonalTerms() {
        SplittableRandom random = new SplittableRandom(3);
        double[] effects = {0, 30, -20, 10, 50, -40, 0, 5, 15, -10, 60, 100};
        double[] y = new double[96];
        for (int t = 0; t < y.length; t++) {
            y[t] = 200 + 5 * t + effects[t % 12] + 5 * PredictionIntervals.gaussian(random);
        }
        FittedForecaster fit = new TrendSeasonRegression().fit(y, 12, Progress.none());
        List<FittedParameters.Parameter> p = fit.parameters().parameters();
        assertEquals("intercept", p.get(0).name());
        assertEquals(200, p.get(0).value(), 4);
        assertEquals("slope", p.get(1).name());
        assertEquals(5, p.get(1).value(), 0.06); // standard error about 0.02
        for (int k = 1; k < 12; k++) {
            assertEquals("season " + (k + 1), p.get(k + 1).name());
            assertEquals(effects[k], p.get(k + 1).value(), 6);
        }
        // intervals widen with the horizon and the 95% band contains the 80% band
        List<ForecastBand> bands = fit.bands(24, new int[] {80, 95}, 1);
        for (int i = 0; i < 24; i++) {
            assertTrue(bands.get(1).lower()[i] < bands.get(0).lower()[i]);
        }
        assertTrue(width(bands.get(1), 23) > width(bands.get(1), 0));
    }

    @Test
    void seasonalNaiveRepeatsTheLastSeasonWithSqrtIntervals() {
        double[] y = {10, 20, 30, 40, 12, 22, 33, 41, 14, 25};
        FittedForecaster fit = new SeasonalNaive().fit(y, 4, Progress.none());
        assertArrayEquals(new double[] {33, 41, 14, 25, 33, 41, 14, 25, 33}, fit.mean(9), 0);
        // m-lag differences 2, 2, 3, 1, 2, 3: sigma = sqrt(31 / 6)
        double sigma = Math.sqrt(31.0 / 6);
        assertEquals(31, fit.parameters().sse(), 1e-12);
        assertEquals(6, fit.parameters().observations());
        ForecastBand band = fit.bands(9, new int[] {95}, 1).get(0);
        double z = 1.959963984540054;
        for (int h = 1; h <= 9; h++) {
            double sd = sigma * Math.sqrt((h - 1) / 4 + 1);
            assertEquals(fit.mean(9)[h - 1] + z * sd, band.upper()[h - 1], 1e-6, "h=" + h);
        }
        assertTrue(Double.isNaN(fit.fitted()[3]));
        assertEquals(10, fit.fitted()[4]);
    }

    @Test
    void autoPicksASeasonalModelOverNaiveAndForecastsFromTheEnd() {
        double[] y = PlantedSeries.multiplicative(72, 12, 1000, 0.01, 0.02, 5);
        TimeSeries series = PlantedSeries.series(SeriesFrequency.MONTH, y);
        ForecastResult result = new SalesForecaster().run(series, ForecastSettings.of(ForecastModel.AUTO, 12),
                Progress.none());
        assertNotEquals(ForecastModel.SEASONAL_NAIVE, result.model());
        assertEquals(5, result.candidates().size());
        assertEquals(result.model(), result.candidates().get(0).model());
        Backtest naive = result.candidates().stream().filter(b -> b.model() == ForecastModel.SEASONAL_NAIVE)
                .findFirst().orElseThrow();
        assertTrue(result.backtest().errors().mase() < naive.errors().mase());
        for (int i = 1; i < result.candidates().size(); i++) {
            assertTrue(result.candidates().get(i - 1).errors().mase() <= result.candidates().get(i).errors().mase());
        }
        assertEquals(series.periodAfterEnd(1), result.forecast().periods().get(0));
        assertEquals(12, result.forecast().horizon());
        assertEquals(2, result.forecast().bands().size());
        assertEquals(12, result.backtest().points().stream().map(BacktestPoint::origin).distinct().count());
    }

    @Test
    void arimaChoosesSeasonalDifferencingAndForecastsTheSeason() {
        double[] y = PlantedSeries.multiplicative(96, 12, 1000, 0.005, 0.02, 9);
        FittedForecaster fit = new SeasonalArima().fit(y, 12, Progress.none());
        String description = fit.parameters().description();
        assertTrue(description.matches("ARIMA\\(\\d,[01],\\d\\)\\(\\d,1,\\d\\)\\[12].*"), description);
        double[] mean = fit.mean(12);
        // December is the strongest month: the forecast for the next December (step 12) tops the next twelve months
        int december = 11;
        double max = 0;
        int arg = -1;
        for (int i = 0; i < 12; i++) {
            if (mean[i] > max) {
                max = mean[i];
                arg = i;
            }
        }
        assertEquals(december, arg);
        List<ForecastBand> bands = fit.bands(24, new int[] {95}, 1);
        assertTrue(width(bands.get(0), 23) > width(bands.get(0), 0));
    }

    private static double width(ForecastBand band, int i) {
        return band.upper()[i] - band.lower()[i];
    }
}
