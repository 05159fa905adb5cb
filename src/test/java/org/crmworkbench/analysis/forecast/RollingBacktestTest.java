package org.crmworkbench.analysis.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** A backtest small enough to compute by hand. */
class RollingBacktestTest {

    @Test
    void seasonalNaiveBacktestErrorsByHand() {
        // quarterly, m = 4; seasonal naive needs 5 periods, so origins after periods 8 and 9 (the last two)
        double[] y = {10, 20, 30, 40, 12, 22, 33, 41, 14, 25};
        TimeSeries series = PlantedSeries.series(SeriesFrequency.QUARTER, y);
        Backtest backtest = new RollingBacktest(2, 2).run(new SeasonalNaive(), series, Progress.none());
        List<BacktestPoint> points = backtest.points();
        assertEquals(3, points.size());
        // origin 8: periods 9 and 10 forecast by periods 5 and 6 (12, 22); origin 9: period 10 by period 6 (22)
        assertEquals(new BacktestPoint(LocalDate.of(2021, 10, 1), 1, LocalDate.of(2022, 1, 1), 14, 12),
                points.get(0));
        assertEquals(new BacktestPoint(LocalDate.of(2021, 10, 1), 2, LocalDate.of(2022, 4, 1), 25, 22),
                points.get(1));
        assertEquals(new BacktestPoint(LocalDate.of(2022, 1, 1), 1, LocalDate.of(2022, 4, 1), 25, 22),
                points.get(2));
        // errors 2, 3, 3; seasonal naive in-sample MAE over the history before the first origin (periods 1..8):
        // (2+2+3+1)/4 = 2 (the forecast periods 9 and 10 stay out of the yardstick)
        BacktestErrors e = backtest.errors();
        assertEquals(8.0 / 3, e.mae(), 1e-12);
        assertEquals(Math.sqrt(22.0 / 3), e.rmse(), 1e-12);
        assertEquals(100 * (2.0 / 14 + 3.0 / 25 + 3.0 / 25) / 3, e.mape(), 1e-12);
        assertEquals((8.0 / 3) / 2, e.mase(), 1e-12);
    }

    @Test
    void mapeSkipsZeroActuals() {
        List<BacktestPoint> points = List.of(
                new BacktestPoint(LocalDate.of(2020, 1, 1), 1, LocalDate.of(2020, 2, 1), 0, 5),
                new BacktestPoint(LocalDate.of(2020, 1, 1), 2, LocalDate.of(2020, 3, 1), 10, 8));
        BacktestErrors e = ForecastErrors.of(points, 2);
        assertEquals(20, e.mape(), 1e-12);
        assertEquals(3.5, e.mae(), 1e-12);
        assertEquals(1.75, e.mase(), 1e-12);
    }
}
