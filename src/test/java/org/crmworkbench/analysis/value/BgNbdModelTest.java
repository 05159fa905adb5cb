package org.crmworkbench.analysis.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD against Fader, Hardie and Lee (2005), "Counting your customers the easy way", on the CDNOW sample, and
 * against the figures lifetimes' and R BTYD's tests pin (Hardie's spreadsheet, BTYD's manual).
 */
class BgNbdModelTest {
    private static BgNbdModel fitted;

    @BeforeAll
    static void fit() {
        CdnowSample cdnow = CdnowSample.summary();
        fitted = (BgNbdModel) new PurchaseModels().fit(PurchaseModelKind.BGNBD, cdnow.x(), cdnow.tx(), cdnow.age(),
                Progress.none());
    }

    @Test
    void estimatesAreThePapers() {
        // the paper: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4
        assertEquals(0.243, fitted.r(), 0.0005);
        assertEquals(4.414, fitted.alpha(), 0.0005);
        assertEquals(0.793, fitted.a(), 0.0005);
        assertEquals(2.426, fitted.b(), 0.0005);
        assertEquals(-9582.4, fitted.logLikelihood(), 0.05);
        assertEquals(2357, fitted.customers());
        CdnowSample cdnow = CdnowSample.summary();
        assertEquals(fitted.logLikelihood(), fitted.logLikelihood(cdnow.x(), cdnow.tx(), cdnow.age()), 1e-8);
        for (ModelParameter parameter : fitted.parameters()) {
            assertTrue(parameter.standardError() > 0 && parameter.standardError() < parameter.value(),
                    parameter.toString());
        }
        assertEquals("r", fitted.parameters().get(0).name());
        assertEquals("b", fitted.parameters().get(3).name());
    }

    @Test
    void conditionalExpectationIsHardiesSpreadsheet() {
        // customer 1 of CDNOW: x = 2, t_x = 30.43, T = 38.86; 39 weeks ahead: 1.226
        assertEquals(1.226, fitted.expectedPurchases(39, 2, 30.43, 38.86), 0.0005);
    }

    @Test
    void unconditionalExpectationIsHardiesSpreadsheet() {
        double[] times = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
        double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < times.length - 1; i++) {
            assertEquals(expected[i], fitted.expectedPurchasesFromStart(times[i]), 0.00005, "t = " + times[i]);
        }
        // at t = 78 (z = 0.946, where the 2F1 series is slow) the spreadsheet's 1.8576 is 0.0004 below the value
        // scipy's hyp2f1 gives at these estimates, 1.85797; lifetimes pins it to 3 decimals
        assertEquals(1.8576, fitted.expectedPurchasesFromStart(78), 0.0005);
        assertEquals(1.85797, fitted.expectedPurchasesFromStart(78), 0.00001);
        assertEquals(0, fitted.expectedPurchasesFromStart(0));
    }

    @Test
    void purchaseCountProbabilitiesAreBtyds() {
        BgNbdModel model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        assertEquals(1.07869e-07, model.probabilityOfPurchases(2, 10), 0.000005e-07);
        assertEquals(0.5737864, model.probabilityOfPurchases(39, 0), 0.00000005);
        double[] expected = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638, 0.0005517902,
            0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
        for (int n = 11; n <= 20; n++) {
            assertEquals(expected[n - 11], model.probabilityOfPurchases(30, n), 0.00000000005, "n = " + n);
        }
        double total = 0;
        for (int n = 0; n < 2000; n++) {
            total += model.probabilityOfPurchases(30, n);
        }
        assertEquals(1, total, 1e-9);
    }

    @Test
    void probabilityAliveIsOneWithoutRepeatsAndAProbabilityEverywhere() {
        assertEquals(1.0, fitted.probabilityAlive(0, 1, 1));
        for (int x = 0; x < 100; x += 10) {
            for (int tx = 0; tx < 100; tx += 10) {
                for (int age = tx; age < 100; age += 10) {
                    double p = fitted.probabilityAlive(x, tx, age);
                    assertTrue(p >= 0 && p <= 1, x + ", " + tx + ", " + age + ": " + p);
                }
            }
        }
        // a customer who bought often and recently is more likely alive than one who stopped long ago
        assertTrue(fitted.probabilityAlive(10, 38, 39) > fitted.probabilityAlive(10, 5, 39));
    }

    @Test
    void manyPurchasesAndLongAgesNeitherOverflowNorLoseTheTrend() {
        double previous = 0;
        for (int x = 100; x <= 5000; x += 700) {
            double expected = fitted.expectedPurchases(52, x, 999, 1000);
            assertTrue(Double.isFinite(expected) && expected > previous, x + ": " + expected);
            previous = expected;
            double ll = fitted.logLikelihood(x, 999, 1000);
            assertTrue(Double.isFinite(ll), x + ": " + ll);
        }
        // a customer buying every period for 1000 periods and alive: about (r + x) / (alpha + T) per period
        double rate = (fitted.r() + 1000) / (fitted.alpha() + 1000);
        assertEquals(rate, fitted.expectedPurchases(1, 1000, 1000, 1000), 0.02 * rate);
    }

    @Test
    void aRebuiltModelAnswersAsTheFittedOne() {
        PurchaseModel rebuilt = PurchaseModels.of(PurchaseModelKind.BGNBD, fitted.r(), fitted.alpha(), fitted.a(),
                fitted.b());
        assertEquals(fitted.expectedPurchases(39, 2, 30.43, 38.86), rebuilt.expectedPurchases(39, 2, 30.43, 38.86),
                1e-15);
        assertTrue(Double.isNaN(rebuilt.logLikelihood()));
        assertTrue(Double.isNaN(rebuilt.parameters().get(0).standardError()));
    }

    /** Data without dropouts drive a and b into the thousands (p = a / (a + b) near 0): the expectations stay finite. */
    @Test
    void expectationsStayFiniteWhenDropoutAllButVanishes() {
        BgNbdModel noDropout = new BgNbdModel(3.157, 26.72, 546.0, 1_851_861.8);
        double before = 0;
        for (double t : new double[] {1, 10, 52, 104, 520}) {
            double expected = noDropout.expectedPurchasesFromStart(t);
            assertTrue(Double.isFinite(expected) && expected > before, t + " -> " + expected);
            // nearly the NBD count r t / alpha (after 60 purchases, 1 - (1 - p)^60 = 2% have dropped out)
            assertEquals(3.157 * t / 26.72, expected, 3.157 * t / 26.72 * 0.03, "t = " + t);
            before = expected;
        }
        assertTrue(Double.isFinite(noDropout.expectedPurchases(52, 12, 40, 60)));
    }
}
