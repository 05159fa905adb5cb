package org.crmworkbench.analysis.sales;

import java.util.Objects;

/**
 * A rep's figures for one period.
 *
 * @param repId            the rep's id
 * @param period           the period's label ({@link RepPeriod#label})
 * @param revenue          sum of the rep's order amounts in the period
 * @param orders           the rep's orders in the period
 * @param customers        distinct customers the rep sold to in the period
 * @param newCustomers     of those, customers whose first order ever (with anyone) was with this rep in this period
 * @param averageOrderValue revenue / orders (NaN without orders)
 * @param repeatRate       share of the period's customers who had bought from the rep before the period (NaN when none)
 * @param lostShare        share of the rep's customers of the period who placed no order (with anyone) in the churn
 *                         window after it (NaN when the window runs past the data)
 * @param quota            the period's quota (NaN when none was given)
 * @param attainment       revenue / quota (NaN without a quota)
 */
public record RepScorecard(String repId, String period, double revenue, int orders, int customers, int newCustomers,
                           double averageOrderValue, double repeatRate, double lostShare, double quota,
                           double attainment) {
    public RepScorecard {
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(period, "period");
    }
}
