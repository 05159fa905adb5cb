package org.crmworkbench.analysis.value;

import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.crmworkbench.model.Purchase;

/** ValueAnalysis orchestrating the parts, with stand-in fits whose answers are known. */
class ValueAnalysisTest {
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate CALIBRATION_END = LocalDate.of(2020, 12, 31);
    private static final LocalDate HOLDOUT_END = LocalDate.of(2021, 6, 30);
    private static final GammaGammaModel SPEND = new GammaGammaModel(6, 4, 15, List.of(), -1000, 10);
    private static final List<Purchase> PURCHASES = SimulatedPurchases.bgNbd(600, 0.5, 5, 0.6, 2.4, START, 84,
            HOLDOUT_END, 7);

    private static ValueAnalysis fake() {
        return new ValueAnalysis((kind, x, tx, age, progress) -> new FakePurchaseModel(kind, 0.1, 0.05,
                kind == PurchaseModelKind.BGNBD ? -500 : -510), (x, m, progress) -> SPEND);
    }

    private static ValueSettings settings() {
        return ValueSettings.defaults(CALIBRATION_END, HOLDOUT_END);
    }

    @Test
    void theResultHangsTogether() {
        ValueResult result = fake().run(PURCHASES, settings(), Progress.none());
        CustomerSummaries summaries = result.summaries();
        assertEquals(600, summaries.size(), "every simulated customer first bought within the calibration");
        assertEquals(summaries.size(), result.customers().size());
        assertEquals(summaries.size(), result.rfm().scores().size());
        for (int i = 0; i < summaries.size(); i++) {
            CustomerValue value = result.customers().get(i);
            CustomerSummary summary = summaries.customers().get(i);
            assertSame(summary, value.summary());
            assertEquals(result.rfm().scores().get(i), value.rfm());
            assertEquals(1 / (1 + 0.05 * (summary.age() - summary.recency())), value.probabilityAlive(), 1e-12);
            assertEquals(0.1 * 52 * value.probabilityAlive(), value.expectedPurchases(), 1e-12);
            assertEquals(SPEND.expectedAverageSpend(summary.frequency(), summary.monetaryValue()),
                    value.expectedSpend(), 1e-12);
            assertTrue(value.clv() > 0 && value.clv() < value.expectedPurchases() * value.expectedSpend());
        }
        // the last stage history row is the stages at the calibration end
        int[] last = result.stages().counts()[result.stages().dates().size() - 1];
        assertEquals(CALIBRATION_END, result.stages().dates().get(result.stages().dates().size() - 1));
        for (LifecycleStage stage : LifecycleStage.values()) {
            long count = result.customers().stream().filter(c -> c.stage() == stage).count();
            assertEquals(count, last[stage.ordinal()], stage.key());
        }
        // the migration counts everyone at the calibration end once
        StageMigration migration = result.migration();
        java.time.LocalDate first = summaries.customers().stream().map(CustomerSummary::firstPurchase)
                .min(java.util.Comparator.naturalOrder()).orElseThrow();
        assertEquals(ValueAnalysis.migrationStart(result.settings(), first), migration.from());
        assertTrue(migration.from().isAfter(first) && migration.from().isBefore(CALIBRATION_END));
        int moved = java.util.Arrays.stream(migration.counts()).flatMapToInt(java.util.Arrays::stream).sum();
        assertEquals(summaries.size(), moved + java.util.Arrays.stream(migration.arrivals()).sum());
        assertEquals(2, result.comparison().rows().size());
        assertEquals(PurchaseModelKind.PNBD, result.others().get(0).kind());
        int holdoutCustomers = result.holdout().rows().stream().mapToInt(HoldoutComparison.Row::customers).sum();
        assertEquals(summaries.size(), holdoutCustomers);
        Tracking tracking = result.tracking();
        int repeats = java.util.Arrays.stream(summaries.frequencies()).sum()
                + summaries.customers().stream().mapToInt(CustomerSummary::holdoutPurchases).sum();
        assertEquals(repeats, tracking.actual()[tracking.actual().length - 1], 1e-9);
        assertEquals(java.util.Arrays.stream(summaries.frequencies()).sum(),
                tracking.actual()[tracking.calibrationPeriods() - 1], 1e-9);
    }

