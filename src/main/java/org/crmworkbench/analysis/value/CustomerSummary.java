package org.crmworkbench.analysis.value;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One customer's purchases up to the calibration end, in the terms of the buy-till-you-die models, and (when a
 * holdout end is given) what they bought after it.
 *
 * @param customerId       the customer
 * @param frequency        x: repeat purchases (purchase days after the first) up to the calibration end
 * @param recency          t_x: periods from the first to the last purchase day (0 when x is 0)
 * @param age              T: periods from the first purchase day to the calibration end
 * @param monetaryValue    mean amount of the repeat purchases (a purchase day's amounts summed); 0 when x is 0
 * @param firstPurchase    the first purchase day
 * @param lastPurchase     the last purchase day up to the calibration end
 * @param calibrationSpend everything spent up to the calibration end, first purchase included
 * @param holdoutPurchases purchase days after the calibration end up to the holdout end; 0 without a holdout
 * @param holdoutSpend     spent in that holdout window; 0 without a holdout
 */
public record CustomerSummary(String customerId, int frequency, double recency, double age, double monetaryValue,
                              LocalDate firstPurchase, LocalDate lastPurchase, double calibrationSpend,
                              int holdoutPurchases, double holdoutSpend) {
    public CustomerSummary {
        Objects.requireNonNull(customerId, "customerId");
        if (frequency < 0 || recency < 0 || age < recency || monetaryValue < 0) {
            throw new IllegalArgumentException("bad summary for " + customerId + ": x=" + frequency + " t_x="
                    + recency + " T=" + age + " m=" + monetaryValue);
        }
    }
}
