package org.crmworkbench.analysis.value;

import org.apache.commons.math3.special.Gamma;

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
 * not reached that within {@value #MAX_TERMS} terms is refused with an {@link ArithmeticException} rather than
 * answered inaccurately.
 *
 * <p>Above z = {@value #CONNECTION_ABOVE} the series would need of the order of 1 / (1 - z) terms (hundreds of
 * thousands for the Pareto/NBD near its no-dropout limit, where beta grows without bound and z tends to 1), so the
 * connection formula to 1 - z is used instead (see {@link #nearOne}): two series in 1 - z &lt; 0.1 and Gamma
 * factors. Where that loses more than three digits to cancellation between its two terms (large a and b) and z is
 * not above {@value #SERIES_UP_TO}, the series is summed after all. Checked against quadrature and
 * scipy.special.hyp2f1 (hyp2f1_reference.py) to 1e-10 relative for z up to 1 - 1e-8.
 */
public final class Hypergeometric2F1 {
    /** Terms summed at most before the series is declared not convergent. */
    public static final int MAX_TERMS = 400_000;
    private static final double EPS = 0x1p-53;
    private static final double RESCALE = 1e250;
    private static final double LOG_RESCALE = Math.log(RESCALE);
    /** Above this argument the connection formula to 1 - z replaces the series (see {@link #nearOne}). */
    static final double CONNECTION_ABOVE = 0.9;
    /** How close to an integer c - a - b may come before the connection formula is interpolated. */
    static final double NEAR_INTEGER = 2e-4;
    /** Up to this argument the series is summed when the connection formula is ill conditioned. */
    static final double SERIES_UP_TO = 0.999;

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
        if (z > CONNECTION_ABOVE) {
            double[] near = nearOne(a, b, c, z);
            if (near[2] <= 1e3 || z > SERIES_UP_TO) {
                return near;
            }
            // the connection formula lost digits to cancellation (large a and b): the series is not yet too long
        }
        // the series itself or Euler's transformation of it
        return better(a, b, c, z, 0, c - a, c - b, (c - a - b) * Math.log1p(-z));
    }

    /**
     * For z near 1: the connection formula to 1 - z, {@code 2F1(a, b; c; z) = G(c) G(d) / (G(c - a) G(c - b))
     * 2F1(a, b; 1 - d; 1 - z) + (1 - z)^d G(c) G(-d) / (G(a) G(b)) 2F1(c - a, c - b; 1 + d; 1 - z)} with
     * {@code d = c - a - b} (Abramowitz and Stegun 15.3.6), whose two series converge fast. It holds for d not an
     * integer; within {@value #NEAR_INTEGER} of one, the function of c is interpolated (a cubic) from four values with
     * d at the integer plus and minus {@value #NEAR_INTEGER} and twice that, where the formula is still well
     * conditioned enough.
     */
    private static double[] nearOne(double a, double b, double c, double z) {
        double d = c - a - b;
        double n = Math.rint(d);
        double delta = d - n;
        if (Math.abs(delta) >= NEAR_INTEGER) {
            return connection(a, b, c, z, 0);
        }
        double[] offsets = {-2 * NEAR_INTEGER, -NEAR_INTEGER, NEAR_INTEGER, 2 * NEAR_INTEGER};
        double[][] values = new double[4][];
        double logScale = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            values[i] = connection(a, b, c - delta + offsets[i], z, i);
            logScale = Math.max(logScale, values[i][0]);
        }
        double sum = 0;
        double absolute = 0;
        for (int i = 0; i < 4; i++) {
            double weight = 1;
            for (int j = 0; j < 4; j++) {
                if (j != i) {
                    weight *= (delta - offsets[j]) / (offsets[i] - offsets[j]);
                }
            }
            double term = weight * values[i][1] * Math.exp(values[i][0] - logScale);
            sum += term;
            absolute += Math.abs(term) * values[i][2];
        }
        return new double[] {logScale, sum, absolute / Math.abs(sum)};
    }

    /**
     * The Gamma factors of the connection formula for the last (a, b, c) seen in each of the four places
     * {@link #nearOne} asks for them: a likelihood asks for the same (a, b, c) with many z in a row.
     */
    private static final ThreadLocal<double[][]> FACTORS = ThreadLocal.withInitial(() -> {
        double[][] slots = new double[4][];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new double[] {Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0};
        }
        return slots;
    });

    /**
     * {a, b, c, log |first factor|, its sign, log |second factor|, its sign}: {@code G(c) G(d) / (G(c - a) G(c - b))}
     * (sign 0 when c - a or c - b is a non-positive integer) and {@code G(c) G(-d) / (G(a) G(b))}.
     */
    private static double[] factors(double a, double b, double c, int slot) {
        double[] f = FACTORS.get()[slot];
        if (f[0] == a && f[1] == b && f[2] == c) {
            return f;
        }
        double d = c - a - b;
        double[] gc = logGamma(c);
        if (isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b)) {
            f[3] = 0;
            f[4] = 0;
        } else {
            double[] gd = logGamma(d);
            double[] gca = logGamma(c - a);
            double[] gcb = logGamma(c - b);
            f[3] = gc[0] + gd[0] - gca[0] - gcb[0];
            f[4] = gc[1] * gd[1] * gca[1] * gcb[1];
        }
        double[] gmd = logGamma(-d);
        double[] ga = logGamma(a);
        double[] gb = logGamma(b);
        f[5] = gc[0] + gmd[0] - ga[0] - gb[0];
        f[6] = gc[1] * gmd[1] * ga[1] * gb[1];
        f[0] = a;
        f[1] = b;
        f[2] = c;
        return f;
    }

    /** The connection formula of {@link #nearOne} for d = c - a - b not an integer. */
    private static double[] connection(double a, double b, double c, double z, int slot) {
        double d = c - a - b;
        double w = 1 - z;
        double[] factors = factors(a, b, c, slot);
        double[] first;
        if (factors[4] == 0) {
            first = new double[] {0, 0, 1};
        } else {
            first = series(a, b, 1 - d, w);
            first[0] += factors[3];
            first[1] *= factors[4];
        }
        double[] second = series(c - a, c - b, 1 + d, w);
        second[0] += d * Math.log(w) + factors[5];
        second[1] *= factors[6];
        double logScale = Math.max(first[0], second[0]);
        double one = first[1] * Math.exp(first[0] - logScale);
        double two = second[1] * Math.exp(second[0] - logScale);
        double sum = one + two;
        double absolute = Math.abs(one) * first[2] + Math.abs(two) * second[2];
        return new double[] {logScale, sum, absolute / Math.abs(sum)};
    }

    /** {log |Gamma(x)|, sign of Gamma(x)} for x not a non-positive integer (reflection below 1/2). */
    private static double[] logGamma(double x) {
        if (x > 0.5) {
            return new double[] {Gamma.logGamma(x), 1};
        }
        // Gamma(x) Gamma(1 - x) = pi / sin(pi x), with sin(pi x) reduced to the nearest integer first
        double k = Math.rint(x);
        double sine = Math.sin(Math.PI * (x - k)) * (((long) k & 1) == 0 ? 1 : -1);
        return new double[] {Math.log(Math.PI / Math.abs(sine)) - Gamma.logGamma(1 - x), Math.signum(sine)};
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
