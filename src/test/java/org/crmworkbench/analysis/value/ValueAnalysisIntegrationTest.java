package org.crmworkbench.analysis.value;

import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole value analysis with the real fits on purchases simulated from known BG/NBD parameters (r 0.5, alpha 5
 * per week, a 0.6, b 2.4; spend p 6, q 4, gamma 15) with a fixed seed: 4,000 customers arriving over 12 weeks from
 * 2020-01-01, a year of calibration and a year of holdout.
 */
class ValueAnalysisIntegrationTest {
    private static final double[] PLANTED = {0.5, 5, 0.6, 2.4};
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate CALIBRATION_END = LocalDate.of(2020, 12, 31);
    private static final LocalDate HOLDOUT_END = LocalDate.of(2021, 12, 31);
    private static List<Purchase> purchases;
    private static ValueResult result;

    @BeforeAll
    static void run() {
        purchases = SimulatedPurchases.bgNbd(4000, PLANTED[0], PLANTED[1], PLANTED[2], PLANTED[3], START, 84,
                HOLDOUT_END, 20261207L);
        result = new ValueAnalysis().run(purchases, ValueSettings.defaults(CALIBRATION_END, HOLDOUT_END),
                Progress.none());
    }

    @Test
    void theFittedParametersAreNearThePlantedOnes() {
        List<ModelParameter> parameters = result.model().parameters();
        assertEquals(PurchaseModelKind.BGNBD, result.model().kind());
        assertEquals(List.of("r", "alpha", "a", "b"), parameters.stream().map(ModelParameter::name).toList());
        for (int i = 0; i < 4; i++) {
            ModelParameter parameter = parameters.get(i);
            System.out.printf("%s planted %.3f fitted %.4f se %.4f%n", parameter.name(), PLANTED[i],
                    parameter.value(), parameter.standardError());
            assertTrue(Double.isFinite(parameter.standardError()) && parameter.standardError() > 0);
            assertEquals(PLANTED[i], parameter.value(), 3 * parameter.standardError(), parameter.name());
        }
        assertEquals(4000, result.model().customers());
        GammaGammaModel spend = result.spend();
        double populationMean = spend.p() * spend.gamma() / (spend.q() - 1);
        System.out.printf("gamma-gamma p %.3f q %.3f gamma %.3f mean %.3f; correlation %.3f%n", spend.p(), spend.q(),
                spend.gamma(), populationMean, result.independence().correlation());
        assertEquals(30, populationMean, 3);
        assertTrue(result.independence().weak(), "spend was drawn independently of frequency");
    }

    @Test
    void theHoldoutLiesNearTheDiagonal() {
        for (HoldoutComparison.Row row : result.holdout().rows()) {
            System.out.printf("x=%s n=%d actual %.3f expected %.3f%n", row.label(), row.customers(), row.actual(),
                    row.expected());
            if (row.customers() >= 100) {
                assertEquals(row.actual(), row.expected(), 0.2 * Math.max(1, row.actual()), row.label());
            }
        }
        ModelComparison.Row bg = result.comparison().rows().get(0);
        System.out.printf("holdout total actual %.0f expected %.1f mae %.3f%n", bg.holdoutActual(),
                bg.holdoutExpected(), bg.holdoutMae());
        assertEquals(bg.holdoutActual(), bg.holdoutExpected(), 0.1 * bg.holdoutActual());
        ModelComparison.Row pnbd = result.comparison().rows().get(1);
        assertEquals(PurchaseModelKind.PNBD, pnbd.kind());
        assertEquals(bg.holdoutActual(), pnbd.holdoutActual());
        Tracking tracking = result.tracking();
        int last = tracking.actual().length - 1;
        assertEquals(tracking.actual()[last], tracking.expected()[last], 0.1 * tracking.actual()[last]);
        int calibrationLast = tracking.calibrationPeriods() - 1;
        assertEquals(CALIBRATION_END, tracking.periodEnds().get(calibrationLast));
        assertEquals(tracking.actual()[calibrationLast], tracking.expected()[calibrationLast],
                0.05 * tracking.actual()[calibrationLast]);
    }

    @Test
    void customersValuesAgreeWithTheFittedModels() {
        Map<String, CustomerValue> byId = result.customers().stream().collect(Collectors.toMap(
                value -> value.summary().customerId(), Function.identity()));
        double totalClv = 0;
        for (CustomerValue value : result.customers()) {
            CustomerSummary s = value.summary();
            assertEquals(result.model().probabilityAlive(s.frequency(), s.recency(), s.age()),
                    value.probabilityAlive(), 1e-12);
            assertTrue(value.clv() >= 0 && value.clv() <= value.expectedPurchases() * value.expectedSpend() + 1e-9);
            totalClv += value.clv();
        }
        assertTrue(totalClv > 0);
        assertEquals(4000, byId.size());
        int[] atEnd = result.stages().counts()[result.stages().dates().size() - 1];
        assertEquals(4000, java.util.Arrays.stream(atEnd).sum());
    }

    @Test
    void revalueEqualsAFreshRunWithTheSameClvSettings() {
        ClvSettings clv = new ClvSettings(104, 0.15, 0.3);
        ValueResult revalued = new ValueAnalysis().revalue(result, clv);
        ValueResult fresh = new ValueAnalysis().run(purchases,
                ValueSettings.defaults(CALIBRATION_END, HOLDOUT_END).withClv(clv), Progress.none());
        assertEquals(fresh.settings(), revalued.settings());
        assertEquals(fresh.customers(), revalued.customers());
        assertEquals(fresh.model().parameters(), result.model().parameters());
    }
}
