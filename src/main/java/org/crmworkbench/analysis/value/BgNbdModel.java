package org.crmworkbench.analysis.value;

import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while alive a customer buys
 * as a Poisson process whose rate is gamma(r, alpha) distributed across customers, and after each purchase drops out
 * with a probability that is beta(a, b) distributed. Everything is worked in logs where the paper's formulas would
 * overflow (many purchases, long ages).
 */
public final class BgNbdModel implements PurchaseModel {
    private final double r;
    private final double alpha;
    private final double a;
    private final double b;
    private final List<ModelParameter> parameters;
    private final double logLikelihood;
    private final int customers;

    /** A model from its parameter values alone (a saved run, a test): no standard errors, log-likelihood NaN. */
    public BgNbdModel(double r, double alpha, double a, double b) {
        this(r, alpha, a, b, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, Double.NaN, 0);
    }

    /**
     * A fitted model.
     *
     * @param standardErrors of r, alpha, a, b (NaN where unknown)
     */
    public BgNbdModel(double r, double alpha, double a, double b, double[] standardErrors, double logLikelihood,
                      int customers) {
        this.parameters = ModelParameter.positive(new String[] {"r", "alpha", "a", "b"}, new double[] {r, alpha, a, b},
                standardErrors);
        this.r = r;
        this.alpha = alpha;
        this.a = a;
        this.b = b;
        this.logLikelihood = logLikelihood;
        this.customers = customers;
    }

    public double r() {
        return r;
    }

    public double alpha() {
        return alpha;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    @Override
    public PurchaseModelKind kind() {
        return PurchaseModelKind.BGNBD;
    }

    @Override
    public List<ModelParameter> parameters() {
        return parameters;
    }

    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    @Override
    public int customers() {
        return customers;
    }

    /** The log-likelihood of one customer with frequency x, recency t_x and age T. */
    public double logLikelihood(int x, double tx, double age) {
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
                + Beta.logBeta(a, b + x) - Beta.logBeta(a, b);
        return common - (r + x) * Math.log(alpha + age) + Math.log1p(deadOdds(x, tx, age));
    }

    /** The summed log-likelihood of the customers' frequencies, recencies and ages. */
    public double logLikelihood(int[] x, double[] tx, double[] age) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += logLikelihood(x[i], tx[i], age[i]);
        }
        return sum;
    }

    /**
     * The odds that a customer with x &gt; 0 dropped out at the last purchase rather than being alive at T:
     * {@code a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)}; 0 when x is 0 (BG/NBD customers can only drop
     * out after a repeat purchase).
     */
    private double deadOdds(int x, double tx, double age) {
        if (x == 0) {
            return 0;
        }
        return Math.exp(Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx)));
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        return 1 / (1 + deadOdds(x, tx, age));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        return growth(t, x, age) * probabilityAlive(x, tx, age);
    }

    /**
     * {@code (a + b + x - 1) / (a - 1) [1 - ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x; a + b + x - 1;
     * t / (alpha + T + t))]}, the expected purchases in (T, T + t] of a customer alive at T. The power and 2F1 are
     * combined by Euler's transformation into {@code (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; a + b + x - 1; z)},
     * which cannot overflow however many purchases x is.
     */
    private double growth(double t, int x, double age) {
        double z = t / (alpha + age + t);
        double c = a + b + x - 1;
        // for a > 1 the 2F1 is positive and may overflow where the power underflows (a and b in the thousands, when
        // the data show no dropout): combined in logs
        double scaled = a > 1
                ? Math.exp((a - 1) * Math.log1p(-z) + Hypergeometric2F1.logValue(a + b - 1 - r, a - 1, c, z))
                : Math.exp((a - 1) * Math.log1p(-z)) * Hypergeometric2F1.value(a + b - 1 - r, a - 1, c, z);
        if (Math.abs(a - 1) < 1e-9) {
            // the limit a -> 1 of (1 - scaled) / (a - 1): the derivative in a, taken numerically
            double h = 1e-6;
            return c * (limitTerm(1 + h, x, z) - limitTerm(1 - h, x, z)) / (-2 * h);
        }
        return c / (a - 1) * (1 - scaled);
    }

    private double limitTerm(double aa, int x, double z) {
        return Math.exp((aa - 1) * Math.log1p(-z)) * Hypergeometric2F1.value(aa + b - 1 - r, aa - 1, aa + b + x - 1, z);
    }

    @Override
    public double expectedPurchasesFromStart(double t) {
        return t <= 0 ? 0 : growth(t, 0, 0);
    }

    /**
     * P(X(t) = n): the probability that a new customer makes exactly {@code n} repeat purchases in the {@code t}
     * periods after the first (Fader, Hardie and Lee 2005, equation 8). The survival of the negative binomial count
     * is taken as a regularised incomplete beta function, so small probabilities keep their precision.
     */
    public double probabilityOfPurchases(double t, int n) {
        if (n < 0) {
            return 0;
        }
        double p = t / (alpha + t);
        double logNegBin = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0)
                + r * Math.log(alpha / (alpha + t)) + (n == 0 ? 0 : n * Math.log(p));
        double first = Math.exp(Beta.logBeta(a, b + n) - Beta.logBeta(a, b) + logNegBin);
        if (n == 0) {
            return first;
        }
        // P(NB >= n) = I_p(n, r)
        double tail = t <= 0 ? 0 : Beta.regularizedBeta(p, n, r, 1e-15, 100_000);
        return first + Math.exp(Beta.logBeta(a + 1, b + n - 1) - Beta.logBeta(a, b)) * tail;
    }
}
