package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** LifecycleRules and LifecycleTimeline on planted customers whose stage is known (default thresholds). */
class LifecycleTest {
    private static final LocalDate END = LocalDate.of(2021, 12, 31);
    private static final LifecycleRules RULES = new LifecycleRules(LifecycleThresholds.defaults());
    private static final PurchaseModel ALWAYS_ALIVE = new FakePurchaseModel(0.1, 0);

    private static CustomerPurchases bought(String id, int... daysAgo) {
        LocalDate[] days = new LocalDate[daysAgo.length];
        double[] amounts = new double[daysAgo.length];
        for (int i = 0; i < daysAgo.length; i++) {
            days[i] = END.minusDays(daysAgo[i]);
            amounts[i] = 10;
        }
        return new CustomerPurchases(id, days, amounts);
    }

    private static LifecycleStage stage(PurchaseModel model, int... daysAgo) {
        return RULES.stage(bought("c", daysAgo), END, model, PeriodUnit.DAY);
    }

    @Test
    void theDaysDecideWhenPAliveIsHigh() {
        assertEquals(LifecycleStage.NEW, stage(ALWAYS_ALIVE, 30));
        assertEquals(LifecycleStage.NEW, stage(ALWAYS_ALIVE, 90));
        assertEquals(LifecycleStage.ACTIVE, stage(ALWAYS_ALIVE, 100), "one-time buyer past new, still recent");
        assertEquals(LifecycleStage.AT_RISK, stage(ALWAYS_ALIVE, 200));
        assertEquals(LifecycleStage.LAPSED, stage(ALWAYS_ALIVE, 400));
        assertEquals(LifecycleStage.ACTIVE, stage(ALWAYS_ALIVE, 300, 200, 100));
        assertEquals(LifecycleStage.ACTIVE, stage(ALWAYS_ALIVE, 200, 20), "a gap of exactly 180 days");
        assertEquals(LifecycleStage.REACTIVATED, stage(ALWAYS_ALIVE, 500, 20));
        assertEquals(LifecycleStage.AT_RISK, stage(ALWAYS_ALIVE, 300, 150));
        assertEquals(LifecycleStage.LAPSED, stage(ALWAYS_ALIVE, 600, 370));
        assertEquals(LifecycleStage.AT_RISK, stage(ALWAYS_ALIVE, 600, 365));
    }

    @Test
    void pAliveMakesCustomersLostOrAtRisk() {
        // P(alive) = 1 / (1 + decay * days since the last purchase)
        assertEquals(LifecycleStage.LOST, stage(new FakePurchaseModel(0.1, 0.5), 60, 50)); // 1/26
        assertEquals(LifecycleStage.LOST, stage(new FakePurchaseModel(0.1, 0.5), 30), "lost whatever the days say");
        assertEquals(LifecycleStage.AT_RISK, stage(new FakePurchaseModel(0.1, 0.05), 60, 50)); // 1/3.5
        assertEquals(LifecycleStage.REACTIVATED, stage(new FakePurchaseModel(0.1, 0.05), 500, 10)); // 1/1.5
    }

    @Test
    void rulesOnTheMeasuresApplyInOrder() {
        assertEquals(LifecycleStage.LOST, RULES.stage(10, 5, 0, 0, 0.05));
        assertEquals(LifecycleStage.NEW, RULES.stage(10, 10, 0, 0, 0.2));
        assertEquals(LifecycleStage.LAPSED, RULES.stage(900, 366, 10, 3, 0.9));
        assertEquals(LifecycleStage.AT_RISK, RULES.stage(900, 121, 10, 3, 0.9));
        assertEquals(LifecycleStage.AT_RISK, RULES.stage(900, 5, 500, 3, 0.4));
        assertEquals(LifecycleStage.REACTIVATED, RULES.stage(900, 5, 181, 3, 0.9));
        assertEquals(LifecycleStage.ACTIVE, RULES.stage(900, 5, 180, 3, 0.9));
    }

