package org.crmworkbench.ui.sales;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.analysis.sales.RepTrend;
import org.crmworkbench.analysis.sales.SalesTeamResult;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;

/**
 * What the workspace shows of one rep: their league line, scorecards (all periods, or one), revenue trend with
 * forecast, and their customers: how many, and the top ones by revenue.
 *
 * @param row          the rep's league line
 * @param scorecards   their scorecards, oldest period first
 * @param trend        their monthly revenue and forecast, or null when their history is too short
 * @param customers    distinct customers they sold to
 * @param topCustomers up to {@link #TOP} customers by revenue with the rep, largest first
 */
public record RepCard(RepRow row, List<ScorecardRow> scorecards, RepTrend trend, int customers,
                      List<CustomerRevenue> topCustomers) {
    /** How many top customers a card lists. */
    public static final int TOP = 10;

    /** A customer's revenue with the rep. */
    public record CustomerRevenue(String customerId, double revenue, int orders) {
    }

    public RepCard {
        scorecards = List.copyOf(scorecards);
        topCustomers = List.copyOf(topCustomers);
    }

    /** The card of {@code row}'s rep; {@code period} ("" for all) narrows the scorecards. */
    static RepCard of(RepRow row, SalesTeamResult result, RepOrders orders, String period) {
        List<ScorecardRow> cards = result.scorecards().stream()
                .filter(s -> s.repId().equals(row.repId()) && (period.isEmpty() || s.period().equals(period)))
                .map(ScorecardRow::of).toList();
        RepTrend trend = result.trends().stream().filter(t -> t.repId().equals(row.repId())).findFirst()
                .orElse(null);
        Map<String, double[]> byCustomer = new HashMap<>();
        if (orders != null) {
            for (RepOrder o : orders.orders()) {
                if (o.repId().equals(row.repId()) && !o.customerId().isEmpty()) {
                    double[] sum = byCustomer.computeIfAbsent(o.customerId(), c -> new double[2]);
                    sum[0] += o.amount();
                    sum[1]++;
                }
            }
        }
        List<CustomerRevenue> top = new ArrayList<>();
        byCustomer.forEach((c, s) -> top.add(new CustomerRevenue(c, s[0], (int) s[1])));
        top.sort(Comparator.comparingDouble(CustomerRevenue::revenue).reversed()
                .thenComparing(CustomerRevenue::customerId));
        return new RepCard(row, cards, trend, byCustomer.size(), top.subList(0, Math.min(TOP, top.size())));
    }

    /** The scorecard of {@code period}, or null. */
    ScorecardRow scorecard(String period) {
        return scorecards.stream().filter(s -> s.period().equals(period)).findFirst().orElse(null);
    }
}
