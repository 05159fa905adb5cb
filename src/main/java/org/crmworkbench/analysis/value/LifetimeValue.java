package org.crmworkbench.analysis.value;

import java.util.HashMap;
import java.util.Map;

/**
 * Customer lifetime value from a fitted purchase model and spend model: the purchases expected in each period of
 * the horizon (the difference of the model's cumulative expectations E[X(T, T + i)] - E[X(T, T + i - 1)]), times the
 * expected spend per purchase, times the margin, discounted by (1 + d)<sup>i</sup> with d the per-period rate of
 * {@link ClvSettings#periodRate}. This is the discounted-cash-flow sum lifetimes' {@code customer_lifetime_value}
 * makes, with periods of the analysis' unit and a rate converted from the annual one.
 *
 * <p>Customers with the same x, t_x and T (one-time buyers who first bought on the same day, ...) share their
 * expected purchases, which are computed once (an instance remembers them; not for use from several threads).
 */
public final class LifetimeValue {
    private record History(int x, double tx, double age) {
    }

    /** E[X(T, T + horizon)] and the discounted sum of the per-period expectations, per purchase history. */
    private final Map<History, double[]> purchases = new HashMap<>();
    private final PurchaseModel model;
    private final GammaGammaModel spend;
    private final ClvSettings clv;
    private final PeriodUnit unit;

    public LifetimeValue(PurchaseModel model, GammaGammaModel spend, ClvSettings clv, PeriodUnit unit) {
        this.model = model;
        this.spend = spend;
        this.clv = clv;
        this.unit = unit;
    }

    /** The purchases {@code summary}'s customer is expected to make over the horizon. */
    public double expectedPurchases(CustomerSummary summary) {
        return purchases(summary)[0];
    }

    /** The customer's expected spend per purchase (Gamma-Gamma). */
    public double expectedSpend(CustomerSummary summary) {
        return spend.expectedAverageSpend(summary.frequency(), summary.monetaryValue());
    }

    /** The discounted expected margin over the horizon. */
    public double clv(CustomerSummary summary) {
        return clv(summary, expectedSpend(summary));
    }

    private double clv(CustomerSummary summary, double perPurchase) {
        return purchases(summary)[1] * perPurchase * clv.margin();
    }

    private double[] purchases(CustomerSummary summary) {
        return purchases.computeIfAbsent(new History(summary.frequency(), summary.recency(), summary.age()),
                this::discountedPurchases);
    }

    private double[] discountedPurchases(History history) {
        double rate = clv.periodRate(unit);
        double total = 0;
        double previous = 0;
        double discount = 1;
        for (int i = 1; i <= clv.horizon(); i++) {
            double cumulative = model.expectedPurchases(i, history.x(), history.tx(), history.age());
            discount /= 1 + rate;
            total += (cumulative - previous) * discount;
            previous = cumulative;
        }
        return new double[] {previous, total};
    }

    /** The customer's value: P(alive), expected purchases and spend, CLV; RFM and stage as given. */
    public CustomerValue value(CustomerSummary summary, RfmScore rfm, LifecycleStage stage) {
        double perPurchase = expectedSpend(summary);
        return new CustomerValue(summary,
                model.probabilityAlive(summary.frequency(), summary.recency(), summary.age()),
                expectedPurchases(summary), perPurchase, clv(summary, perPurchase), rfm, stage);
    }

    /** {@code value} with expected purchases, spend and CLV recomputed; P(alive), RFM and stage kept. */
    public CustomerValue revalue(CustomerValue value) {
        CustomerSummary summary = value.summary();
        double perPurchase = expectedSpend(summary);
        return new CustomerValue(summary, value.probabilityAlive(), expectedPurchases(summary), perPurchase,
                clv(summary, perPurchase), value.rfm(), value.stage());
    }
}
