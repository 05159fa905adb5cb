package org.crmworkbench.analysis.value;

import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * Fits the Gamma-Gamma spend model on the customers with at least one repeat purchase (Fader, Hardie and Lee 2005,
 * "RFM and CLV: using iso-value curves for customer base analysis"), by maximum likelihood on log(p), log(q),
 * log(gamma) with the analytic gradient.
 *
 * <p>A customer's x repeat purchases of mean m contribute {@code ln G(px + q) - ln G(px) - ln G(q) + q ln gamma
 * + px ln x + (px - 1) ln m - (px + q) ln(gamma + x m)} (the density of the mean, constants included); the gradient is
 * {@code x (psi(px + q) - psi(px) + ln x + ln m - ln(gamma + x m))} in p, {@code psi(px + q) - psi(q) + ln gamma
 * - ln(gamma + x m)} in q and {@code q / gamma - (px + q) / (gamma + x m)} in gamma.
 *
 * <p>Refused: fewer than {@value #MIN_CUSTOMERS} repeat customers, a repeat customer whose mean spend is not a
 * positive finite number, a fit that does not converge, and an estimate q &lt;= 1 (the mean spend p gamma / (q - 1)
 * would not exist).
 */
public final class GammaGammaFitter {
    /** The fewest repeat customers the spend model is fitted on. */
    public static final int MIN_CUSTOMERS = 10;

    /**
     * @param x frequencies; customers with x = 0 are left out of the fit
     * @param m monetary values (mean repeat purchase amounts)
     * @throws org.crmworkbench.work.UnsuitableDataException when too few customers bought again, or the fit does not
     *         converge
     */
    public GammaGammaModel fit(int[] x, double[] m, Progress progress) {
        if (x.length != m.length) {
            throw new IllegalArgumentException("frequency and monetary value differ in length: " + x.length + ", "
                    + m.length);
        }
        int repeat = 0;
        double meanSpend = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                if (!(m[i] > 0) || !Double.isFinite(m[i])) {
                    throw new UnsuitableDataException("value.error.spendValue", "customer " + (i + 1)
                            + " bought again but the mean spend " + m[i] + " is not a positive number", i + 1, m[i]);
                }
                repeat++;
                meanSpend += m[i];
            }
        }
        if (repeat < MIN_CUSTOMERS) {
            throw new UnsuitableDataException("value.error.tooFewSpenders",
                    "the spend model needs at least " + MIN_CUSTOMERS + " customers with repeat purchases, not "
                            + repeat, MIN_CUSTOMERS, repeat);
        }
        int[] xs = new int[repeat];
        double[] ms = new double[repeat];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                xs[j] = x[i];
                ms[j++] = m[i];
            }
        }
        progress.stage("value.stage.fitSpend", repeat);
        double[] start = {0, Math.log(2), Math.log(meanSpend / repeat)};
        MaximumLikelihoodFit.Result result = new MaximumLikelihoodFit((theta, gradient) -> negativeLogLikelihood(
                theta, gradient, xs, ms), true).maximise(start, "Gamma-Gamma", progress);
        double[] p = result.parameters();
        if (p[1] <= 1) {
            throw new UnsuitableDataException("value.error.spendMean", String.format(java.util.Locale.ROOT,
                    "the spend model's q is %.3g, not above 1: the mean spend per purchase is not defined", p[1]),
                    p[1]);
        }
        double[] se = result.standardErrors();
        return new GammaGammaModel(p[0], p[1], p[2], List.of(new ModelParameter("p", p[0], se[0]),
                new ModelParameter("q", p[1], se[1]), new ModelParameter("gamma", p[2], se[2])),
                result.logLikelihood(), repeat);
    }

    private static double negativeLogLikelihood(double[] theta, double[] gradient, int[] x, double[] m) {
        double p = Math.exp(theta[0]);
        double q = Math.exp(theta[1]);
        double gamma = Math.exp(theta[2]);
        double lnGammaQ = Gamma.logGamma(q);
        double lnGamma = Math.log(gamma);
        double psiQ = gradient == null ? 0 : Gamma.digamma(q);
        double sum = 0;
        double dp = 0;
        double dq = 0;
        double dgamma = 0;
        for (int i = 0; i < x.length; i++) {
            double px = p * x[i];
            double lnX = Math.log(x[i]);
            double lnM = Math.log(m[i]);
            double lnTotal = Math.log(gamma + x[i] * m[i]);
            sum += Gamma.logGamma(px + q) - Gamma.logGamma(px) - lnGammaQ + q * lnGamma + px * lnX + (px - 1) * lnM
                    - (px + q) * lnTotal;
            if (gradient != null) {
                double psiPxq = Gamma.digamma(px + q);
                dp += x[i] * (psiPxq - Gamma.digamma(px) + lnX + lnM - lnTotal);
                dq += psiPxq - psiQ + lnGamma - lnTotal;
                dgamma += q / gamma - (px + q) / (gamma + x[i] * m[i]);
            }
        }
        if (gradient != null) {
            gradient[0] = -dp * p;
            gradient[1] = -dq * q;
            gradient[2] = -dgamma * gamma;
        }
        return -sum;
    }
}
