package org.crmworkbench.analysis.value;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): while alive a customer buys as a Poisson process
 * whose rate is gamma(r, alpha) distributed across customers, and lives an exponential lifetime whose rate is
 * gamma(s, beta) distributed. The likelihood follows Fader and Hardie's 2005 note "A note on deriving the Pareto/NBD
 * model and related expressions": its integral term is a difference of two 2F1 functions, written over
 * {@code (alpha - beta) / (alpha + y)} when alpha &gt;= beta and over {@code (beta - alpha) / (beta + y)} otherwise so
 * that the argument stays in [0, 1) (at alpha = beta it is 0 and the two forms meet). All of it is worked in logs.
 */
public final class ParetoNbdModel implements PurchaseModel {
    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;
    private final List<ModelParameter> parameters;
    private final double logLikelihood;
    private final int customers;

    /** A model from its parameter values alone (a saved run, a test): no standard errors, log-likelihood NaN. */
    public ParetoNbdModel(double r, double alpha, double s, double beta) {
        this(r, alpha, s, beta, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, Double.NaN, 0);
    }

    /**
     * A fitted model.
     *
     * @param standardErrors of r, alpha, s, beta (NaN where unknown)
     */
    public ParetoNbdModel(double r, double alpha, double s, double beta, double[] standardErrors,
                          double logLikelihood, int customers) {
        this.parameters = ModelParameter.positive(new String[] {"r", "alpha", "s", "beta"}, new double[] {r, alpha, s, beta},
                standardErrors);
        this.r = r;
        this.alpha = alpha;
        this.s = s;
        this.beta = beta;
        this.logLikelihood = logLikelihood;
        this.customers = customers;
    }

    public double r() {
        return r;
    }

    public double alpha() {
        return alpha;
    }

    public double s() {
        return s;
    }

    public double beta() {
        return beta;
    }

    @Override
    public PurchaseModelKind kind() {
        return PurchaseModelKind.PNBD;
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
        double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double alive = aliveLog(x, age);
        double died = diedLog(x, tx, age);
        return common + logSum(alive, died);
    }

    /** The summed log-likelihood of the customers' frequencies, recencies and ages. */
    public double logLikelihood(int[] x, double[] tx, double[] age) {
        double lnGammaR = Gamma.logGamma(r);
        double constant = r * Math.log(alpha) + s * Math.log(beta) - lnGammaR;
        int most = 0;
        for (int f : x) {
            most = Math.max(most, f);
        }
        // ln G(r + x) and F(0) (for the many customers with x = t_x = 0) computed once
        double[] lnGamma = new double[Math.min(most, 10_000) + 1];
        Arrays.fill(lnGamma, Double.NaN);
        double newcomer = logF(0, 0);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int f = x[i];
            double lg;
            if (f < lnGamma.length) {
                lg = lnGamma[f];
                if (Double.isNaN(lg)) {
                    lg = Gamma.logGamma(r + f);
                    lnGamma[f] = lg;
                }
            } else {
                lg = Gamma.logGamma(r + f);
            }
            double upper = f == 0 && tx[i] == 0 ? newcomer : logF(f, tx[i]);
            sum += constant + lg + logSum(aliveLog(f, age[i]), diedFrom(f, upper, age[i]));
        }
        return sum;
    }

    /** log of {@code (alpha + T)^-(r + x) (beta + T)^-s}: the customer is still alive at T. */
    private double aliveLog(int x, double age) {
        return -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    }

    /**
     * log of {@code s / (r + s + x) [F(t_x) - F(T)]}: the customer died between the last purchase and T; -infinity
     * when t_x = T.
     */
    private double diedLog(int x, double tx, double age) {
        return diedFrom(x, logF(x, tx), age);
    }

    /** {@link #diedLog} given log F(t_x). */
    private double diedFrom(int x, double upper, double age) {
        double lower = logF(x, age);
        double difference = lower - upper;
        if (!(difference < 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(s / (r + s + x)) + upper + Math.log(-Math.expm1(difference));
    }

    private double logF(int x, double y) {
        double total = r + s + x;
        if (alpha >= beta) {
            double base = alpha + y;
            return Hypergeometric2F1.logValue(total, s + 1, total + 1, (alpha - beta) / base) - total * Math.log(base);
        }
        double base = beta + y;
        return Hypergeometric2F1.logValue(total, r + x, total + 1, (beta - alpha) / base) - total * Math.log(base);
    }

    private static double logSum(double p, double q) {
        if (p == Double.NEGATIVE_INFINITY) {
            return q;
        }
        if (q == Double.NEGATIVE_INFINITY) {
            return p;
        }
        double max = Math.max(p, q);
        return max + Math.log1p(Math.exp(Math.min(p, q) - max));
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        double died = diedLog(x, tx, age);
        if (died == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        return 1 / (1 + Math.exp(died - aliveLog(x, age)));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        double rate = (r + x) / (alpha + age);
        return rate * lifetimeSpan(t, beta + age, s) * probabilityAlive(x, tx, age);
    }

    @Override
    public double expectedPurchasesFromStart(double t) {
        if (t <= 0) {
            return 0;
        }
        return r / alpha * lifetimeSpan(t, beta, s);
    }

    /**
     * The expected time alive within the next t periods of a customer alive now whose death rate is gamma(shape,
     * scale)-distributed: {@code scale / (shape - 1) [1 - (scale / (scale + t))^(shape - 1)]}, and
     * {@code scale ln((scale + t) / scale)} at shape 1.
     */
    private static double lifetimeSpan(double t, double scale, double shape) {
        double logRatio = Math.log1p(t / scale);
        if (shape == 1) {
            return scale * logRatio;
        }
        return -scale * Math.expm1(-(shape - 1) * logRatio) / (shape - 1);
    }
}
