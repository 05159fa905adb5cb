package org.crmworkbench.analysis.value;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.crmworkbench.work.UnsuitableDataException;

/**
 * Fits the buy-till-you-die purchase models by maximum likelihood on the logs of their parameters (a BFGS search,
 * see {@link MaximumLikelihoodFit}): BG/NBD with its analytic gradient, Pareto/NBD with central differences of its
 * 2F1-based likelihood. Standard errors come from the inverse Hessian (NaN when it is not positive definite).
 *
 * <p>Data in which nobody seems to drop out (every customer still buying at the rate of the rest) has its likelihood
 * maximum at the edge of the parameter space: the Pareto/NBD's s goes to 0 and beta to infinity (the NBD limit), the
 * BG/NBD's a / (a + b) to 0. The fit recognises the runaway and stops there ({@link MaximumLikelihoodFit}): the model
 * returned carries the estimates reached, which fit as well as the limit to 1e-9 of the log-likelihood, with NaN
 * standard errors for the parameters that ran away.
 *
 * <p>Refused as unsuitable data: fewer than {@value #MIN_CUSTOMERS} customers (four parameters are not estimable from
 * fewer), no customer with a repeat purchase (nothing tells purchase rate from dropout), a frequency, recency or age
 * that is not finite, negative, or a recency beyond the age, and a fit that does not converge (nothing is kept).
 */
public final class PurchaseModels {
    /** The fewest customers a model is fitted on. */
    public static final int MIN_CUSTOMERS = 10;

    /**
     * Fits {@code kind} on the frequencies, recencies and ages (one per customer).
     *
     * @throws org.crmworkbench.work.UnsuitableDataException when there are too few customers or no repeat purchases,
     *         or when the fit does not converge (nothing is kept)
     */
    public PurchaseModel fit(PurchaseModelKind kind, int[] x, double[] tx, double[] age, Progress progress) {
        if (x.length != tx.length || x.length != age.length) {
            throw new IllegalArgumentException("frequency, recency and age differ in length: " + x.length + ", "
                    + tx.length + ", " + age.length);
        }
        check(x, tx, age);
        progress.stage("value.stage.fitModel", kind.label(), x.length);
        double meanAge = 0;
        for (double t : age) {
            meanAge += t / age.length;
        }
        double scale = Math.log(meanAge > 0 ? meanAge : 1);
        double[] start = {0, scale, 0, kind == PurchaseModelKind.BGNBD ? 0 : scale};
        if (kind == PurchaseModelKind.BGNBD) {
            MaximumLikelihoodFit.Result result = new MaximumLikelihoodFit(new BgNbdLikelihood(x, tx, age), true)
                    .maximise(start, kind.label(), progress);
            double[] p = result.parameters();
            return new BgNbdModel(p[0], p[1], p[2], p[3], result.standardErrors(), result.logLikelihood(), x.length);
        }
        // in order of frequency, so that the 2F1 Gamma factors, which depend on x alone, are reused
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> x[i]));
        int[] xs = new int[x.length];
        double[] txs = new double[x.length];
        double[] ages = new double[x.length];
        for (int i = 0; i < order.length; i++) {
            xs[i] = x[order[i]];
            txs[i] = tx[order[i]];
            ages[i] = age[order[i]];
        }
        MaximumLikelihoodFit.Objective objective = (theta, gradient) -> {
            ParetoNbdModel model = new ParetoNbdModel(Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]),
                    Math.exp(theta[3]));
            return -model.logLikelihood(xs, txs, ages);
        };
        MaximumLikelihoodFit.Result result = new MaximumLikelihoodFit(objective, false)
                .maximise(start, kind.label(), progress);
        double[] p = result.parameters();
        return new ParetoNbdModel(p[0], p[1], p[2], p[3], result.standardErrors(), result.logLikelihood(), x.length);
    }

    /**
     * Rebuilds a model from its saved parameter values, in the literature's order ({@code r, alpha, a, b} for BG/NBD;
     * {@code r, alpha, s, beta} for Pareto/NBD); it has no standard errors and a NaN log-likelihood.
     */
    public static PurchaseModel of(PurchaseModelKind kind, double... parameters) {
        if (parameters.length != 4) {
            throw new BadParameterException("parameters", "value.error.parameterCount",
                    kind.label() + " takes 4 parameters, not " + parameters.length, kind.label(), 4,
                    parameters.length);
        }
        return kind == PurchaseModelKind.BGNBD
                ? new BgNbdModel(parameters[0], parameters[1], parameters[2], parameters[3])
                : new ParetoNbdModel(parameters[0], parameters[1], parameters[2], parameters[3]);
    }

    private static void check(int[] x, double[] tx, double[] age) {
        if (x.length < MIN_CUSTOMERS) {
            throw new UnsuitableDataException("value.error.tooFewCustomers",
                    "a purchase model needs at least " + MIN_CUSTOMERS + " customers, not " + x.length,
                    MIN_CUSTOMERS, x.length);
        }
        boolean repeat = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0 || !Double.isFinite(tx[i]) || !Double.isFinite(age[i]) || tx[i] < 0 || tx[i] > age[i]) {
                throw new UnsuitableDataException("value.error.badSummary", "customer " + (i + 1)
                        + ": frequency, recency and age must be finite, not negative, and the recency no more than "
                        + "the age (" + x[i] + ", " + tx[i] + ", " + age[i] + ")", i + 1, x[i], tx[i], age[i]);
            }
            repeat |= x[i] > 0;
        }
        if (!repeat) {
            throw new UnsuitableDataException("value.error.noRepeat",
                    "no customer made a repeat purchase: a purchase model cannot be fitted", x.length);
        }
    }
}
