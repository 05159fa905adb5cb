package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** Planted coefficients come back; separation, penalties and weights behave as documented. */
class LogisticRegressionFitTest {

    @Test
    void plantedCoefficientsAreRecoveredWithinThreeStandardErrors() {
        PredictorData data = ChurnTestData.planted(5000, 11, ChurnTestData::logistic);
        var model = new LogisticRegressionFit(ChurnTestData.COLUMNS, 0).fit(data.x(), data.y(), null, Progress.none());
        double[] truth = {-1, 1.5, -0.7, 0, 0.8};
        List<Coefficient> table = model.coefficients();
        for (int j = 0; j < truth.length; j++) {
            Coefficient c = table.get(j);
            assertTrue(Math.abs(c.estimate() - truth[j]) < 3 * c.stdError(), c.toString());
            assertTrue(c.lower95() < c.estimate() && c.estimate() < c.upper95());
        }
        assertTrue(table.get(1).pValue() < 1e-10);
        assertTrue(model.iterations() < 15);
    }

    @Test
    void perfectSeparationNamesTheFeature() {
        double[][] x = new double[60][];
        double[] y = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i] = new double[] {Math.sin(i), i < 30 ? i : i + 100, (i * 7) % 5};
            y[i] = i < 30 ? 0 : 1;
        }
        var fit = new LogisticRegressionFit(List.of("noise", "days_since_order", "other"), 0);
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> fit.fit(x, y, null, Progress.none()));
        assertEquals("features", e.parameter());
        assertEquals("predict.error.separation", e.messageKey());
        assertEquals("days_since_order", e.args()[0]);
        var penalised = new LogisticRegressionFit(List.of("noise", "days_since_order", "other"), 1)
                .fit(x, y, null, Progress.none());
        for (Coefficient c : penalised.coefficients()) {
            assertTrue(Double.isFinite(c.estimate()), c.toString());
            assertTrue(Double.isNaN(c.stdError()), "a penalised fit gives no textbook standard error");
        }
    }

    @Test
    void weightedFitsGiveSandwichStandardErrors() {
        PredictorData data = ChurnTestData.planted(2000, 12, ChurnTestData::logistic);
        var model = new LogisticRegressionFit(ChurnTestData.COLUMNS, 0)
                .fit(data.x(), data.y(), ClassWeights.rowWeights(data.y()), Progress.none());
        for (Coefficient c : model.coefficients()) {
            assertTrue(c.stdError() > 0 && Double.isFinite(c.stdError()), c.toString());
        }
        // slopes are unaffected by class weights when the model is right; the intercept moves
        assertEquals(1.5, model.coefficients().get(1).estimate(), 3 * model.coefficients().get(1).stdError());
    }

    @Test
    void cancellationStopsTheIterations() {
        PredictorData data = ChurnTestData.planted(500, 13, ChurnTestData::logistic);
        assertThrows(CancelledException.class, () -> new LogisticRegressionFit(ChurnTestData.COLUMNS, 0)
                .fit(data.x(), data.y(), null, new CancelledProgress()));
    }
}
