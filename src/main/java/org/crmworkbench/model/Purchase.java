package org.crmworkbench.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction as the value analysis sees it: who bought, on which day, for how much.
 *
 * @param customerId the customer's identifier as the source names it
 * @param date       the day of the purchase (a time of day is dropped; purchases on one day are one purchase)
 * @param amount     what was spent, 0 or more
 */
public record Purchase(String customerId, LocalDate date, double amount) {
    public Purchase {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
    }
}
