package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelChecksTest {
    private static final LocalDate END = LocalDate.of(2021, 6, 30);
    private static final LocalDate HOLDOUT = END.plusDays(70); // 10 weeks

    private static CustomerSummary summary(String id, int x, double tx, double age, int holdout) {
        return new CustomerSummary(id, x, tx, age, x == 0 ? 0 : 10, END.minusDays(Math.round(age * 7)),
                END.minusDays(Math.round((age - tx) * 7)), 10, holdout, holdout * 10.0);
    }

    private static CustomerSummaries planted() {
        return new CustomerSummaries(List.of(
                summary("a", 0, 0, 10, 0),
                summary("b", 0, 0, 20, 1),
                summary("c", 1, 5, 10, 2),
                summary("d", 8, 9, 10, 3),
                summary("e", 12, 10, 10, 5)), END, HOLDOUT, PeriodUnit.WEEK);
    }

    @Test
    void holdoutGroupsByCalibrationFrequency() {
        // E = 0.1 * 10 / (1 + 0.1 (T - t_x)): a 0.5, b 1/3, c 2/3, d 1/1.1, e 1
        HoldoutComparison comparison = ModelChecks.holdout(planted(), new FakePurchaseModel(0.1, 0.1));
        assertEquals(10, comparison.holdoutLength(), 1e-12);
        assertEquals(3, comparison.rows().size());
        HoldoutComparison.Row zero = comparison.rows().get(0);
        assertEquals("0", zero.label());
        assertEquals(2, zero.customers());
        assertEquals(0.5, zero.actual(), 1e-12);
        assertEquals((0.5 + 1 / 3.0) / 2, zero.expected(), 1e-12);
        assertEquals(new HoldoutComparison.Row("1", 1, 2, 2 / 3.0), comparison.rows().get(1));
        HoldoutComparison.Row open = comparison.rows().get(2);
        assertEquals("7+", open.label());
        assertEquals(2, open.customers());
        assertEquals(4, open.actual(), 1e-12);
        assertEquals((1 / 1.1 + 1) / 2, open.expected(), 1e-12);
        assertNull(ModelChecks.holdout(new CustomerSummaries(planted().customers(), END, null, PeriodUnit.WEEK),
                new FakePurchaseModel(0.1, 0.1)));
    }

    @Test
    void comparisonGivesLikelihoodsAndHoldoutErrors() {
        ModelComparison comparison = ModelChecks.comparison(planted(), List.of(
                new FakePurchaseModel(PurchaseModelKind.BGNBD, 0.1, 0.1, -50),
                new FakePurchaseModel(PurchaseModelKind.PNBD, 0.2, 0, -49)));
        ModelComparison.Row bg = comparison.rows().get(0);
        assertEquals(PurchaseModelKind.BGNBD, bg.kind());
        assertEquals(-50, bg.logLikelihood());
        assertEquals(4, bg.parameters());
        double[] expected = {0.5, 1 / 3.0, 2 / 3.0, 1 / 1.1, 1};
        double[] actual = {0, 1, 2, 3, 5};
        double errors = 0;
        double total = 0;
        for (int i = 0; i < 5; i++) {
            errors += Math.abs(expected[i] - actual[i]);
            total += expected[i];
        }
        assertEquals(errors / 5, bg.holdoutMae(), 1e-12);
        assertEquals(total, bg.holdoutExpected(), 1e-12);
        assertEquals(11, bg.holdoutActual(), 1e-12);
        ModelComparison.Row pnbd = comparison.rows().get(1);
        assertEquals((2 + 1 + 0 + 1 + 3) / 5.0, pnbd.holdoutMae(), 1e-12); // everyone expects 2
        ModelComparison without = ModelChecks.comparison(new CustomerSummaries(planted().customers(), END, null,
                PeriodUnit.WEEK), List.of(new FakePurchaseModel(0.1, 0.1)));
        assertTrue(Double.isNaN(without.rows().get(0).holdoutMae()));
        assertTrue(Double.isNaN(without.rows().get(0).holdoutActual()));
    }

    @Test
    void trackingCountsRepeatPurchasesAndSumsExpectationsFromFirstPurchases() {
        LocalDate calibrationEnd = LocalDate.of(2021, 1, 24);
        LocalDate holdoutEnd = LocalDate.of(2021, 2, 3);
        PurchaseHistory history = new PurchaseHistory(List.of(
                p("a", "2021-01-01"), p("a", "2021-01-08"), p("a", "2021-01-20"), p("a", "2021-02-04"),
                p("b", "2021-01-10"), p("b", "2021-02-01"),
                p("c", "2021-01-30"), p("c", "2021-02-02")));
        CustomerSummaries summaries = history.summarise(calibrationEnd, holdoutEnd, PeriodUnit.WEEK);
        Tracking tracking = ModelChecks.tracking(summaries, history.customers(), new FakePurchaseModel(0.5, 0),
                Progress.none());
        assertEquals(List.of(date("2021-01-03"), date("2021-01-10"), date("2021-01-17"), date("2021-01-24"),
                date("2021-01-31"), date("2021-02-03")), tracking.periodEnds());
        assertEquals(4, tracking.calibrationPeriods());
        // c first bought in the holdout: not a calibration customer; a's purchase on 02-04 is after the holdout
        assertArrayEquals(new double[] {0, 1, 1, 2, 2, 3}, tracking.actual());
        double[] expected = {
            0.5 * 2 / 7,
            0.5 * 9 / 7,
            0.5 * 16 / 7 + 0.5 * 7 / 7,
            0.5 * 23 / 7 + 0.5 * 14 / 7,
            0.5 * 30 / 7 + 0.5 * 21 / 7,
            0.5 * 33 / 7 + 0.5 * 24 / 7};
        assertArrayEquals(expected, tracking.expected(), 1e-12);
    }

    @Test
    void trackingEndsInMonthsAndWithoutHoldout() {
        List<LocalDate> ends = ModelChecks.trackingEnds(date("2021-01-15"), date("2021-04-30"), date("2021-04-30"),
                PeriodUnit.MONTH);
        assertEquals(List.of(date("2021-01-30"), date("2021-02-28"), date("2021-03-30"), date("2021-04-30")), ends);
    }

    private static Purchase p(String id, String day) {
        return new Purchase(id, date(day), 10);
    }

    private static LocalDate date(String day) {
        return LocalDate.parse(day);
    }
}
