package org.crmworkbench.analysis.value;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and z &lt; 1, as the buy-till-you-die models
 * need it (the Pareto/NBD likelihood and P(alive), the BG/NBD expectations).
 *
 * <p>The power series {@code sum (a)_n (b)_n / ((c)_n n!) z^n} is summed for 0 &lt; z &lt; 1, either as it stands
 * or after Euler's transformation {@code 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)}, whichever
 * has the smaller a + b - c (its terms fall faster; the models' arguments with many purchases would otherwise
 * overflow). For z &lt; 0 Pfaff's transformation, {@code (1 - z)^(-a) 2F1(a, c - b; c; z / (z - 1))} or its twin on
 * b, brings the argument into (0, 1). When the chosen series loses more than four digits to cancellation between
 * terms of opposite sign, the other form is summed too and the better conditioned one kept. The sum carries its own
 * scale, so {@link #logValue} stays finite where the value itself would overflow.
 * Summation stops when a bound on the remaining tail falls below the double precision of the sum; a series that has
 * not reached that within {@value #MAX_TERMS} terms (z within about 1e-4 of 1) is refused with an
 * {@link ArithmeticException} rather than answered inaccurately.
 */
public final class Hypergeometric2F1 {
    /** Terms summed at most before the series is declared not convergent. */
    public static final int MAX_TERMS = 400_000;
    private static final double EPS = 0x1p-53;
    private static final double RESCALE = 1e250;
    private static final double LOG_RESCALE = Math.log(RESCALE);

    private Hypergeometric2F1() {
    }

    /** 2F1(a, b; c; z); overflows to infinity where {@link #logValue} would still be finite. */
    public static double value(double a, double b, double c, double z) {
        double[] scaled = scaled(a, b, c, z);
        return scaled[1] * Math.exp(scaled[0]);
    }

    /**
     * log 2F1(a, b; c; z) for arguments where the function is positive (as it is for the models' positive
     * parameters).
     *
     * @throws ArithmeticException when the value is not positive or the series does not converge
     */
    public static double logValue(double a, double b, double c, double z) {
        double[] scaled = scaled(a, b, c, z);
        if (!(scaled[1] > 0)) {
            throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") is not positive");
        }
        return scaled[0] + Math.log(scaled[1]);
    }

    /** {log scale, sum, condition}: the value is sum * exp(log scale). */
    private static double[] scaled(double a, double b, double c, double z) {
        if (!(z < 1) || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || Double.isNaN(z)) {
            throw new IllegalArgumentException("2F1 needs finite a, b, c and z < 1: " + a + ", " + b + ", " + c
                    + ", " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is not defined for c = " + c);
        }
        if (z == 0 || a == 0 || b == 0) {
            return new double[] {0, 1, 1};
        }
        if (z < 0) {
            // Pfaff, on a or on b: either transformed argument lies in (0, 1)
            double w = z / (z - 1);
            double logOneMinusZ = Math.log1p(-z);
            return better(a, c - b, c, w, -a * logOneMinusZ, c - a, b, -b * logOneMinusZ);
        }
        // the series itself or Euler's transformation of it
        return better(a, b, c, z, 0, c - a, c - b, (c - a - b) * Math.log1p(-z));
    }

    /**
     * Sums whichever of two equal expressions {@code exp(log1) 2F1(a1, b1; c; z)} and {@code exp(log2) 2F1(a2, b2; c;
     * z)} promises the faster fall of terms (the smaller a + b - c, or a terminating series), and the other as well
     * when the first lost more than four digits to cancellation between terms of opposite sign.
     */
    private static double[] better(double a1, double b1, double c, double z, double log1, double a2, double b2,
                                   double log2) {
        boolean firstTerminates = isNonPositiveInteger(a1) || isNonPositiveInteger(b1);
        boolean secondTerminates = isNonPositiveInteger(a2) || isNonPositiveInteger(b2);
        boolean firstPreferred = firstTerminates || (!secondTerminates && a1 + b1 <= a2 + b2);
        double[] first = firstPreferred ? series(a1, b1, c, z) : series(a2, b2, c, z);
        first[0] += firstPreferred ? log1 : log2;
        if (first[2] <= 1e4 || firstTerminates || secondTerminates) {
            return first;
        }
        double[] second;
        try {
            second = firstPreferred ? series(a2, b2, c, z) : series(a1, b1, c, z);
        } catch (ArithmeticException e) {
            return first;
        }
        second[0] += firstPreferred ? log2 : log1;
        return second[2] < first[2] ? second : first;
    }

    private static boolean isNonPositiveInteger(double v) {
        return v <= 0 && v == Math.rint(v);
    }

    private static double[] series(double a, double b, double c, double z) {
        double logScale = 0;
        double term = 1;
        double sum = 1;
        double absolute = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            sum += term;
            absolute += Math.abs(term);
            if (term == 0) {
                return new double[] {logScale, sum, absolute / Math.abs(sum)};
            }
            if (absolute > RESCALE) {
                term /= RESCALE;
                sum /= RESCALE;
                absolute /= RESCALE;
                logScale += LOG_RESCALE;
            }
            double next = Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2.0)) * z);
            double bound = Math.max(next, z);
            if (bound < 1 && Math.abs(term) * bound / (1 - bound) <= EPS * Math.abs(sum)) {
                return new double[] {logScale, sum, absolute / Math.abs(sum)};
            }
        }
        throw new ArithmeticException("the 2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge in "
                + MAX_TERMS + " terms");
    }
}
