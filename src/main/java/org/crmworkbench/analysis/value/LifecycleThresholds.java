package org.crmworkbench.analysis.value;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * The thresholds the lifecycle rules use; the analyst can change every one.
 *
 * @param newDays          a customer whose first purchase is at most this many days old and who has not bought
 *                         again is new
 * @param activeDays       a last purchase at most this many days old keeps a customer active (or reactivated)
 * @param lapsedDays       a last purchase more than this many days old makes a customer lapsed (between
 *                         {@code activeDays} and this, at risk)
 * @param reactivationGap  a customer whose last purchase is recent but came after a gap of more than this many days
 *                         is reactivated
 * @param atRiskAlive      an otherwise active customer with P(alive) below this is at risk
 * @param lostAlive        a customer with P(alive) below this is lost, whatever the days say
 */
public record LifecycleThresholds(int newDays, int activeDays, int lapsedDays, int reactivationGap,
                                  double atRiskAlive, double lostAlive) {
    public static final IntRange DAYS = new IntRange("days", 1, 3650);
    public static final DoubleRange ALIVE = new DoubleRange("p-alive", 0.0, 1.0, 0.05);

    public LifecycleThresholds {
        check("new-days", newDays);
        check("active-days", activeDays);
        check("lapsed-days", lapsedDays);
        check("reactivation-gap", reactivationGap);
        if (lapsedDays <= activeDays) {
            throw new BadParameterException("lapsed-days", "value.error.lapsedDays",
                    "lapsed-days must be more than active-days", lapsedDays, activeDays);
        }
        checkAlive("at-risk-alive", atRiskAlive);
        checkAlive("lost-alive", lostAlive);
        if (lostAlive > atRiskAlive) {
            throw new BadParameterException("lost-alive", "value.error.lostAlive",
                    "lost-alive must not be above at-risk-alive", lostAlive, atRiskAlive);
        }
    }

    /** Defaults for a business whose customers buy every few months. */
    public static LifecycleThresholds defaults() {
        return new LifecycleThresholds(90, 120, 365, 180, 0.5, 0.1);
    }

    private static void check(String name, int days) {
        if (!DAYS.contains(days)) {
            throw new BadParameterException(name, "parameter.outOfRange", name + " must be from " + DAYS.min()
                    + " to " + DAYS.max(), name, days, DAYS.min(), DAYS.max());
        }
    }

    private static void checkAlive(String name, double value) {
        if (!ALIVE.contains(value)) {
            throw new BadParameterException(name, "parameter.outOfRange", name + " must be from 0 to 1", name,
                    value, 0, 1);
        }
    }
}
