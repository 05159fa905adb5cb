package org.crmworkbench.analysis.sales;

/**
 * The REML criterion of a random-intercept model profiled over theta = sigma_u / sigma, from sufficient statistics.
 *
 * <p>With H = I + theta^2 Z Z' (block diagonal, one block I + theta^2 11' per group) H^-1 = I - c_j 11' within group j,
 * c_j = theta^2 / (1 + n_j theta^2) (Woodbury). So X'H^-1X = X'X - sum_j c_j s_j s_j', X'H^-1y = X'y - sum_j c_j s_j t_j
 * and y'H^-1y = y'y - sum_j c_j t_j^2, with s_j, t_j the group's column and outcome sums: one evaluation costs
 * O(groups p^2 + p^3) once the sums (O(n p^2)) are made. Given theta, beta is the GLS estimate, sigma^2 = the penalised
 * residual sum of squares / (n - p), and -2 log L_R = log|H| + log|X'H^-1X| + (n - p)(1 + log(2 pi sigma^2)), which
 * is lme4's REML criterion.
 */
final class RemlProfile {
    private static final double LOG_LOW = -12;
    private static final double LOG_HIGH = 6;
    private static final double GRID_STEP = 0.5;

    private final int n;
    private final int p;
    private final double[][] xtx;
    private final double[] xty;
    private final double yty;
    private final int[] sizes;
    private final double[][] sums;
    private final double[] ySums;

    /** One point of the profile. */
    record Point(double theta, double criterion, double[] beta, double[][] inverse, double sigma2) {
    }

    /** The profile over the columns {@code columns} of the design {@code all} sums up. */
    RemlProfile(DesignSums all, int[] columns) {
        this.n = all.observations();
        this.p = columns.length;
        int groups = all.groups();
        xtx = new double[p][p];
        xty = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                xtx[a][b] = all.xtx(columns[a], columns[b]);
            }
            xty[a] = all.xty(columns[a]);
        }
        yty = all.yty();
        sizes = new int[groups];
        sums = new double[groups][p];
        ySums = new double[groups];
        for (int g = 0; g < groups; g++) {
            sizes[g] = all.size(g);
            ySums[g] = all.outcomeSum(g);
            for (int a = 0; a < p; a++) {
                sums[g][a] = all.columnSum(g, columns[a]);
            }
        }
    }

    int[] sizes() {
        return sizes.clone();
    }

    double[] groupSums(int g) {
        return sums[g];
    }

    double groupOutcomeSum(int g) {
        return ySums[g];
    }

    /** The profile at {@code theta} (at least 0). */
    Point evaluate(double theta) {
        double t2 = theta * theta;
        double[][] a = new double[p][p];
        for (int r = 0; r < p; r++) {
            a[r] = xtx[r].clone();
        }
        double[] b = xty.clone();
        double q = yty;
        double logDetH = 0;
        for (int g = 0; g < sizes.length; g++) {
            if (sizes[g] == 0) {
                continue;
            }
            double c = t2 / (1 + sizes[g] * t2);
            logDetH += Math.log1p(sizes[g] * t2);
            double[] s = sums[g];
            double ty = ySums[g];
            q -= c * ty * ty;
            for (int r = 0; r < p; r++) {
                double cs = c * s[r];
                b[r] -= cs * ty;
                double[] ar = a[r];
                for (int k = 0; k <= r; k++) {
                    ar[k] -= cs * s[k];
                }
            }
        }
        for (int r = 0; r < p; r++) {
            for (int k = 0; k < r; k++) {
                a[k][r] = a[r][k];
            }
        }
        double[][] l = cholesky(a);
        if (l == null) {
            return new Point(theta, Double.POSITIVE_INFINITY, new double[p], new double[p][p], Double.NaN);
        }
        double logDetA = 0;
        for (int r = 0; r < p; r++) {
            logDetA += 2 * Math.log(l[r][r]);
        }
        double[] beta = solve(l, b);
        double pwrss = q;
        for (int r = 0; r < p; r++) {
            pwrss -= b[r] * beta[r];
        }
        pwrss = Math.max(pwrss, 1e-300);
        int df = n - p;
        double sigma2 = pwrss / df;
        double criterion = logDetH + logDetA + df * (1 + Math.log(2 * Math.PI * sigma2));
        return new Point(theta, criterion, beta, inverse(l), sigma2);
    }

    /** The profile's minimum over theta >= 0: a grid on log theta, golden-section refinement, and theta = 0 itself. */
    Point optimum() {
        double bestLog = LOG_LOW;
        double bestValue = Double.POSITIVE_INFINITY;
        for (double lt = LOG_LOW; lt <= LOG_HIGH + 1e-9; lt += GRID_STEP) {
            double v = evaluate(Math.exp(lt)).criterion();
            if (v < bestValue) {
                bestValue = v;
                bestLog = lt;
            }
        }
        double lo = bestLog - GRID_STEP;
        double hi = bestLog + GRID_STEP;
        double ratio = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - ratio * (hi - lo);
        double x2 = lo + ratio * (hi - lo);
        double f1 = evaluate(Math.exp(x1)).criterion();
        double f2 = evaluate(Math.exp(x2)).criterion();
        while (hi - lo > 1e-10) {
            if (f1 <= f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - ratio * (hi - lo);
                f1 = evaluate(Math.exp(x1)).criterion();
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + ratio * (hi - lo);
                f2 = evaluate(Math.exp(x2)).criterion();
            }
        }
        Point best = evaluate(Math.exp((lo + hi) / 2));
        Point boundary = evaluate(0);
        return boundary.criterion() <= best.criterion() ? boundary : best;
    }

    /** Lower Cholesky factor of a symmetric positive definite matrix, or null when it is not. */
    static double[][] cholesky(double[][] a) {
        int m = a.length;
        double[][] l = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    static double[] solve(double[][] l, double[] b) {
        int m = b.length;
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    static double[][] inverse(double[][] l) {
        int m = l.length;
        double[][] inv = new double[m][m];
        for (int c = 0; c < m; c++) {
            double[] e = new double[m];
            e[c] = 1;
            double[] col = solve(l, e);
            for (int r = 0; r < m; r++) {
                inv[r][c] = col[r];
            }
        }
        return inv;
    }
}
