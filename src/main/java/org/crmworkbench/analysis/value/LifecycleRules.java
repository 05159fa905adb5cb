package org.crmworkbench.analysis.value;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Assigns the lifecycle stage of a customer at a date from the days since their first and last purchase, the gap
 * before the last purchase, their repeat purchases and P(alive). The rules, in order, the first that holds naming
 * the stage (thresholds from {@link LifecycleThresholds}):
 * <ol>
 *   <li><b>lost</b>: P(alive) below {@code lostAlive}, whatever the days say;</li>
 *   <li><b>new</b>: no repeat purchase yet and the first purchase at most {@code newDays} days old;</li>
 *   <li><b>lapsed</b>: the last purchase more than {@code lapsedDays} days old;</li>
 *   <li><b>at risk</b>: the last purchase more than {@code activeDays} days old, or P(alive) below
 *       {@code atRiskAlive};</li>
 *   <li><b>reactivated</b>: a repeat buyer whose last purchase came after a gap of more than
 *       {@code reactivationGap} days;</li>
 *   <li><b>active</b>: everyone else (a recent purchase and a likely live customer).</li>
 * </ol>
 * A one-time buyer older than {@code newDays} is judged like everyone else by their last (only) purchase. BG/NBD
 * puts P(alive) = 1 on every customer without a repeat purchase, so under it they only leave by the days.
 */
public final class LifecycleRules {
    private final LifecycleThresholds thresholds;

    public LifecycleRules(LifecycleThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public LifecycleThresholds thresholds() {
        return thresholds;
    }

    /**
     * The stage from the measures themselves.
     *
     * @param daysSinceFirst days from the first purchase to the date
     * @param daysSinceLast  days from the last purchase (on or before the date) to the date
     * @param gapBeforeLast  days from the purchase before the last to the last; ignored without a repeat purchase
     * @param frequency      repeat purchases by the date
     * @param probabilityAlive P(alive) at the date
     */
    public LifecycleStage stage(long daysSinceFirst, long daysSinceLast, long gapBeforeLast, int frequency,
                                double probabilityAlive) {
        if (probabilityAlive < thresholds.lostAlive()) {
            return LifecycleStage.LOST;
        }
        if (frequency == 0 && daysSinceFirst <= thresholds.newDays()) {
            return LifecycleStage.NEW;
        }
        if (daysSinceLast > thresholds.lapsedDays()) {
            return LifecycleStage.LAPSED;
        }
        if (daysSinceLast > thresholds.activeDays() || probabilityAlive < thresholds.atRiskAlive()) {
            return LifecycleStage.AT_RISK;
        }
        if (frequency > 0 && gapBeforeLast > thresholds.reactivationGap()) {
            return LifecycleStage.REACTIVATED;
        }
        return LifecycleStage.ACTIVE;
    }

    /**
     * The stage of {@code customer} at {@code date}, counting only purchases on or before it, with P(alive) from
     * {@code model} on their summary at that date; null when they had not bought by then.
     */
    public LifecycleStage stage(CustomerPurchases customer, LocalDate date, PurchaseModel model, PeriodUnit unit) {
        int n = customer.daysUpTo(date);
        if (n == 0) {
            return null;
        }
        LocalDate first = customer.first();
        LocalDate last = customer.day(n - 1);
        int x = n - 1;
        double alive = model.probabilityAlive(x, unit.between(first, last), unit.between(first, date));
        long gap = x == 0 ? 0 : ChronoUnit.DAYS.between(customer.day(n - 2), last);
        return stage(ChronoUnit.DAYS.between(first, date), ChronoUnit.DAYS.between(last, date), gap, x, alive);
    }
}
