package org.crmworkbench.ui.sales;

import org.crmworkbench.analysis.sales.RepScorecard;

/** One line of a rep's scorecard table (see {@link RepScorecard}; NaN where a figure is missing). */
public record ScorecardRow(String period, double revenue, int orders, int customers, int newCustomers,
                           double averageOrderValue, double repeatRate, double lostShare, double quota,
                           double attainment) {
    static ScorecardRow of(RepScorecard s) {
        return new ScorecardRow(s.period(), s.revenue(), s.orders(), s.customers(), s.newCustomers(),
                s.averageOrderValue(), s.repeatRate(), s.lostShare(), s.quota(), s.attainment());
    }
}