    @Test
    void customersNotYetBoughtHaveNoStage() {
        assertNull(RULES.stage(bought("c", -3), END, ALWAYS_ALIVE, PeriodUnit.DAY));
        // only purchases by the date count: 100 days before END the customer had bought once, 200 days earlier
        CustomerPurchases customer = bought("c", 300, 5);
        assertEquals(LifecycleStage.LAPSED, RULES.stage(customer, END.plusDays(400), ALWAYS_ALIVE, PeriodUnit.DAY));
        assertEquals(LifecycleStage.AT_RISK, RULES.stage(customer, END.minusDays(100), ALWAYS_ALIVE,
                PeriodUnit.DAY));
    }

    @Test
    void periodEndsAreWeeksForShortSpansAndMonthsAtMostSixtyForLongOnes() {
        assertEquals(List.of(END.minusDays(14), END.minusDays(7), END),
                LifecycleTimeline.periodEnds(END.minusDays(20), END));
        List<LocalDate> three = LifecycleTimeline.periodEnds(END.minusYears(3), END);
        assertEquals(37, three.size());
        assertEquals(END.minusYears(3), three.get(0));
        assertEquals(END, three.get(36));
        List<LocalDate> ten = LifecycleTimeline.periodEnds(END.minusYears(10).plusDays(3), END);
        assertEquals(60, ten.size()); // every second month, k = 0, 2, ..., 118
        assertEquals(END.minusMonths(118), ten.get(0));
        assertEquals(END.minusMonths(2), ten.get(58));
    }

    @Test
    void historyAndMigrationOfPlantedCustomers() {
        LocalDate from = LocalDate.of(2020, 2, 1);
        LocalDate to = LocalDate.of(2021, 1, 1);
        List<CustomerPurchases> customers = new ArrayList<>();
        customers.add(new CustomerPurchases("a", new LocalDate[] {LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 10)}, new double[] {1, 1})); // active at from, at risk (357 days) at to
        customers.add(new CustomerPurchases("b", new LocalDate[] {LocalDate.of(2020, 12, 15)},
                new double[] {1})); // arrives, new at to
        customers.add(new CustomerPurchases("c", new LocalDate[] {LocalDate.of(2019, 1, 1)},
                new double[] {1})); // lapsed at both
        customers.add(new CustomerPurchases("d", new LocalDate[] {LocalDate.of(2021, 3, 1)},
                new double[] {1})); // not yet a customer at to
        LifecycleTimeline timeline = new LifecycleTimeline(customers, ALWAYS_ALIVE, LifecycleThresholds.defaults(),
                PeriodUnit.WEEK);
        StageMigration migration = timeline.migration(from, to);
        int[][] expected = new int[6][6];
        expected[LifecycleStage.ACTIVE.ordinal()][LifecycleStage.AT_RISK.ordinal()] = 1;
        expected[LifecycleStage.LAPSED.ordinal()][LifecycleStage.LAPSED.ordinal()] = 1;
        assertArrayEquals(expected, migration.counts());
        int[] arrivals = new int[6];
        arrivals[LifecycleStage.NEW.ordinal()] = 1;
        assertArrayEquals(arrivals, migration.arrivals());

        StageHistory history = timeline.history(to, Progress.none());
        assertEquals(to, history.dates().get(history.dates().size() - 1));
        assertEquals(LocalDate.of(2019, 1, 1), history.dates().get(0)); // 24 months back from to
        int[] last = history.counts()[history.dates().size() - 1];
        assertEquals(1, last[LifecycleStage.AT_RISK.ordinal()]);
        assertEquals(1, last[LifecycleStage.NEW.ordinal()]);
        assertEquals(1, last[LifecycleStage.LAPSED.ordinal()]);
        assertEquals(3, java.util.Arrays.stream(last).sum());
        int[] firstRow = history.counts()[0];
        assertEquals(1, firstRow[LifecycleStage.NEW.ordinal()]);
        assertEquals(1, java.util.Arrays.stream(firstRow).sum(), "only c had bought");
    }
}
