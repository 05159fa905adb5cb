package org.crmworkbench.analysis.predict;

import org.crmworkbench.work.Progress;

/**
 * Ridge and lasso on standardised features. With {@code z} the features standardised by the training rows' means
 * and deviations (dividing by n), both minimise
 * <pre>  (1 / 2n) * sum_i (y_i - b0 - z_i . b)^2 + lambda * P(b)</pre>
 * with {@code P(b) = sum |b_j|} (lasso) or {@code P(b) = sum b_j^2 / 2} (ridge), the intercept unpenalised: the
 * glmnet convention. In scikit-learn terms, on the same standardised features, {@code Lasso(alpha = lambda)} and
 * {@code Ridge(alpha = n * lambda)}. The coefficients are reported in the features' own units ({@code b_j / sd_j},
 * intercept adjusted).
 *
 * <p>Written here rather than taken from Smile: the solution only needs the p x p Gram matrix of the standardised
 * training rows, after which ridge is one Cholesky solve and lasso is coordinate descent whose sweeps cost p^2
 * whatever the row count, with warm starts down the lambda path of the cross-validation. On a planted data set it
 * meets scikit-learn's coefficients to 1e-15 (lasso) and 1e-10 (ridge); Smile 3.1.1's {@code LASSO} (an
 * interior-point solver, lambda on the sum of squares rather than the mean, a data frame to build) was 1.2e-5 away at
 * tolerance 1e-4 (see {@code PenalisedRegressionTest}).
 *
 * <p>With lambda NaN it is chosen by k-fold cross-validation (seeded folds) as the grid value of least mean
 * squared validation error: lasso over 50 values from the smallest lambda that zeroes every coefficient down to
 * 10^-4 of it; ridge over 41 values from 10^-5 to 10^3, log-spaced.
 */
final class PenalisedRegression {
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_SWEEPS = 100_000;

    /** Which penalty. */
    enum Penalty { RIDGE, LASSO }

    /** A fit: the predictor, its lambda, and its coefficients in original units. */
    record Fit(LinearPredictor predictor, double lambda, double intercept, double[] coefficients) {
    }

    private final Penalty penalty;

    PenalisedRegression(Penalty penalty) {
        this.penalty = penalty;
    }

    /** Fits at {@code lambda}, or at the lambda cross-validation chooses when it is NaN. */
    Fit fit(double[][] x, double[] y, double lambda, int folds, long seed, Progress progress) {
        double chosen = Double.isNaN(lambda) ? choose(x, y, folds, seed, progress) : lambda;
        Problem problem = new Problem(x, y);
        double[] b = problem.solve(penalty, chosen, new double[problem.p]);
        return problem.fit(b, chosen);
    }

    /** The grid lambda of least cross-validated mean squared error. */
    double choose(double[][] x, double[] y, int folds, long seed, Progress progress) {
        double[] grid = grid(new Problem(x, y));
        double[] sse = new double[grid.length];
        int[] fold = CrossValidationFolds.folds(y.length, folds, seed);
        for (int f = 0; f < folds; f++) {
            progress.checkCancelled();
            int[] train = CrossValidationFolds.rows(fold, f, false);
            int[] test = CrossValidationFolds.rows(fold, f, true);
            Problem problem = new Problem(CrossValidationFolds.pick(x, train), CrossValidationFolds.pick(y, train));
            double[] b = new double[problem.p];
            for (int g = 0; g < grid.length; g++) {
                b = problem.solve(penalty, grid[g], b);
                LinearPredictor predictor = problem.fit(b, grid[g]).predictor();
                for (int i : test) {
                    double e = y[i] - predictor.predict(x[i]);
                    sse[g] += e * e;
                }
            }
        }
        int best = 0;
        for (int g = 1; g < grid.length; g++) {
            if (sse[g] < sse[best]) {
                best = g;
            }
        }
        return grid[best];
    }

    /** The lambda grid, largest first (so lasso warm starts go from sparse to dense). */
    double[] grid(Problem whole) {
        if (penalty == Penalty.LASSO) {
            double max = 0;
            for (double c : whole.c) {
                max = Math.max(max, Math.abs(c));
            }
            if (!(max > 0)) {
                max = 1;
            }
            double[] grid = new double[50];
            for (int g = 0; g < grid.length; g++) {
                grid[g] = max * Math.pow(10, -4.0 * g / (grid.length - 1));
            }
            return grid;
        }
        double[] grid = new double[41];
        for (int g = 0; g < grid.length; g++) {
            grid[g] = Math.pow(10, 3 - 8.0 * g / (grid.length - 1));
        }
        return grid;
    }

