package org.crmworkbench.analysis.text;

/**
 * L2-penalised logistic regression over sparse rows, fitted by L-BFGS (memory 10, backtracking line search with the
 * Armijo condition): minimises {@code mean(log(1 + exp(-y z))) + lambda / 2 * |w|^2} with {@code z = b + w.x} and
 * {@code y} in {-1, 1}; the intercept is not penalised. Deterministic: the same rows give the same weights.
 */
final class LogisticFit {
    private static final int MEMORY = 10;
    private static final int MAX_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-7;

    /** Sparse rows: row i holds columns {@code columns[rowStart[i] .. rowStart[i+1])} with their values. */
    record Rows(int[] rowStart, int[] columns, double[] values, double[] labels, int width) {
        int size() {
            return labels.length;
        }
    }

    /** The fitted weights (one per column) and intercept, and the iterations L-BFGS took. */
    record Fit(double[] weights, double intercept, int iterations) {
    }

    private LogisticFit() {
    }

    static Fit fit(Rows rows, double lambda) {
        int d = rows.width() + 1;
        double[] x = new double[d];
        double[] g = new double[d];
        double f = lossAndGradient(rows, lambda, x, g);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int pushes = 0;
        int iteration = 0;
        double[] direction = new double[d];
        double[] xNew = new double[d];
        double[] gNew = new double[d];
        for (; iteration < MAX_ITERATIONS; iteration++) {
            if (Math.sqrt(dot(g, g)) < TOLERANCE * Math.max(1, Math.sqrt(dot(x, x)))) {
                break;
            }
            twoLoop(g, s, y, rho, stored, pushes, direction);
            double slope = dot(direction, g);
            if (slope >= 0) {
                for (int j = 0; j < d; j++) {
                    direction[j] = -g[j];
                }
                slope = dot(direction, g);
                stored = 0;
            }
            double step = 1;
            double fNew;
            while (true) {
                for (int j = 0; j < d; j++) {
                    xNew[j] = x[j] + step * direction[j];
                }
                fNew = lossAndGradient(rows, lambda, xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope || step < 1e-12) {
                    break;
                }
                step *= 0.5;
            }
            double[] sk = new double[d];
            double[] yk = new double[d];
            for (int j = 0; j < d; j++) {
                sk[j] = xNew[j] - x[j];
                yk[j] = gNew[j] - g[j];
            }
            double sy = dot(sk, yk);
            System.arraycopy(xNew, 0, x, 0, d);
            System.arraycopy(gNew, 0, g, 0, d);
            boolean converged = Math.abs(f - fNew) < 1e-12 * Math.max(1, Math.abs(f));
            f = fNew;
            if (sy > 1e-12) {
                int slot = pushes % MEMORY;
                pushes++;
                s[slot] = sk;
                y[slot] = yk;
                rho[slot] = 1 / sy;
                stored = Math.min(stored + 1, MEMORY);
            }
            if (converged) {
                iteration++;
                break;
            }
        }
        double[] weights = new double[rows.width()];
        System.arraycopy(x, 0, weights, 0, rows.width());
        return new Fit(weights, x[rows.width()], iteration);
    }

    /** The mean log-loss plus penalty at {@code x} (weights then intercept); writes the gradient into {@code g}. */
    static double lossAndGradient(Rows rows, double lambda, double[] x, double[] g) {
        int width = rows.width();
        java.util.Arrays.fill(g, 0);
        double loss = 0;
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            double z = x[width];
            for (int k = rows.rowStart()[i]; k < rows.rowStart()[i + 1]; k++) {
                z += x[rows.columns()[k]] * rows.values()[k];
            }
            double yz = rows.labels()[i] * z;
            loss += yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz));
            double sigma = 1 / (1 + Math.exp(yz));
            double coefficient = -rows.labels()[i] * sigma / n;
            for (int k = rows.rowStart()[i]; k < rows.rowStart()[i + 1]; k++) {
                g[rows.columns()[k]] += coefficient * rows.values()[k];
            }
            g[width] += coefficient;
        }
        loss /= n;
        for (int j = 0; j < width; j++) {
            loss += lambda / 2 * x[j] * x[j];
            g[j] += lambda * x[j];
        }
        return loss;
    }

    private static void twoLoop(double[] g, double[][] s, double[][] y, double[] rho, int stored, int pushes,
                                double[] direction) {
        int d = g.length;
        double[] q = g.clone();
        double[] alpha = new double[MEMORY];
        int newest = (pushes - 1 + MEMORY) % MEMORY;
        for (int m = 0; m < stored; m++) {
            int slot = (newest - m + MEMORY) % MEMORY;
            alpha[slot] = rho[slot] * dot(s[slot], q);
            for (int j = 0; j < d; j++) {
                q[j] -= alpha[slot] * y[slot][j];
            }
        }
        double gamma = 1;
        if (stored > 0) {
            gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
        }
        for (int j = 0; j < d; j++) {
            q[j] *= gamma;
        }
        for (int m = stored - 1; m >= 0; m--) {
            int slot = (newest - m + MEMORY) % MEMORY;
            double beta = rho[slot] * dot(y[slot], q);
            for (int j = 0; j < d; j++) {
                q[j] += (alpha[slot] - beta) * s[slot][j];
            }
        }
        for (int j = 0; j < d; j++) {
            direction[j] = -q[j];
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
