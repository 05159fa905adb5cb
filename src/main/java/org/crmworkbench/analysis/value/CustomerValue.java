package org.crmworkbench.analysis.value;

/**
 * What the value analysis says about one customer.
 *
 * @param summary           the customer's calibration summary
 * @param probabilityAlive  P(alive) at the calibration end
 * @param expectedPurchases purchases expected over the horizon
 * @param expectedSpend     expected spend per purchase (Gamma-Gamma)
 * @param clv               discounted expected margin over the horizon
 * @param rfm               RFM scores and segment
 * @param stage             lifecycle stage at the calibration end
 */
public record CustomerValue(CustomerSummary summary, double probabilityAlive, double expectedPurchases,
                            double expectedSpend, double clv, RfmScore rfm, LifecycleStage stage) {
}
