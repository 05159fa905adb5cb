package org.crmworkbench.analysis.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class Hypergeometric2F1Test {

    /**
     * scipy.special.hyp2f1 over the models' arguments, and quadrature of Euler's integral for the Pareto/NBD ones from
     * z = 0.9 to 1 - 1e-8 (where hyp2f1 itself goes wrong near integer c - a - b): hyp2f1_reference.py wrote
     * hyp2f1_reference.csv.
     */
    @Test
    void agreesWithScipyOverTheModelsArguments() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/reference/value/hyp2f1_reference.csv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("a,")) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])});
            }
        }
        assertTrue(rows.size() > 1000, "reference rows: " + rows.size());
        double worst = 0;
        for (double[] row : rows) {
            double ours = Hypergeometric2F1.value(row[0], row[1], row[2], row[3]);
            double relative = Math.abs(ours - row[4]) / Math.abs(row[4]);
            worst = Math.max(worst, relative);
            assertEquals(row[4], ours, 1e-10 * Math.abs(row[4]),
                    () -> String.format("2F1(%s, %s; %s; %s)", row[0], row[1], row[2], row[3]));
        }
        assertTrue(worst < 1e-10, "worst relative error " + worst);
    }

    @Test
    void knownClosedForms() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z
        for (double z : new double[] {-5, -0.5, 0.3, 0.95}) {
            assertEquals(-Math.log1p(-z) / z, Hypergeometric2F1.value(1, 1, 2, z), 1e-14);
        }
        // 2F1(a, b; b; z) = (1 - z)^-a
        assertEquals(Math.pow(0.2, -2.5), Hypergeometric2F1.value(2.5, 3.3, 3.3, 0.8), 1e-11 * Math.pow(0.2, -2.5));
        // a terminating series: 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
        assertEquals(1 - 2 * 1.5 * 0.4 / 2.5 + 1.5 * 2.5 * 0.16 / (2.5 * 3.5),
                Hypergeometric2F1.value(-2, 1.5, 2.5, 0.4), 1e-15);
    }

    @Test
    void logValueStaysFiniteWhereTheValueOverflows() {
        // 2F1(a, b; b; z) = (1 - z)^-a: with a = 400 and z = 0.9 the value is 1e400
        assertEquals(400 * Math.log(10), Hypergeometric2F1.logValue(400, 3.3, 3.3, 0.9), 1e-9);
    }

    @Test
    void refusesArgumentsOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, -2, 0.5));
    }

    /**
     * Gauss's theorem, 2F1(a, b; c; 1) = G(c) G(c - a - b) / (G(c - a) G(c - b)) for c - a - b &gt; 0, approached from
     * below: the connection formula, and its interpolation where c - a - b is an integer (here 2, and near 2).
     */
    @Test
    void nearOneApproachesGausssTheorem() {
        for (double c : new double[] {3, 3 + 1e-5, 3 - 3e-4, 3.37}) {
            double expected = Math.exp(Gamma.logGamma(c) + Gamma.logGamma(c - 1) - 2 * Gamma.logGamma(c - 0.5));
            // the next term of the expansion in 1 - z is of order (1 - z) ln(1 - z): below 1e-10 here
            assertEquals(expected, Hypergeometric2F1.value(0.5, 0.5, c, 1 - 1e-12), 1e-10 * expected,
                    "c = " + c);
        }
    }

    /** Either side of the switch to the connection formula the function is continuous and increasing in z. */
    @Test
    void connectionFormulaJoinsTheSeries() {
        double[][] arguments = {{5.2430038, 5.243, 6.2430038}, {3.8000038, 1.0000038, 4.8000038},
            {153.8, 153.8 - 0.0004, 154.8}, {1.2, 0.7, 3}};
        for (double[] p : arguments) {
            double below = Hypergeometric2F1.logValue(p[0], p[1], p[2], Math.nextDown(Hypergeometric2F1.CONNECTION_ABOVE));
            double above = Hypergeometric2F1.logValue(p[0], p[1], p[2], Math.nextUp(Hypergeometric2F1.CONNECTION_ABOVE));
            assertEquals(below, above, 1e-10 * Math.max(1, Math.abs(below)), () -> java.util.Arrays.toString(p));
            double previous = Double.NEGATIVE_INFINITY;
            for (double w = 0.1; w >= 1e-9; w /= 3) {
                double value = Hypergeometric2F1.logValue(p[0], p[1], p[2], 1 - w);
                assertTrue(value > previous, () -> java.util.Arrays.toString(p));
                previous = value;
            }
        }
    }
}