    @Test
    void revalueEqualsAFreshRunWithTheSameClvSettings() {
        ValueAnalysis analysis = fake();
        ValueResult first = analysis.run(PURCHASES, settings(), Progress.none());
        ClvSettings other = new ClvSettings(26, 0.2, 0.4);
        ValueResult revalued = analysis.revalue(first, other);
        ValueResult fresh = analysis.run(PURCHASES, settings().withClv(other), Progress.none());
        assertEquals(other, revalued.settings().clv());
        assertEquals(fresh.customers(), revalued.customers());
        assertTrue(first.customers().get(0).clv() != revalued.customers().get(0).clv());
    }

    @Test
    void reportsItsStagesInOrderAndStopsWhenCancelled() {
        List<String> stages = new ArrayList<>();
        fake().run(PURCHASES, settings(), recorder(stages, Integer.MAX_VALUE));
        // the fits name their own stages (the stand-in fitters here name none)
        assertEquals(List.of("value.progress.summaries", "value.progress.customers", "value.progress.rfm",
                "value.progress.checks", "value.progress.lifecycle"), stages);
        List<String> cancelled = new ArrayList<>();
        assertThrows(CancelledException.class, () -> fake().run(PURCHASES, settings(), recorder(cancelled, 3)));
        assertEquals(List.of("value.progress.summaries", "value.progress.customers", "value.progress.rfm",
                "value.progress.checks"), cancelled, "stopped at the first check after the cancel");
    }

    @Test
    void aFailedComparisonFitLeavesTheChosenModelAlone() {
        ValueAnalysis analysis = new ValueAnalysis((kind, x, tx, age, progress) -> {
            if (kind == PurchaseModelKind.PNBD) {
                throw new UnsuitableDataException("value.error.test", "did not converge");
            }
            return new FakePurchaseModel(0.1, 0.05);
        }, (x, m, progress) -> SPEND);
        ValueResult result = analysis.run(PURCHASES, settings(), Progress.none());
        assertTrue(result.others().isEmpty());
        assertEquals(1, result.comparison().rows().size());
    }

    @Test
    void spendIndependenceIsThePearsonCorrelationOverRepeatCustomers() {
        // repeat customers (x, m): (1, 10), (2, 20), (3, 10), (4, 40); the x = 0 customer is left out
        SpendIndependence independence = ValueAnalysis.independence(new int[] {0, 1, 2, 3, 4},
                new double[] {0, 10, 20, 10, 40});
        // means 2.5 and 20: dx = -1.5, -0.5, 0.5, 1.5; dm = -10, 0, -10, 20
        double sxm = 15 + 0 - 5 + 30;
        double sxx = 5;
        double smm = 100 + 0 + 100 + 400;
        assertEquals(sxm / Math.sqrt(sxx * smm), independence.correlation(), 1e-12);
        assertEquals(4, independence.customers());
        assertTrue(Double.isNaN(ValueAnalysis.independence(new int[] {1, 2}, new double[] {5, 5}).correlation()));
    }

    @Test
    void badDataIsRefusedBeforeAnyFit() {
        AtomicInteger fits = new AtomicInteger();
        ValueAnalysis analysis = new ValueAnalysis((kind, x, tx, age, progress) -> {
            fits.incrementAndGet();
            return new FakePurchaseModel(0.1, 0);
        }, (x, m, progress) -> SPEND);
        List<Purchase> once = List.of(new Purchase("a", START, 1), new Purchase("b", START.plusDays(3), 1));
        UnsuitableDataException e = assertThrows(UnsuitableDataException.class, () -> analysis.run(once,
                ValueSettings.defaults(START.plusDays(3), null), Progress.none()));
        assertEquals("value.error.noRepeatByEnd", e.messageKey());
        assertEquals(0, fits.get());
    }

    private static Progress recorder(List<String> stages, int cancelAfter) {
        return new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
                stages.add(messageKey);
            }

            @Override
            public boolean isCancelled() {
                return stages.size() >= cancelAfter;
            }
        };
    }

    @Test
    void theMigrationStartsWhereThereAreCustomersToMigrate() {
        ValueSettings defaults = ValueSettings.defaults(java.time.LocalDate.parse("1997-09-30"), null);
        assertEquals(java.time.LocalDate.parse("1997-05-17"),
                ValueAnalysis.migrationStart(defaults, java.time.LocalDate.parse("1997-01-01")),
                "a year back is before the first purchase: halfway from it to the calibration end instead");
        assertEquals(java.time.LocalDate.parse("1996-09-30"),
                ValueAnalysis.migrationStart(defaults, java.time.LocalDate.parse("1995-01-01")));
    }
}