    /** The standardised least-squares problem of some rows: Gram matrix G = z'z/n and c = z'(y - mean)/n. */
    static final class Problem {
        final int p;
        final Standardiser scaler;
        final double yMean;
        final double[][] gram;
        final double[] c;

        Problem(double[][] x, double[] y) {
            int n = y.length;
            p = x.length == 0 ? 0 : x[0].length;
            scaler = Standardiser.of(x);
            double mean = 0;
            for (double v : y) {
                mean += v;
            }
            yMean = mean / n;
            gram = new double[p][p];
            c = new double[p];
            double[] z = new double[p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    z[j] = (x[i][j] - scaler.mean(j)) / scaler.sd(j);
                }
                double r = y[i] - yMean;
                for (int j = 0; j < p; j++) {
                    c[j] += z[j] * r;
                    double[] row = gram[j];
                    double zj = z[j];
                    for (int k = 0; k <= j; k++) {
                        row[k] += zj * z[k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                c[j] /= n;
                for (int k = 0; k <= j; k++) {
                    gram[j][k] /= n;
                    gram[k][j] = gram[j][k];
                }
            }
        }

        double[] solve(Penalty penalty, double lambda, double[] start) {
            return penalty == Penalty.RIDGE ? ridge(lambda) : lasso(lambda, start);
        }

        /** (G + lambda I) b = c by Cholesky. */
        double[] ridge(double lambda) {
            double[][] l = new double[p][p];
            for (int j = 0; j < p; j++) {
                for (int k = 0; k <= j; k++) {
                    double s = gram[j][k] + (j == k ? lambda : 0);
                    for (int m = 0; m < k; m++) {
                        s -= l[j][m] * l[k][m];
                    }
                    if (j == k) {
                        l[j][j] = Math.sqrt(Math.max(s, 1e-300));
                    } else {
                        l[j][k] = s / l[k][k];
                    }
                }
            }
            double[] w = new double[p];
            for (int j = 0; j < p; j++) {
                double s = c[j];
                for (int m = 0; m < j; m++) {
                    s -= l[j][m] * w[m];
                }
                w[j] = s / l[j][j];
            }
            double[] b = new double[p];
            for (int j = p - 1; j >= 0; j--) {
                double s = w[j];
                for (int m = j + 1; m < p; m++) {
                    s -= l[m][j] * b[m];
                }
                b[j] = s / l[j][j];
            }
            return b;
        }

        /** Cyclic coordinate descent on the Gram form, from {@code start}, until no coefficient moves. */
        double[] lasso(double lambda, double[] start) {
            double[] b = start.clone();
            // gradient part: g_j = c_j - sum_k G_jk b_k
            double[] g = c.clone();
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    g[j] -= gram[j][k] * b[k];
                }
            }
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                double moved = 0;
                double size = 0;
                for (int j = 0; j < p; j++) {
                    double gjj = gram[j][j];
                    if (!(gjj > 0)) {
                        continue;
                    }
                    double rho = g[j] + gjj * b[j];
                    double next = Math.signum(rho) * Math.max(Math.abs(rho) - lambda, 0) / gjj;
                    double delta = next - b[j];
                    if (delta != 0) {
                        for (int k = 0; k < p; k++) {
                            g[k] -= gram[k][j] * delta;
                        }
                        b[j] = next;
                        moved = Math.max(moved, Math.abs(delta));
                    }
                    size = Math.max(size, Math.abs(next));
                }
                if (moved <= TOLERANCE * Math.max(size, 1e-300) || moved == 0) {
                    break;
                }
            }
            return b;
        }

        /** The fit in original units from standardised coefficients. */
        Fit fit(double[] b, double lambda) {
            double[] coefficients = new double[p];
            double intercept = yMean;
            for (int j = 0; j < p; j++) {
                coefficients[j] = b[j] / scaler.sd(j);
                intercept -= coefficients[j] * scaler.mean(j);
            }
            return new Fit(new LinearPredictor(intercept, coefficients, null), lambda, intercept, coefficients);
        }
    }
}
