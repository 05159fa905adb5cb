package org.crmworkbench.analysis.value;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * The BG/NBD fit by commons-math3's non-linear conjugate gradients (Polak-Ribiere) on the same objective, analytic
 * gradient and start as {@link PurchaseModels}: what {@link MaximumLikelihoodFit}'s BFGS is measured against in
 * ValueFitBenchmark.
 */
public final class OptimiserComparison {
    private OptimiserComparison() {
    }

    /** {r, alpha, a, b, log-likelihood, evaluations}. */
    public static double[] conjugateGradientBgNbd(int[] x, double[] tx, double[] age) {
        BgNbdLikelihood likelihood = new BgNbdLikelihood(x, tx, age);
        double meanAge = 0;
        for (double t : age) {
            meanAge += t / age.length;
        }
        NonLinearConjugateGradientOptimizer optimiser = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-13, 1e-13));
        PointValuePair best = optimiser.optimize(new MaxEval(200_000),
                new ObjectiveFunction(theta -> likelihood.value(theta, null)),
                new ObjectiveFunctionGradient(theta -> {
                    double[] gradient = new double[4];
                    likelihood.value(theta, gradient);
                    return gradient;
                }), GoalType.MINIMIZE, new InitialGuess(new double[] {0, Math.log(meanAge), 0, 0}));
        double[] theta = best.getPoint();
        return new double[] {Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3]),
            -best.getValue(), optimiser.getEvaluations()};
    }
}
