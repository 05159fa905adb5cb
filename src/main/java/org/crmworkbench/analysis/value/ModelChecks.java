package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks a specialist runs on a fitted purchase model: calibration against holdout by frequency group, tracking
 * of cumulative repeat purchases, and the models side by side.
 */
public final class ModelChecks {
    /** Frequency groups 0 .. this - 1 each on their own, the rest together ("7+"). */
    public static final int OPEN_GROUP = 7;

    private ModelChecks() {
    }

    /**
     * Customers grouped by calibration frequency (0, 1, ..., 6 and 7+, as lifetimes'
     * {@code plot_calibration_purchases_vs_holdout_purchases} groups them), each group's mean actual holdout
     * purchases against the model's mean E[X(T, T + holdout) | x, t_x, T]; groups without customers are left out.
     * Null without a holdout.
     */
    public static HoldoutComparison holdout(CustomerSummaries summaries, PurchaseModel model) {
        if (!summaries.hasHoldout()) {
            return null;
        }
        double length = summaries.holdoutLength();
        int[] customers = new int[OPEN_GROUP + 1];
        double[] actual = new double[OPEN_GROUP + 1];
        double[] expected = new double[OPEN_GROUP + 1];
        for (CustomerSummary summary : summaries.customers()) {
            int group = Math.min(summary.frequency(), OPEN_GROUP);
            customers[group]++;
            actual[group] += summary.holdoutPurchases();
            expected[group] += model.expectedPurchases(length, summary.frequency(), summary.recency(),
                    summary.age());
        }
        List<HoldoutComparison.Row> rows = new ArrayList<>();
        for (int group = 0; group <= OPEN_GROUP; group++) {
            if (customers[group] > 0) {
                String label = group == OPEN_GROUP ? OPEN_GROUP + "+" : Integer.toString(group);
                rows.add(new HoldoutComparison.Row(label, customers[group], actual[group] / customers[group],
                        expected[group] / customers[group]));
            }
        }
        return new HoldoutComparison(rows, length);
    }

    /**
     * Cumulative repeat purchases of the calibration customers at period ends of {@code summaries.unit()} counted
     * back from the calibration end to the first purchase and forward to the holdout end (the last one clipped to
     * it): actual against the sum over customers of E[X(t)], t the periods from their first purchase to the period
     * end, as lifetimes' {@code expected_cumulative_transactions} counts them.
     *
     * @param customers the purchases of (at least) the customers in {@code summaries}
     */
    public static Tracking tracking(CustomerSummaries summaries, List<CustomerPurchases> customers,
                                    PurchaseModel model, Progress progress) {
        LocalDate calibrationEnd = summaries.calibrationEnd();
        LocalDate end = summaries.hasHoldout() ? summaries.holdoutEnd() : calibrationEnd;
        Map<LocalDate, Integer> cohorts = new TreeMap<>();
        Map<LocalDate, Integer> repeats = new TreeMap<>();
        java.util.Set<String> inCalibration = new java.util.HashSet<>();
        for (CustomerSummary summary : summaries.customers()) {
            inCalibration.add(summary.customerId());
            cohorts.merge(summary.firstPurchase(), 1, Integer::sum);
        }
        for (CustomerPurchases customer : customers) {
            if (!inCalibration.contains(customer.customerId())) {
                continue;
            }
            int n = customer.daysUpTo(end);
            for (int i = 1; i < n; i++) {
                repeats.merge(customer.day(i), 1, Integer::sum);
            }
        }
        LocalDate first = cohorts.keySet().iterator().next();
        List<LocalDate> ends = trackingEnds(first, calibrationEnd, end, summaries.unit());
        int calibrationPeriods = (int) ends.stream().filter(date -> !date.isAfter(calibrationEnd)).count();
        double[] actual = new double[ends.size()];
        double[] expected = new double[ends.size()];
        List<Map.Entry<LocalDate, Integer>> repeatDays = new ArrayList<>(repeats.entrySet());
        int next = 0;
        double cumulative = 0;
        for (int k = 0; k < ends.size(); k++) {
            progress.checkCancelled();
            LocalDate periodEnd = ends.get(k);
            while (next < repeatDays.size() && !repeatDays.get(next).getKey().isAfter(periodEnd)) {
                cumulative += repeatDays.get(next).getValue();
                next++;
            }
            actual[k] = cumulative;
            double sum = 0;
            for (Map.Entry<LocalDate, Integer> cohort : cohorts.entrySet()) {
                if (cohort.getKey().isBefore(periodEnd)) {
                    double t = summaries.unit().between(cohort.getKey(), periodEnd);
                    sum += cohort.getValue() * model.expectedPurchasesFromStart(t);
                }
            }
            expected[k] = sum;
            progress.worked(k + 1, ends.size());
        }
        return new Tracking(ends, actual, expected, calibrationPeriods);
    }

    /**
     * Period ends of {@code unit} (days, weeks or calendar months) counted back from the calibration end while they
     * are after {@code first}, then forward from it to {@code end}, the last clipped to {@code end}; ascending.
     */
    public static List<LocalDate> trackingEnds(LocalDate first, LocalDate calibrationEnd, LocalDate end,
                                               PeriodUnit unit) {
        List<LocalDate> ends = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate date = step(calibrationEnd, -k, unit);
            if (!date.isAfter(first) && k > 0) {
                break;
            }
            ends.add(0, date);
        }
        for (int k = 1; ; k++) {
            LocalDate date = step(calibrationEnd, k, unit);
            if (!date.isBefore(end)) {
                if (end.isAfter(calibrationEnd)) {
                    ends.add(end);
                }
                break;
            }
            ends.add(date);
        }
        return ends;
    }

    private static LocalDate step(LocalDate date, int periods, PeriodUnit unit) {
        return switch (unit) {
            case DAY -> date.plusDays(periods);
            case WEEK -> date.plusWeeks(periods);
            case MONTH -> date.plusMonths(periods);
        };
    }

    /**
     * Each model's log-likelihood, parameter count and, with a holdout, the mean absolute error of the per-customer
     * holdout purchases and the totals expected and made.
     */
    public static ModelComparison comparison(CustomerSummaries summaries, List<PurchaseModel> models) {
        List<ModelComparison.Row> rows = new ArrayList<>();
        double length = summaries.holdoutLength();
        for (PurchaseModel model : models) {
            double mae = Double.NaN;
            double expectedTotal = Double.NaN;
            double actualTotal = Double.NaN;
            if (summaries.hasHoldout() && summaries.size() > 0) {
                double errors = 0;
                expectedTotal = 0;
                actualTotal = 0;
                for (CustomerSummary summary : summaries.customers()) {
                    double expected = model.expectedPurchases(length, summary.frequency(), summary.recency(),
                            summary.age());
                    errors += Math.abs(expected - summary.holdoutPurchases());
                    expectedTotal += expected;
                    actualTotal += summary.holdoutPurchases();
                }
                mae = errors / summaries.size();
            }
            rows.add(new ModelComparison.Row(model.kind(), model.logLikelihood(), model.parameters().size(), mae,
                    expectedTotal, actualTotal));
        }
        return new ModelComparison(rows);
    }
}
