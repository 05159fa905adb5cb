package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RidgeSystemTest {

    @Test
    void solvesARidgeRegressionExactly() {
        // (Z^T Z + lambda I) x = Z^T t for 30 random rows of 6 values (5 plus the constant 1)
        SplittableRandom random = new SplittableRandom(4);
        int f = 5;
        int n = 30;
        double lambda = 0.7;
        double[][] z = new double[n][f + 1];
        double[] t = new double[n];
        RidgeSystem system = new RidgeSystem(f + 1);
        system.reset(null);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < f; c++) {
                z[r][c] = random.nextGaussian();
            }
            z[r][f] = 1;
            t[r] = random.nextGaussian();
            system.addWithOne(z[r], 0, t[r]);
        }
        system.ridge(lambda);
        double[] x = new double[f + 1];
        system.solveInto(x, 0);
        for (int a = 0; a <= f; a++) {
            double lhs = lambda * x[a];
            double rhs = 0;
            for (int r = 0; r < n; r++) {
                double fit = 0;
                for (int c = 0; c <= f; c++) {
                    fit += z[r][c] * x[c];
                }
                lhs += z[r][a] * fit;
                rhs += z[r][a] * t[r];
            }
            assertEquals(rhs, lhs, 1e-10);
        }
    }
}
