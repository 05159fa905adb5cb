package org.crmworkbench.analysis.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.forecast.ForecastBand;
import org.crmworkbench.analysis.forecast.ForecastModel;
import org.crmworkbench.analysis.forecast.ForecastResult;
import org.crmworkbench.analysis.forecast.ForecastSettings;
import org.crmworkbench.analysis.forecast.SalesForecaster;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * Each rep's monthly revenue, from the month of their first order to the data's last month (months without orders are
 * 0; that last month is left out when the last order date falls before its last three days, as an incomplete month
 * would read as a slump), with a forecast by the Forecast workspace's models chosen automatically by backtest (the
 * lowest MASE over {@value #ORIGINS} rolling origins, as {@code workbench forecast --model auto}), its 95% band, and the
 * last {@value #CHECKED} months' actual revenue against the chosen model's forecast from the history before them.
 *
 * <p>Reps with fewer than {@value #MINIMUM_MONTHS} months of history are left out (no seasonal-naive stand-in: two
 * seasons are the least on which a monthly season can be told from noise).
 */
final class RepTrends {
    static final int MINIMUM_MONTHS = 24;
    static final int CHECKED = 3;
    static final int ORIGINS = 6;

    List<RepTrend> make(RepOrders data, List<String> repsInOrder, int horizon, Progress progress) {
        LocalDate lastDate = data.orders().stream().map(RepOrder::date).max(LocalDate::compareTo).orElseThrow();
        LocalDate lastMonth = lastDate.withDayOfMonth(1);
        if (lastDate.getDayOfMonth() < lastDate.lengthOfMonth() - 2) {
            lastMonth = lastMonth.minusMonths(1);
        }
        Map<String, Map<LocalDate, Double>> revenue = new HashMap<>();
        Map<String, LocalDate> firstMonth = new HashMap<>();
        for (RepOrder o : data.orders()) {
            LocalDate m = o.date().withDayOfMonth(1);
            revenue.computeIfAbsent(o.repId(), r -> new HashMap<>()).merge(m, o.amount(), Double::sum);
            firstMonth.merge(o.repId(), m, (a, b) -> a.isBefore(b) ? a : b);
        }
        Progress inner = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        List<RepTrend> trends = new ArrayList<>();
        int done = 0;
        for (String rep : repsInOrder) {
            progress.checkCancelled();
            progress.stage("sales.progress.trend", rep, done + 1, repsInOrder.size());
            progress.worked(done++, repsInOrder.size());
            List<LocalDate> months = new ArrayList<>();
            LocalDate start = firstMonth.get(rep);
            for (LocalDate m = start; m != null && !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                months.add(m);
            }
            if (months.size() < MINIMUM_MONTHS) {
                continue;
            }
            double[] values = new double[months.size()];
            Map<LocalDate, Double> perMonth = revenue.get(rep);
            for (int i = 0; i < values.length; i++) {
                values[i] = perMonth.getOrDefault(months.get(i), 0.0);
            }
            trends.add(trend(rep, data, months, values, horizon, inner));
        }
        return trends;
    }

    private static RepTrend trend(String rep, RepOrders data, List<LocalDate> months, double[] values, int horizon,
                                  Progress inner) {
        TimeSeries series = new TimeSeries("Revenue by month, " + data.name(rep), data.source(), "revenue",
                SeriesFrequency.MONTH, months, values);
        ForecastSettings settings = new ForecastSettings(ForecastModel.AUTO, horizon, new int[] {95}, ORIGINS,
                ForecastSettings.DEFAULT_SEED);
        ForecastResult result = new SalesForecaster().run(series, settings, inner);
        ForecastBand band = result.forecast().bands().get(0);
        double[] checked = new double[CHECKED];
        Arrays.fill(checked, Double.NaN);
        try {
            double[] head = Arrays.copyOf(values, values.length - CHECKED);
            checked = SalesForecaster.forecaster(result.model()).fit(head, 12, inner).mean(CHECKED);
        } catch (UnsuitableDataException | IllegalArgumentException e) {
            // the chosen model cannot fit the shorter history: the check stays NaN
        }
        return new RepTrend(rep, months, values, result.model().key(), result.forecast().periods(),
                result.forecast().mean(), band.lower(), band.upper(), checked);
    }
}
