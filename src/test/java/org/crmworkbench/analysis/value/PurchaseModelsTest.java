package org.crmworkbench.analysis.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

class PurchaseModelsTest {

    @Test
    void recoversPlantedBgNbdParametersWithinThreeStandardErrors() {
        double[] planted = {0.5, 6, 0.8, 2.5};
        PurchaseSimulator data = PurchaseSimulator.bgNbd(planted[0], planted[1], planted[2], planted[3], 20_000, 20,
                80, 14L);
        PurchaseModel model = new PurchaseModels().fit(PurchaseModelKind.BGNBD, data.x(), data.tx(), data.age(),
                Progress.none());
        assertRecovered(planted, model);
    }

    @Test
    void recoversPlantedParetoNbdParametersWithinThreeStandardErrors() {
        double[] planted = {0.6, 8, 0.8, 12};
        PurchaseSimulator data = PurchaseSimulator.paretoNbd(planted[0], planted[1], planted[2], planted[3], 5_000,
                30, 90, 14L);
        PurchaseModel model = new PurchaseModels().fit(PurchaseModelKind.PNBD, data.x(), data.tx(), data.age(),
                Progress.none());
        assertRecovered(planted, model);
    }

    /**
     * Customers who never drop out (death rates of the order of 1e-12): the likelihoods' maximum is at the edge, the
     * Pareto/NBD's at s / beta = 0 (the NBD) and the BG/NBD's at a / (a + b) = 0. Both fits stop there with the
     * estimates reached, the purchase rate's parameters recovered, and NaN standard errors for what ran away.
     */
    @Test
    void dataWithoutDropoutsStopsAtTheBoundary() {
        double[] planted = {2, 20};
        PurchaseSimulator data = PurchaseSimulator.paretoNbd(planted[0], planted[1], 1, 1e12, 3_000, 20, 80, 5L);
        for (PurchaseModelKind kind : PurchaseModelKind.values()) {
            PurchaseModel model = new PurchaseModels().fit(kind, data.x(), data.tx(), data.age(), Progress.none());
            List<ModelParameter> p = model.parameters();
            // the dropout side: a vanishing mean death rate (s / beta) or dropout probability (a / (a + b))
            double dropout = kind == PurchaseModelKind.PNBD ? p.get(2).value() / p.get(3).value()
                    : p.get(2).value() / (p.get(2).value() + p.get(3).value());
            assertTrue(dropout < 1e-4, kind + ": " + p);
            assertTrue(Double.isNaN(p.get(2).standardError()) || Double.isNaN(p.get(3).standardError()),
                    kind + ": " + p);
            // r / alpha, the mean purchase rate, 0.1, within 5% (3,000 customers over 20 to 80 periods)
            assertEquals(planted[0] / planted[1], p.get(0).value() / p.get(1).value(), 0.005, kind + ": " + p);
            assertEquals(planted[0], p.get(0).value(), 0.3, kind + ": " + p);
            // the purchase side keeps its standard errors (from the Hessian over r and alpha alone)
            assertTrue(p.get(0).standardError() > 0 && p.get(1).standardError() > 0, kind + ": " + p);
            assertEquals(planted[0], p.get(0).value(), 3 * p.get(0).standardError(), kind + ": " + p);
        }
    }

    /**
     * Each estimate within 3 standard errors of the planted value (a z-score; over seeds 1 to 8 the BG/NBD z-scores of
     * this design ranged from -3.0 to 1.7, 4 of 32 beyond 2).
     */
    private static void assertRecovered(double[] planted, PurchaseModel model) {
        for (int i = 0; i < planted.length; i++) {
            ModelParameter parameter = model.parameters().get(i);
            assertTrue(parameter.standardError() > 0, parameter.toString());
            assertEquals(planted[i], parameter.value(), 3 * parameter.standardError(), parameter.toString());
        }
    }

