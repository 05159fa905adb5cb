package org.crmworkbench.analysis.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.junit.jupiter.api.Test;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.regression.LinearModel;

class OlsFitTest {
    /** NIST StRD Longley: GNP deflator, GNP, unemployed, armed forces, population, year; employment. */
    static final double[][] LONGLEY = {
        {83.0, 234289.0, 2356.0, 1590.0, 107608.0, 1947.0, 60323.0},
        {88.5, 259426.0, 2325.0, 1456.0, 108632.0, 1948.0, 61122.0},
        {88.2, 258054.0, 3682.0, 1616.0, 109773.0, 1949.0, 60171.0},
        {89.5, 284599.0, 3351.0, 1650.0, 110929.0, 1950.0, 61187.0},
        {96.2, 328975.0, 2099.0, 3099.0, 112075.0, 1951.0, 63221.0},
        {98.1, 346999.0, 1932.0, 3594.0, 113270.0, 1952.0, 63639.0},
        {99.0, 365385.0, 1870.0, 3547.0, 115094.0, 1953.0, 64989.0},
        {100.0, 363112.0, 3578.0, 3350.0, 116219.0, 1954.0, 63761.0},
        {101.2, 397469.0, 2904.0, 3048.0, 117388.0, 1955.0, 66019.0},
        {104.6, 419180.0, 2822.0, 2857.0, 118734.0, 1956.0, 67857.0},
        {108.4, 442769.0, 2936.0, 2798.0, 120445.0, 1957.0, 68169.0},
        {110.8, 444546.0, 4681.0, 2637.0, 121950.0, 1958.0, 66513.0},
        {112.6, 482704.0, 3813.0, 2552.0, 123366.0, 1959.0, 68655.0},
        {114.2, 502601.0, 3931.0, 2514.0, 125368.0, 1960.0, 69564.0},
        {115.7, 518173.0, 4806.0, 2572.0, 127852.0, 1961.0, 69331.0},
        {116.9, 554894.0, 4007.0, 2827.0, 130081.0, 1962.0, 70551.0},
    };
    /** NIST certified values (intercept first). */
    static final double[] CERTIFIED_BETA = {-3482258.63459582, 15.0618722713733, -0.358191792925910E-01,
        -2.02022980381683, -1.03322686717359, -0.511041056535807E-01, 1829.15146461355};
    static final double[] CERTIFIED_SE = {890420.383607373, 84.9149257747669, 0.334910077722432E-01,
        0.488399681651699, 0.214274163161675, 0.226073200069370, 455.478499142212};
    static final double CERTIFIED_RSD = 304.854073561965;
    static final double CERTIFIED_R2 = 0.995479004577296;
    static final List<String> NAMES = List.of("deflator", "gnp", "unemployed", "armed", "population", "year");

    static double[][] longleyX() {
        double[][] x = new double[16][6];
        for (int i = 0; i < 16; i++) {
            System.arraycopy(LONGLEY[i], 0, x[i], 0, 6);
        }
        return x;
    }

    static double[] longleyY() {
        double[] y = new double[16];
        for (int i = 0; i < 16; i++) {
            y[i] = LONGLEY[i][6];
        }
        return y;
    }

    @Test
    void meetsTheCertifiedLongleyValues() {
        OlsSummary s = OlsFit.fit(longleyX(), longleyY(), NAMES, true, "features").summary();
        double worst = 0;
        for (int j = 0; j < 7; j++) {
            Coefficient c = s.coefficients().get(j);
            worst = Math.max(worst, Math.abs(c.estimate() / CERTIFIED_BETA[j] - 1));
            worst = Math.max(worst, Math.abs(c.stdError() / CERTIFIED_SE[j] - 1));
        }
        System.out.printf("Longley, ours: worst relative error of coefficients and SEs %.2e%n", worst);
        assertTrue(worst < 1e-7, "worst relative error " + worst);
        assertEquals(CERTIFIED_R2, s.rSquared(), 1e-10);
        assertEquals(CERTIFIED_RSD, s.residualStandardError(), 1e-7 * CERTIFIED_RSD);
        assertEquals(9, s.residualDf());
        assertEquals(6, s.modelDf());
        assertEquals("intercept", s.coefficients().get(0).term());
    }

