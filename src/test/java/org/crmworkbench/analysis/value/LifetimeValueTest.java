package org.crmworkbench.analysis.value;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LifetimeValueTest {
    private static final LocalDate DAY = LocalDate.of(2021, 6, 30);
    /** Population mean spend p gamma / (q - 1) = 6 * 15 / 3 = 30. */
    private static final GammaGammaModel SPEND = new GammaGammaModel(6, 4, 15, List.of(), -10, 100);
    private static final CustomerSummary REPEAT = new CustomerSummary("a", 2, 10, 20, 50, DAY.minusDays(140),
            DAY.minusDays(70), 130, 0, 0);
    private static final CustomerSummary ONCE = new CustomerSummary("b", 0, 0, 20, 0, DAY.minusDays(140),
            DAY.minusDays(140), 30, 0, 0);

    @Test
    void expectedSpendShrinksTowardsThePopulationMean() {
        LifetimeValue value = new LifetimeValue(new FakePurchaseModel(0.5, 0), SPEND, new ClvSettings(3, 0, 1),
                PeriodUnit.MONTH);
        assertEquals(0.2 * 30 + 0.8 * 50, value.expectedSpend(REPEAT), 1e-12); // weight 6*2 / (6*2 + 3)
        assertEquals(30, value.expectedSpend(ONCE), 1e-12);
    }

    @Test
    void withoutDiscountClvIsExpectedPurchasesTimesSpendTimesMargin() {
        LifetimeValue value = new LifetimeValue(new FakePurchaseModel(0.5, 0), SPEND, new ClvSettings(3, 0, 0.5),
                PeriodUnit.MONTH);
        assertEquals(1.5, value.expectedPurchases(REPEAT), 1e-12);
        assertEquals(1.5 * 46 * 0.5, value.clv(REPEAT), 1e-12);
    }

    @Test
    void discountsEachPeriodByTheRateEquivalentToTheAnnualOne() {
        // d = 1.1^(1/12) - 1 = 0.0079741; 0.5 * 46 * 0.5 * sum_{i=1..3} (1 + d)^-i
        LifetimeValue value = new LifetimeValue(new FakePurchaseModel(0.5, 0), SPEND, new ClvSettings(3, 0.1, 0.5),
                PeriodUnit.MONTH);
        assertEquals(33.95701030558028, value.clv(REPEAT), 1e-9);
    }

    @Test
    void usesTheIncrementsOfTheCumulativeExpectation() {
        PurchaseModel squareRoot = new FakePurchaseModel(1, 0) {
            @Override
            public double expectedPurchases(double t, int x, double tx, double age) {
                return Math.sqrt(t);
            }
        };
        // increments 1, 0.41421, 0.31784 discounted weekly at 25% a year (d = 1.25^(7/365.25) - 1), spend 30, margin
        // 0.8: 41.28489673713062 (python3: sum((sqrt(i) - sqrt(i-1)) / (1+d)**i) * 30 * 0.8)
        LifetimeValue value = new LifetimeValue(squareRoot, SPEND, new ClvSettings(3, 0.25, 0.8), PeriodUnit.WEEK);
        assertEquals(41.28489673713062, value.clv(ONCE), 1e-9);
        CustomerValue v = value.value(ONCE, null, LifecycleStage.NEW);
        assertEquals(Math.sqrt(3), v.expectedPurchases(), 1e-12);
        assertEquals(1, v.probabilityAlive(), 1e-12);
        assertEquals(value.clv(ONCE), v.clv(), 1e-12);
    }

    /**
     * lifetimes' test_customer_lifetime_value_with_known_values: BG/NBD fitted in days on its example transactions,
     * the value of one 30-day period without discount and with a spend of 1 per purchase is the purchases expected in
     * the next 30 days, which it pins for the first five customers.
     */
    @Test
    void agreesWithLifetimesOnItsExampleFit() throws java.io.IOException {
        PurchaseHistory history = new PurchaseHistory(PurchaseHistoryTest.exampleTransactions());
        CustomerSummaries summaries = history.summarise(history.lastDay(), null, PeriodUnit.DAY);
        PurchaseModel model = new PurchaseModels().fit(PurchaseModelKind.BGNBD, summaries.frequencies(),
                summaries.recencies(), summaries.ages(), org.crmworkbench.work.Progress.none());
        GammaGammaModel unitSpend = new GammaGammaModel(1, 2, 1, List.of(), 0, 0); // population mean 1
        LifetimeValue value = new LifetimeValue(model, unitSpend, new ClvSettings(30, 0, 1), PeriodUnit.DAY);
        double[] expected = {0.016053, 0.021171, 0.030461, 0.031686, 0.001607};
        for (int i = 0; i < expected.length; i++) {
            CustomerSummary summary = summaries.customers().get(i);
            assertEquals(1, value.expectedSpend(summary), 1e-12); // amounts of 1: m = 1 for repeat buyers
            assertEquals(expected[i], value.clv(summary), 5e-6, summary.customerId());
            assertEquals(expected[i], value.expectedPurchases(summary), 5e-6, summary.customerId());
        }
    }

    @Test
    void revalueKeepsPAliveRfmAndStage() {
        LifetimeValue first = new LifetimeValue(new FakePurchaseModel(0.5, 0.1), SPEND, new ClvSettings(3, 0, 1),
                PeriodUnit.MONTH);
        RfmScore rfm = new RfmScore(5, 4, 3, RfmSegment.LOYAL);
        CustomerValue v = first.value(REPEAT, rfm, LifecycleStage.ACTIVE);
        assertEquals(0.5, v.probabilityAlive(), 1e-12); // 1 / (1 + 0.1 * (20 - 10))
        LifetimeValue longer = new LifetimeValue(new FakePurchaseModel(0.5, 0.1), SPEND, new ClvSettings(12, 0, 1),
                PeriodUnit.MONTH);
        CustomerValue w = longer.revalue(v);
        assertEquals(0.5 * 12 * 0.5, w.expectedPurchases(), 1e-12);
        assertEquals(3 * 46, w.clv(), 1e-9);
        assertEquals(rfm, w.rfm());
        assertEquals(LifecycleStage.ACTIVE, w.stage());
        assertEquals(0.5, w.probabilityAlive(), 1e-12);
    }
}
