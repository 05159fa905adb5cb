package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The customers' lifecycle stages through time: every stage is assigned by {@link LifecycleRules} on the purchases
 * made by that date, with P(alive) from the fitted model (fitted once, at the calibration end) on each customer's
 * summary recomputed at that date.
 */
public final class LifecycleTimeline {
    /** At most about this many dates in a stage history. */
    public static final int MAX_DATES = 60;
    /** Spans up to this many days are shown week by week, longer ones month by month. */
    public static final int WEEKLY_SPAN_DAYS = 182;

    private final List<CustomerPurchases> customers;
    private final PurchaseModel model;
    private final LifecycleRules rules;
    private final PeriodUnit unit;

    public LifecycleTimeline(List<CustomerPurchases> customers, PurchaseModel model, LifecycleThresholds thresholds,
                             PeriodUnit unit) {
        this.customers = List.copyOf(customers);
        this.model = model;
        this.rules = new LifecycleRules(thresholds);
        this.unit = unit;
    }

    /** Every customer's stage at {@code date}, in the customers' order; null for those who had not bought yet. */
    public LifecycleStage[] stagesAt(LocalDate date) {
        LifecycleStage[] stages = new LifecycleStage[customers.size()];
        for (int i = 0; i < stages.length; i++) {
            stages[i] = rules.stage(customers.get(i), date, model, unit);
        }
        return stages;
    }

    /**
     * Stage sizes at the period ends from the first purchase to {@code end} (see {@link #periodEnds}).
     */
    public StageHistory history(LocalDate end, Progress progress) {
        LocalDate first = customers.stream().map(CustomerPurchases::first).min(LocalDate::compareTo).orElse(end);
        List<LocalDate> dates = periodEnds(first, end);
        int[][] counts = new int[dates.size()][LifecycleStage.values().length];
        for (int d = 0; d < dates.size(); d++) {
            progress.checkCancelled();
            for (LifecycleStage stage : stagesAt(dates.get(d))) {
                if (stage != null) {
                    counts[d][stage.ordinal()]++;
                }
            }
            progress.worked(d + 1, dates.size());
        }
        return new StageHistory(dates, counts);
    }

    /**
     * How the customers moved between stages from {@code from} to {@code to}; those who first bought after
     * {@code from} (and by {@code to}) are the arrivals.
     */
    public StageMigration migration(LocalDate from, LocalDate to) {
        int stages = LifecycleStage.values().length;
        int[][] counts = new int[stages][stages];
        int[] arrivals = new int[stages];
        LifecycleStage[] before = stagesAt(from);
        LifecycleStage[] after = stagesAt(to);
        for (int i = 0; i < before.length; i++) {
            if (after[i] == null) {
                continue;
            }
            if (before[i] == null) {
                arrivals[after[i].ordinal()]++;
            } else {
                counts[before[i].ordinal()][after[i].ordinal()]++;
            }
        }
        return new StageMigration(from, to, counts, arrivals);
    }

    /**
     * Period ends counted back from {@code end} while they are on or after {@code first}, ascending: weeks when the
     * span is at most {@link #WEEKLY_SPAN_DAYS} days, else months, taken every second (third, ...) month when more
     * than {@link #MAX_DATES} would be needed. {@code end} is always the last.
     */
    public static List<LocalDate> periodEnds(LocalDate first, LocalDate end) {
        List<LocalDate> dates = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(first, end);
        if (span <= WEEKLY_SPAN_DAYS) {
            for (LocalDate date = end; !date.isBefore(first); date = date.minusWeeks(1)) {
                dates.add(date);
            }
        } else {
            long months = ChronoUnit.MONTHS.between(first, end);
            int step = (int) Math.max(1, (months + MAX_DATES - 1) / MAX_DATES);
            for (int k = 0; ; k += step) {
                LocalDate date = end.minusMonths(k);
                if (date.isBefore(first)) {
                    break;
                }
                dates.add(date);
            }
        }
        Collections.reverse(dates);
        return dates;
    }
}