    /** The measurement behind choosing this fit over Smile's: Smile's OLS on the same data, same yardstick. */
    @Test
    void smileIsLessExactOnLongley() {
        double[][] rows = LONGLEY;
        DataFrame frame = DataFrame.of(rows, "deflator", "gnp", "unemployed", "armed", "population", "year", "y");
        LinearModel model = smile.regression.OLS.fit(Formula.lhs("y"), frame);
        double[][] table = model.ttest();
        double worstSmile = 0;
        for (int j = 0; j < 7; j++) {
            int row = j; // Smile's ttest rows: the intercept first, as here
            worstSmile = Math.max(worstSmile, Math.abs(table[row][0] / CERTIFIED_BETA[j] - 1));
            worstSmile = Math.max(worstSmile, Math.abs(table[row][1] / CERTIFIED_SE[j] - 1));
        }
        OlsSummary s = OlsFit.fit(longleyX(), longleyY(), NAMES, true, "features").summary();
        double worstOurs = 0;
        for (int j = 0; j < 7; j++) {
            worstOurs = Math.max(worstOurs, Math.abs(s.coefficients().get(j).estimate() / CERTIFIED_BETA[j] - 1));
            worstOurs = Math.max(worstOurs, Math.abs(s.coefficients().get(j).stdError() / CERTIFIED_SE[j] - 1));
        }
        System.out.printf("Longley worst relative error: ours %.2e, Smile OLS %.2e%n", worstOurs, worstSmile);
        assertTrue(worstOurs <= worstSmile, "ours " + worstOurs + " smile " + worstSmile);
    }

    @Test
    void recoversPlantedCoefficients() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 500;
        double sigma = 2.0;
        double[] beta = {5.0, 1.5, -2.0, 0.25};
        double[][] x = new double[n][3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble(0, 10);
            x[i][1] = random.nextGaussian(3, 2);
            x[i][2] = random.nextDouble(-20, 20);
            y[i] = beta[0] + beta[1] * x[i][0] + beta[2] * x[i][1] + beta[3] * x[i][2] + sigma * random.nextGaussian();
        }
        OlsSummary s = OlsFit.fit(x, y, List.of("a", "b", "c"), true, "features").summary();
        for (int j = 0; j < 4; j++) {
            Coefficient c = s.coefficients().get(j);
            assertEquals(beta[j], c.estimate(), 3 * c.stdError(), c.term());
        }
        // theoretical R^2 = var(signal) / (var(signal) + sigma^2)
        double signal = 1.5 * 1.5 * 100 / 12 + 4 * 4 + 0.0625 * 1600 / 12;
        assertEquals(signal / (signal + sigma * sigma), s.rSquared(), 0.02);
        assertEquals(sigma, s.residualStandardError(), 0.15);
        assertTrue(s.fPValue() < 1e-100, "tiny p-values stay positive and tiny: " + s.fPValue());
        assertTrue(s.fPValue() > 0);
    }

    @Test
    void refusesALinearCombinationAndNamesIt() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[30][3];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i][0] = random.nextDouble();
            x[i][1] = random.nextDouble();
            x[i][2] = 2 * x[i][0] - x[i][1] + 1;
            y[i] = random.nextDouble();
        }
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> OlsFit.fit(x, y, List.of("a", "b", "twice_a_minus_b"), true, "features"));
        assertEquals("features", e.parameter());
        assertTrue(e.getMessage().contains("twice_a_minus_b"), e.getMessage());
        // on part of the rows the dependent column is dropped, not a failure
        OlsFit lenient = OlsFit.fit(x, y, List.of("a", "b", "twice_a_minus_b"), false, "features");
        assertEquals(0.0, lenient.slopes()[2]);
        assertEquals(27, lenient.summary().residualDf());
    }

    /**
     * Quantiles against mpmath at 30 digits (scipy 1.10's t.ppf is off by about 1e-9 here; its t.sf is not), tails
     * against scipy's t.sf.
     */
    @Test
    void tQuantileAndTailsMatchHighPrecisionValues() {
        assertEquals(12.7062047361747046, OlsFit.tQuantile(0.975, 1), 1e-13 * 12.7);
        assertEquals(2.26215716279820554, OlsFit.tQuantile(0.975, 9), 1e-13 * 2.26);
        assertEquals(2.00404478328914590, OlsFit.tQuantile(0.975, 55), 1e-13 * 2.0);
        assertEquals(1.98397151852355229, OlsFit.tQuantile(0.975, 100), 1e-13 * 1.98);
        assertEquals(0.050000000004675665, OlsFit.tTwoSidedP(2.2621571627409915, 9), 1e-13);
        assertEquals(2.6363500454100528e-51, OlsFit.tTwoSidedP(58.71959026937212, 55), 1e-10 * 2.6e-51);
    }
}
