package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/** Logistic regression agrees with statsmodels' Logit (src/test/resources/reference/churn_reference.py). */
class LogisticAgreementTest {
    private static final double[] PARAMS = {-0.24026144945670538, 0.5302347595130011, -0.8693606828713324,
        0.9551495000563804};
    private static final double[] BSE = {0.27886316866919025, 0.06369674574527297, 0.13865087231503126,
        0.29645477513037316};
    private static final double[] Z = {-0.8615746948702383, 8.324361838412297, -6.270142180541364,
        3.221906274359488};
    private static final double[] P = {0.3889216010758233, 8.478425381615287e-17, 3.6071857248065444e-10,
        0.0012734078340012073};
    private static final double[] LOWER = {-0.7868232166630367, 0.4053914319198612, -1.1411113990338553,
        0.3741088177559285};
    private static final double[] UPPER = {0.30630031774962596, 0.6550780871061411, -0.5976099667088095,
        1.5361901823568322};

    /** Integer-only uniform in [0, 1), the same as the script's {@code unit(i)}. */
    static double unit(long i) {
        return ((i * 2654435761L + 12345L) & 0xFFFFFFFFL) / 4294967296.0;
    }

    static double[][] x(int n) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {((i * 7919 + 13) % 1000) / 100.0 - 5, ((i * 104729 + 7) % 997) / 997.0 * 4,
                i % 3 == 0 ? 1 : 0};
        }
        return x;
    }

    static double[] y(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double eta = -0.5 + 0.6 * x[i][0] - 0.8 * x[i][1] + 1.0 * x[i][2];
            y[i] = unit(i) < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        return y;
    }

    @Test
    void coefficientsStandardErrorsZAndPEqualStatsmodels() {
        double[][] x = x(400);
        double[] y = y(x);
        assertEquals(106, java.util.Arrays.stream(y).sum());
        var model = new LogisticRegressionFit(List.of("a", "b", "c"), 0).fit(x, y, null, Progress.none());
        List<Coefficient> table = model.coefficients();
        assertEquals(4, table.size());
        for (int j = 0; j < 4; j++) {
            Coefficient c = table.get(j);
            assertEquals(PARAMS[j], c.estimate(), 1e-7, c.term());
            assertEquals(BSE[j], c.stdError(), 1e-7, c.term());
            assertEquals(Z[j], c.statistic(), 1e-6, c.term());
            assertEquals(P[j], c.pValue(), Math.max(1e-9, P[j] * 1e-5), c.term());
            assertEquals(LOWER[j], c.lower95(), 1e-7, c.term());
            assertEquals(UPPER[j], c.upper95(), 1e-7, c.term());
        }
        assertEquals("intercept", table.get(0).term());
        assertEquals("c", table.get(3).term());
    }
}
