package org.crmworkbench.analysis.value;

import java.util.Arrays;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The standard errors of a maximum likelihood fit on log-parameters: the inverse of a numerical Hessian of the
 * negative log-likelihood (central differences of the analytic gradient, or second differences of the values),
 * carried back to the parameters by the delta method. Parameters that ran away to a boundary are held fixed.
 */
final class StandardErrors {
    private final MaximumLikelihoodFit.Objective objective;
    private final boolean analyticGradient;

    StandardErrors(MaximumLikelihoodFit.Objective objective, boolean analyticGradient) {
        this.objective = objective;
        this.analyticGradient = analyticGradient;
    }

    /**
     * sqrt of the inverse Hessian's diagonal on the log scale, times the parameter (delta method), over the
     * parameters that did not run away (the others held fixed, their errors NaN); NaN if not positive definite.
     */
    double[] of(double[] theta, double[] parameters, boolean[] runaway) {
        int k = theta.length;
        int[] free = new int[k];
        int m = 0;
        for (int i = 0; i < k; i++) {
            if (!runaway[i]) {
                free[m++] = i;
            }
        }
        double[] errors = new double[k];
        Arrays.fill(errors, Double.NaN);
        if (m == 0) {
            return errors;
        }
        double[][] full = hessian(theta, runaway);
        double[][] hessian = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                hessian[i][j] = full[free[i]][free[j]];
            }
        }
        try {
            RealMatrix inverse = new CholeskyDecomposition(MatrixUtils.createRealMatrix(hessian), 1e-12, 1e-14)
                    .getSolver().getInverse();
            for (int i = 0; i < m; i++) {
                double variance = inverse.getEntry(i, i);
                errors[free[i]] = variance > 0 ? parameters[free[i]] * Math.sqrt(variance) : Double.NaN;
            }
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
            Arrays.fill(errors, Double.NaN);
        }
        return errors;
    }

    /** The Hessian of the objective on the log scale; the rows and columns of the {@code skip} ones are left 0. */
    private double[][] hessian(double[] theta, boolean[] skip) {
        int k = theta.length;
        double[][] h = new double[k][k];
        double[] point = theta.clone();
        if (analyticGradient) {
            double step = 1e-5;
            double[] plus = new double[k];
            double[] minus = new double[k];
            for (int j = 0; j < k; j++) {
                if (skip[j]) {
                    continue;
                }
                point[j] = theta[j] + step;
                objective.value(point, plus);
                point[j] = theta[j] - step;
                objective.value(point, minus);
                point[j] = theta[j];
                for (int i = 0; i < k; i++) {
                    h[i][j] = skip[i] ? 0 : (plus[i] - minus[i]) / (2 * step);
                }
            }
        } else {
            double step = 1e-4;
            double centre = objective.value(point, null);
            for (int i = 0; i < k; i++) {
                for (int j = i; j < k; j++) {
                    if (skip[i] || skip[j]) {
                        continue;
                    }
                    double value;
                    if (i == j) {
                        point[i] = theta[i] + step;
                        double up = objective.value(point, null);
                        point[i] = theta[i] - step;
                        double down = objective.value(point, null);
                        value = (up - 2 * centre + down) / (step * step);
                    } else {
                        value = (corner(point, theta, i, j, step, step) - corner(point, theta, i, j, step, -step)
                                - corner(point, theta, i, j, -step, step) + corner(point, theta, i, j, -step, -step))
                                / (4 * step * step);
                    }
                    point[i] = theta[i];
                    point[j] = theta[j];
                    h[i][j] = value;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double mean = analyticGradient ? (h[i][j] + h[j][i]) / 2 : h[j][i];
                h[i][j] = mean;
                h[j][i] = mean;
            }
        }
        return h;
    }

    private double corner(double[] point, double[] theta, int i, int j, double di, double dj) {
        point[i] = theta[i] + di;
        point[j] = theta[j] + dj;
        return objective.value(point, null);
    }
}
