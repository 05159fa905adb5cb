package org.crmworkbench.analysis.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

/** Gamma-Gamma against Fader, Hardie and Lee (2005), "RFM and CLV", on CDNOW: p = 6.25, q = 3.74, gamma = 15.44. */
class GammaGammaFitterTest {

    @Test
    void estimatesAreThePapers() {
        CdnowSample cdnow = CdnowSample.withSpend();
        GammaGammaModel model = new GammaGammaFitter().fit(cdnow.x(), cdnow.m(), Progress.none());
        assertEquals(6.25, model.p(), 0.005);
        assertEquals(3.74, model.q(), 0.005);
        // the file's mean spends are rounded to cents; on them the maximum is at 15.4478 (scipy agrees,
        // value_fit_reference.py), 0.008 from the paper's 15.44 (lifetimes pins it to 2 decimals)
        assertEquals(15.44, model.gamma(), 0.01);
        assertEquals(15.4478, model.gamma(), 0.0005);
        assertEquals(946, model.customers());
        // scipy on the same likelihood (value_fit_reference.py): LL -4055.9232
        assertEquals(-4055.9232, model.logLikelihood(), 0.0005);
        assertEquals(Arrays.asList("p", "q", "gamma"),
                model.parameters().stream().map(ModelParameter::name).toList());
        for (ModelParameter parameter : model.parameters()) {
            assertTrue(parameter.standardError() > 0 && parameter.standardError() < parameter.value(),
                    parameter.toString());
        }
        // Hardie's spreadsheet (note 025), the first ten CDNOW customers' expected average spend; to 0.01, as the
        // file's mean spends are rounded to cents (customer 0: 24.6586 here)
        double[] expected = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], model.expectedAverageSpend(cdnow.x()[i], cdnow.m()[i]), 0.01, "customer " + i);
        }
    }

    @Test
    void recoversPlantedParametersWithinTheirStandardErrors() {
        // spend per purchase gamma(p, nu) with nu ~ gamma(q, gamma): the mean of x purchases is gamma(px, x nu)
        double p = 4;
        double q = 5;
        double gamma = 60;
        SplittableRandom random = new SplittableRandom(20261207L);
        int n = 5000;
        int[] x = new int[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 + random.nextInt(8);
            double nu = PurchaseSimulator.gamma(random, q) / gamma;
            m[i] = PurchaseSimulator.gamma(random, p * x[i]) / (x[i] * nu);
        }
        GammaGammaModel model = new GammaGammaFitter().fit(x, m, Progress.none());
        double[] planted = {p, q, gamma};
        for (int i = 0; i < 3; i++) {
            ModelParameter parameter = model.parameters().get(i);
            assertEquals(planted[i], parameter.value(), 2 * parameter.standardError(), parameter.toString());
        }
    }

    @Test
    void refusesTooFewSpendersBadSpendAndAnUndefinedMean() {
        UnsuitableDataException few = assertThrows(UnsuitableDataException.class,
                () -> new GammaGammaFitter().fit(new int[] {1, 2, 0}, new double[] {10, 20, 0}, Progress.none()));
        assertEquals("value.error.tooFewSpenders", few.messageKey());
        int[] x = new int[20];
        double[] m = new double[20];
        Arrays.fill(x, 1);
        Arrays.fill(m, 10);
        m[3] = -1;
        assertEquals("value.error.spendValue", assertThrows(UnsuitableDataException.class,
                () -> new GammaGammaFitter().fit(x, m, Progress.none())).messageKey());
        // heavy-tailed spend across customers: a gamma mixing shape q below 1 leaves no mean
        SplittableRandom random = new SplittableRandom(7);
        int n = 3000;
        int[] xs = new int[n];
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 1 + random.nextInt(5);
            double nu = PurchaseSimulator.gamma(random, 0.5) / 10;
            ms[i] = PurchaseSimulator.gamma(random, 3.0 * xs[i]) / (xs[i] * nu);
        }
        UnsuitableDataException noMean = assertThrows(UnsuitableDataException.class,
                () -> new GammaGammaFitter().fit(xs, ms, Progress.none()));
        assertEquals("value.error.spendMean", noMean.messageKey());
    }
}
