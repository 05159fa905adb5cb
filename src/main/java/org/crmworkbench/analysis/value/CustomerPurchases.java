package org.crmworkbench.analysis.value;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One customer's purchase days in date order, each with the day's amounts summed (several transactions on one day
 * are one purchase).
 *
 * @param customerId the customer
 * @param days       the distinct purchase days, ascending (at least one)
 * @param amounts    amounts[i] = everything spent on days[i]
 */
public record CustomerPurchases(String customerId, LocalDate[] days, double[] amounts) {
    public CustomerPurchases {
        Objects.requireNonNull(customerId, "customerId");
        if (days.length == 0 || days.length != amounts.length) {
            throw new IllegalArgumentException("one amount per purchase day, at least one day");
        }
        days = days.clone();
        amounts = amounts.clone();
    }

    @Override
    public LocalDate[] days() {
        return days.clone();
    }

    @Override
    public double[] amounts() {
        return amounts.clone();
    }

    /** The first purchase day. */
    public LocalDate first() {
        return days[0];
    }

    /** The last purchase day of all. */
    public LocalDate last() {
        return days[days.length - 1];
    }

    /** The number of purchase days on or before {@code date}. */
    public int daysUpTo(LocalDate date) {
        int index = Arrays.binarySearch(days, date);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The i-th purchase day (0 = the first). */
    public LocalDate day(int i) {
        return days[i];
    }

    /** What was spent on the i-th purchase day. */
    public double amount(int i) {
        return amounts[i];
    }

    /**
     * The customer's summary at {@code calibrationEnd} (see {@link CustomerSummary}), with the purchases after it up
     * to {@code holdoutEnd} when that is given; null when the customer first bought after the calibration end.
     */
    public CustomerSummary summary(LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {
        int n = daysUpTo(calibrationEnd);
        if (n == 0) {
            return null;
        }
        double spend = 0;
        for (int i = 0; i < n; i++) {
            spend += amounts[i];
        }
        int x = n - 1;
        double monetary = x == 0 ? 0 : (spend - amounts[0]) / x;
        int holdoutPurchases = 0;
        double holdoutSpend = 0;
        if (holdoutEnd != null) {
            int m = daysUpTo(holdoutEnd);
            for (int i = n; i < m; i++) {
                holdoutPurchases++;
                holdoutSpend += amounts[i];
            }
        }
        return new CustomerSummary(customerId, x, unit.between(days[0], days[n - 1]),
                unit.between(days[0], calibrationEnd), monetary, days[0], days[n - 1], spend, holdoutPurchases,
                holdoutSpend);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerPurchases that && customerId.equals(that.customerId)
                && Arrays.equals(days, that.days) && Arrays.equals(amounts, that.amounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, Arrays.hashCode(days), Arrays.hashCode(amounts));
    }

    @Override
    public String toString() {
        return customerId + Arrays.toString(days);
    }
}
