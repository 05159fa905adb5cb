package org.crmworkbench.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One order as the sales-team analysis sees it: who sold it, to whom, when, for how much, and the levels of the
 * factors the rep does not control (region, channel, the customer's value tier, the order's main category ...), in
 * the order of {@link RepOrders#factorNames()}.
 *
 * @param orderId    the order's external id (or a file's line)
 * @param repId      the rep's external id
 * @param customerId the customer's external id ("" when unknown)
 * @param date       the order date
 * @param amount     the order's amount (at least 0)
 * @param factors    one level per factor name ("" when missing)
 */
public record RepOrder(String orderId, String repId, String customerId, LocalDate date, double amount,
                       List<String> factors) {
    public RepOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(repId, "repId");
        customerId = customerId == null ? "" : customerId;
        Objects.requireNonNull(date, "date");
        factors = List.copyOf(factors);
    }
}
