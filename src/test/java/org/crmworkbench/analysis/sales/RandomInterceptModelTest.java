package org.crmworkbench.analysis.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

class RandomInterceptModelTest {

    /** lme4's Dyestuff: yield of dyestuff in 6 batches (A-F) of 5 preparations each. */
    private static final double[][] DYESTUFF = {
        {1545, 1440, 1440, 1520, 1580},
        {1540, 1555, 1490, 1560, 1495},
        {1595, 1550, 1605, 1510, 1560},
        {1445, 1440, 1595, 1465, 1545},
        {1595, 1630, 1515, 1635, 1625},
        {1520, 1455, 1450, 1480, 1445},
    };

    @Test
    void dyestuffMatchesLme4() {
        int n = 30;
        double[] y = new double[n];
        double[][] x = new double[n][];
        int[] g = new int[n];
        for (int b = 0; b < 6; b++) {
            for (int k = 0; k < 5; k++) {
                int i = b * 5 + k;
                y[i] = DYESTUFF[b][k];
                x[i] = new double[] {1};
                g[i] = b;
            }
        }
        RandomInterceptFit fit = new RandomInterceptModel().fit(y, x, g, 6);
        System.out.printf("Dyestuff: REML %.4f, batch SD %.4f, residual SD %.4f, intercept %.4f (SE %.4f), modes %s, SEs %s%n",
                fit.remlCriterion(), fit.groupSd(), fit.residualSd(), fit.beta()[0], fit.betaStdErrors()[0],
                java.util.Arrays.toString(fit.effects()), java.util.Arrays.toString(fit.effectStdErrors()));
        // Bates, lme4: Mixed-effects modeling with R, ch. 1: REML criterion 319.7 (319.65), batch SD 42.00,
        // residual SD 49.51, intercept 1527.50 with SE 19.38
        assertEquals(319.65, fit.remlCriterion(), 0.01);
        assertEquals(42.00, fit.groupSd(), 0.01);
        assertEquals(49.51, fit.residualSd(), 0.01);
        assertEquals(1527.5, fit.beta()[0], 1e-6);
        assertEquals(19.38, fit.betaStdErrors()[0], 0.01);
        // lme4's ranef(fm1): the batches' conditional modes
        double[] modes = {-17.6060, 0.3912, 28.5622, -23.0828, 56.7345, -44.9991};
        for (int b = 0; b < 6; b++) {
            assertEquals(modes[b], fit.effects()[b], 0.05, "batch " + b);
        }
        // SE = lme4's condVar sigma^2 / (n_j + 1/theta^2) plus beta's part c^2 n_j^2 Var(intercept)
        double theta = fit.groupSd() / fit.residualSd();
        double s2 = fit.residualSd() * fit.residualSd();
        double c = theta * theta / (1 + 5 * theta * theta);
        double condVar = s2 / (5 + 1 / (theta * theta));
        double var0 = fit.betaStdErrors()[0] * fit.betaStdErrors()[0];
        assertEquals(Math.sqrt(condVar + c * c * 25 * var0), fit.effectStdErrors()[0], 1e-9);
        assertEquals(30, fit.observations());
        assertEquals(0.4185, fit.intraclassCorrelation(), 0.001);
    }