    @Test
    void refusesTooFewCustomersNoRepeatsAndImpossibleSummaries() {
        PurchaseModels models = new PurchaseModels();
        int[] x = {1, 0, 2, 0, 0, 3, 0, 1, 0};
        double[] tx = new double[9];
        double[] age = new double[9];
        Arrays.fill(age, 30);
        Arrays.fill(tx, 10);
        UnsuitableDataException few = assertThrows(UnsuitableDataException.class,
                () -> models.fit(PurchaseModelKind.BGNBD, x, tx, age, Progress.none()));
        assertEquals("value.error.tooFewCustomers", few.messageKey());
        assertEquals(List.of(PurchaseModels.MIN_CUSTOMERS, 9), Arrays.asList(few.args()));

        int[] none = new int[40];
        double[] zeros = new double[40];
        double[] ages = new double[40];
        Arrays.fill(ages, 20);
        for (PurchaseModelKind kind : PurchaseModelKind.values()) {
            assertEquals("value.error.noRepeat", assertThrows(UnsuitableDataException.class,
                    () -> models.fit(kind, none, zeros, ages, Progress.none())).messageKey());
        }

        CdnowSample cdnow = CdnowSample.summary();
        double[] broken = cdnow.tx().clone();
        broken[17] = Double.NaN;
        UnsuitableDataException nan = assertThrows(UnsuitableDataException.class,
                () -> models.fit(PurchaseModelKind.PNBD, cdnow.x(), broken, cdnow.age(), Progress.none()));
        assertEquals("value.error.badSummary", nan.messageKey());
        assertEquals(18, nan.args()[0]);
        double[] late = cdnow.tx().clone();
        late[0] = cdnow.age()[0] + 1;
        assertEquals("value.error.badSummary", assertThrows(UnsuitableDataException.class,
                () -> models.fit(PurchaseModelKind.BGNBD, cdnow.x(), late, cdnow.age(), Progress.none()))
                .messageKey());
    }

    @Test
    void aFitWithoutAMaximumIsRefusedAndKeepsNothing() {
        // a likelihood that rises for ever as the parameter grows: the search runs off to infinity
        MaximumLikelihoodFit fit = new MaximumLikelihoodFit((theta, gradient) -> {
            gradient[0] = -1 / (1 + Math.exp(-theta[0]));
            return -Math.log1p(Math.exp(theta[0]));
        }, true);
        UnsuitableDataException e = assertThrows(UnsuitableDataException.class,
                () -> fit.maximise(new double[] {0}, "test", Progress.none()));
        assertEquals("value.error.notConverged", e.messageKey());
    }

    @Test
    void reportsItsStageAndStopsWhenCancelled() {
        CdnowSample cdnow = CdnowSample.summary();
        List<String> stages = new ArrayList<>();
        int[] checks = new int[1];
        Progress cancelling = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public void stage(String messageKey, Object... args) {
                stages.add(messageKey);
            }

            @Override
            public boolean isCancelled() {
                return ++checks[0] > 3;
            }
        };
        assertThrows(CancelledException.class, () -> new PurchaseModels().fit(PurchaseModelKind.BGNBD, cdnow.x(),
                cdnow.tx(), cdnow.age(), cancelling));
        assertEquals(List.of("value.stage.fitModel"), stages);
    }

    @Test
    void rebuildsModelsFromSavedParameters() {
        PurchaseModel pareto = PurchaseModels.of(PurchaseModelKind.PNBD, 0.5534, 10.5802, 0.6061, 11.6562);
        assertEquals(PurchaseModelKind.PNBD, pareto.kind());
        assertEquals(List.of("r", "alpha", "s", "beta"), pareto.parameters().stream().map(ModelParameter::name)
                .toList());
        assertEquals(0.9979, pareto.probabilityAlive(26, 30.86, 31), 0.00005);
        assertEquals("parameters", assertThrows(BadParameterException.class,
                () -> PurchaseModels.of(PurchaseModelKind.BGNBD, 1, 2, 3)).parameter());
        assertEquals("alpha", assertThrows(BadParameterException.class,
                () -> PurchaseModels.of(PurchaseModelKind.BGNBD, 1, -2, 3, 4)).parameter());
        assertFalse(Double.isNaN(PurchaseModels.of(PurchaseModelKind.BGNBD, 0.243, 4.414, 0.793, 2.426)
                .expectedPurchasesFromStart(10)));
    }
}
