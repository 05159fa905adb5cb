package org.crmworkbench.analysis.predict;

/**
 * The regularised incomplete beta function I_x(a, b), for the tails of Student's t and the F distribution.
 *
 * <p>Written here because Smile 3.1.1's {@code Beta.regularizedIncompleteBetaFunction} was measured at only about
 * 1e-8 relative against scipy (a t quantile off in the 8th digit), short of the 1e-10 that statsmodels agreement
 * needs. This one evaluates the continued fraction by the modified Lentz method to 1e-16 and the prefactor with a
 * log-gamma from Stirling's series (shifted above 10 by the recurrence), good to about 1e-14 relative.
 */
final class IncompleteBeta {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private IncompleteBeta() {
    }

    static double regularized(double a, double b, double x) {
        if (x <= 0) {
            return 0.0;
        }
        if (x >= 1) {
            return 1.0;
        }
        double logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * fraction(a, b, x) / a;
        }
        return 1.0 - Math.exp(logFront) * fraction(b, a, 1 - x) / b;
    }

    /** The continued fraction of I_x(a, b) (modified Lentz). */
    private static double fraction(double a, double b, double x) {
        double c = 1.0;
        double d = 1.0 - (a + b) * x / (a + 1);
        d = 1.0 / (Math.abs(d) < TINY ? TINY : d);
        double h = d;
        for (int m = 1; m < 100_000; m++) {
            double m2 = 2.0 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1.0 + even * d;
            d = 1.0 / (Math.abs(d) < TINY ? TINY : d);
            c = 1.0 + even / c;
            c = Math.abs(c) < TINY ? TINY : c;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1.0 + odd * d;
            d = 1.0 / (Math.abs(d) < TINY ? TINY : d);
            c = 1.0 + odd / c;
            c = Math.abs(c) < TINY ? TINY : c;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1.0) < EPS) {
                break;
            }
        }
        return h;
    }

    static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** ln Gamma(x) for x > 0: Stirling's series above 10, the recurrence below. */
    static double logGamma(double x) {
        double shift = 0;
        while (x < 10) {
            shift += Math.log(x);
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
    }
}