    @Test
    void agreesWithDenseBruteForceReml() throws IOException {
        // src/test/resources/reference/sales/reml_reference.py: dense V, joint Nelder-Mead over (sigma_u, sigma)
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/reference/sales/reml_sim.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    String[] f = lines[i].split(",");
                    rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3])});
                }
            }
        }
        int n = rows.size();
        double[] y = new double[n];
        double[][] x = new double[n][];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            g[i] = (int) r[0];
            // a duplicated x1 column (aliased) between x1 and x2 must be dropped and reported NaN
            x[i] = new double[] {1, r[1], 2 * r[1], r[2]};
            y[i] = r[3];
        }
        assertEquals(132, n);
        RandomInterceptFit fit = new RandomInterceptModel().fit(y, x, g, 9);
        assertEquals(474.042227, fit.remlCriterion(), 1e-4);
        double[] beta = {2.001719, 0.633779, Double.NaN, -0.597295};
        double[] se = {0.407843, 0.128602, Double.NaN, 0.251239};
        for (int k = 0; k < 4; k++) {
            if (Double.isNaN(beta[k])) {
                assertTrue(Double.isNaN(fit.beta()[k]) && Double.isNaN(fit.betaStdErrors()[k]));
            } else {
                assertEquals(beta[k], fit.beta()[k], 1e-4);
                assertEquals(se[k], fit.betaStdErrors()[k], 1e-4);
            }
        }
        assertEquals(1.082112, fit.groupSd(), 1e-4);
        assertEquals(1.348455, fit.residualSd(), 1e-4);
        double[] blup = {-1.283564, -0.911082, 0.420488, -1.285942, 0.482410, 0.647402, -0.475657, 1.491323,
            0.914621};
        double[] pev = {0.456879, 0.502543, 0.542512, 0.464336, 0.453938, 0.529006, 0.509160, 0.606909, 0.455255};
        for (int j = 0; j < 9; j++) {
            assertEquals(blup[j], fit.effects()[j], 1e-4);
            assertEquals(pev[j], fit.effectStdErrors()[j], 1e-4);
        }
    }

    @Test
    void noGroupVarianceFallsOnTheBoundary() {
        Random rnd = new Random(7);
        int n = 400;
        double[] y = new double[n];
        double[][] x = new double[n][];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 10;
            x[i] = new double[] {1};
            y[i] = 3 + rnd.nextGaussian();
        }
        // make every group's mean exactly the overall mean: no between-group variance at all
        double[] mean = new double[10];
        for (int i = 0; i < n; i++) {
            mean[g[i]] += y[i] / 40;
        }
        for (int i = 0; i < n; i++) {
            y[i] -= mean[g[i]] - 3;
        }
        RandomInterceptFit fit = new RandomInterceptModel().fit(y, x, g, 10);
        assertEquals(0, fit.groupSd(), 1e-6);
        assertEquals(3, fit.beta()[0], 1e-9);
        assertEquals(0, fit.effects()[4], 1e-6);
    }

    @Test
    void intervalsCoverPlantedInterceptsAboutNinetyFivePercent() {
        Random rnd = new Random(2026);
        int covered = 0;
        int total = 0;
        for (int rep = 0; rep < 5; rep++) {
            int groups = 200;
            double[] u = new double[groups];
            for (int j = 0; j < groups; j++) {
                u[j] = 0.5 * rnd.nextGaussian();
            }
            List<double[]> rows = new ArrayList<>();
            for (int j = 0; j < groups; j++) {
                int size = 2 + rnd.nextInt(30);
                for (int k = 0; k < size; k++) {
                    double x1 = rnd.nextGaussian();
                    double x2 = rnd.nextInt(3) == 0 ? 1 : 0;
                    rows.add(new double[] {j, x1, x2, 1 + 0.3 * x1 + 0.8 * x2 + u[j] + rnd.nextGaussian()});
                }
            }
            int n = rows.size();
            double[] y = new double[n];
            double[][] x = new double[n][];
            int[] g = new int[n];
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                g[i] = (int) r[0];
                x[i] = new double[] {1, r[1], r[2]};
                y[i] = r[3];
            }
            RandomInterceptFit fit = new RandomInterceptModel().fit(y, x, g, groups);
            for (int j = 0; j < groups; j++) {
                double e = fit.effects()[j];
                double se = fit.effectStdErrors()[j];
                if (Math.abs(e - u[j]) <= 1.96 * se) {
                    covered++;
                }
                total++;
            }
            assertEquals(0.5, fit.groupSd(), 0.1);
            assertEquals(1.0, fit.residualSd(), 0.05);
        }
        double coverage = (double) covered / total;
        System.out.printf("random-intercept 95%% interval coverage: %.4f of %d%n", coverage, total);
        assertTrue(coverage >= 0.90 && coverage <= 0.99, "coverage " + coverage);
    }

    @Test
    void refusesASingleGroup() {
        double[] y = {1, 2, 3};
        double[][] x = {{1}, {1}, {1}};
        assertThrows(UnsuitableDataException.class, () -> new RandomInterceptModel().fit(y, x, new int[3], 1));
    }
}
