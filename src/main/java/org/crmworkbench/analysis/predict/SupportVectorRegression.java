package org.crmworkbench.analysis.predict;

import org.crmworkbench.work.Progress;
import smile.math.kernel.GaussianKernel;
import smile.regression.KernelMachine;
import smile.regression.SVM;

/**
 * Epsilon-insensitive support vector regression (Smile 3.1.1 {@code SVM.fit} with a Gaussian kernel) on features
 * and target standardised by the training rows, with defaults that need no tuning on that scale: kernel
 * {@code exp(-gamma |z - z'|^2)} with {@code gamma = 1/p} (Smile's sigma = sqrt(p/2)), {@code C = 3} (Cherkassky and
 * Ma's {@code max |mean(y) +- 3 sd(y)|} on the standardised target), {@code epsilon = 0.1} (a tenth of the target's
 * standard deviation), tolerance 1e-3. Predictions are mapped back to the target's units. Smile solves in one call,
 * so cancellation is checked before and after it only; the solve is quadratic in the rows.
 */
final class SupportVectorRegression {

    private SupportVectorRegression() {
    }

    static FittedRegression fit(double[][] x, double[] y, Progress progress) {
        progress.checkCancelled();
        Standardiser features = Standardiser.of(x);
        Standardiser target = Standardiser.of(y);
        double[][] z = features.apply(x);
        double[] t = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = (y[i] - target.mean(0)) / target.sd(0);
        }
        int p = x[0].length;
        KernelMachine<double[]> machine = SVM.fit(z, t, new GaussianKernel(Math.sqrt(p / 2.0)), 0.1, 3.0, 1e-3);
        progress.checkCancelled();
        return new Scaled(machine, features, target.mean(0), target.sd(0));
    }

    private record Scaled(KernelMachine<double[]> machine, Standardiser features, double mean, double sd)
            implements FittedRegression {
        @Override
        public double predict(double[] row) {
            return mean + sd * machine.predict(features.apply(row));
        }
    }
}
