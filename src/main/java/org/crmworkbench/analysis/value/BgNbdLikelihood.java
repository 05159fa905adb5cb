package org.crmworkbench.analysis.value;

import java.util.Arrays;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD negative log-likelihood over log(r), log(alpha), log(a), log(b), with its analytic gradient, arranged
 * for speed: the gamma and beta function terms depend on a customer only through the frequency x, so they are worked
 * out once per distinct frequency (weighted by its count); per customer there remain two logarithms and one
 * exponential.
 *
 * <p>With the dead odds {@code u = a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)} (0 when x = 0) and
 * {@code w = u / (1 + u)}, a customer's log-likelihood is {@code ln G(r + x) - ln G(r) + ln B(a, b + x) - ln B(a, b)
 * + r ln alpha - (r + x) ln(alpha + T) + ln(1 + u)}, and its derivatives are {@code psi(r + x) - psi(r) + ln alpha
 * - ln(alpha + T) + w ln((alpha + T) / (alpha + t_x))} in r, {@code r / alpha - (r + x) / (alpha + T) + w (r + x)
 * (1 / (alpha + T) - 1 / (alpha + t_x))} in alpha, {@code psi(a + b) - psi(a + b + x) + w / a} in a and
 * {@code psi(b + x) - psi(b) + psi(a + b) - psi(a + b + x) - w / (b + x - 1)} in b.
 */
final class BgNbdLikelihood implements MaximumLikelihoodFit.Objective {
    private final int[] distinct;
    private final long[] counts;
    private final int[] group;
    private final int[] x;
    private final double[] tx;
    private final double[] age;

    BgNbdLikelihood(int[] x, double[] tx, double[] age) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        int[] sorted = x.clone();
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        distinct = Arrays.copyOf(sorted, unique);
        counts = new long[unique];
        group = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            group[i] = Arrays.binarySearch(distinct, x[i]);
            counts[group[i]]++;
        }
    }

    @Override
    public double value(double[] theta, double[] gradient) {
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]);
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        boolean withGradient = gradient != null;
        int k = distinct.length;
        double[] logB1 = new double[k];
        double lnGammaR = Gamma.logGamma(r);
        double lnBetaAb = Beta.logBeta(a, b);
        double psiR = withGradient ? Gamma.digamma(r) : 0;
        double psiB = withGradient ? Gamma.digamma(b) : 0;
        double psiAb = withGradient ? Gamma.digamma(a + b) : 0;
        double logA = Math.log(a);
        double sum = 0;
        double dr = 0;
        double da = 0;
        double db = 0;
        for (int g = 0; g < k; g++) {
            int f = distinct[g];
            double n = counts[g];
            sum += n * (Gamma.logGamma(r + f) - lnGammaR + Beta.logBeta(a, b + f) - lnBetaAb);
            logB1[g] = f == 0 ? 0 : logA - Math.log(b + f - 1);
            if (withGradient && f > 0) {
                double psiAbx = Gamma.digamma(a + b + f);
                dr += n * (Gamma.digamma(r + f) - psiR);
                da += n * (psiAb - psiAbx);
                db += n * (Gamma.digamma(b + f) - psiB + psiAb - psiAbx);
            }
        }
        double lnAlpha = Math.log(alpha);
        int customers = x.length;
        sum += customers * r * lnAlpha;
        dr += customers * lnAlpha;
        double dalpha = customers * r / alpha;
        for (int i = 0; i < customers; i++) {
            int f = x[i];
            double rx = r + f;
            double lnAge = Math.log(alpha + age[i]);
            sum -= rx * lnAge;
            if (f == 0) {
                if (withGradient) {
                    dr -= lnAge;
                    dalpha -= r / (alpha + age[i]);
                }
                continue;
            }
            double lnTx = Math.log(alpha + tx[i]);
            double u = logB1[group[i]] + rx * (lnAge - lnTx);
            double w;
            if (u > 0) {
                double e = Math.exp(-u);
                sum += u + Math.log1p(e);
                w = 1 / (1 + e);
            } else {
                double e = Math.exp(u);
                sum += Math.log1p(e);
                w = e / (1 + e);
            }
            if (withGradient) {
                double inverseAge = 1 / (alpha + age[i]);
                dr += -lnAge + w * (lnAge - lnTx);
                dalpha += -rx * inverseAge + w * rx * (inverseAge - 1 / (alpha + tx[i]));
                da += w / a;
                db -= w / (b + f - 1);
            }
        }
        if (withGradient) {
            gradient[0] = -dr * r;
            gradient[1] = -dalpha * alpha;
            gradient[2] = -da * a;
            gradient[3] = -db * b;
        }
        return -sum;
    }
}
