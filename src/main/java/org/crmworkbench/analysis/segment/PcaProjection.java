package org.crmworkbench.analysis.segment;

import org.crmworkbench.work.Progress;

/**
 * Principal component analysis down to the plane of the two leading components, for drawing segments.
 *
 * <p>The data is centred, its d x d covariance formed, and the symmetric matrix diagonalised by a cyclic Jacobi
 * eigenvalue solver written here (d is small — tens of features — so this is exact to rounding and quick, and no
 * native BLAS/LAPACK library has to be loaded). Each axis gets a deterministic sign: its largest-magnitude loading
 * (the first such, on ties) is positive. Explained shares are eigenvalue / trace, as scikit-learn's
 * {@code explained_variance_ratio_}. With a single feature the second axis is zero and explains nothing.
 */
public final class PcaProjection {
    private static final int MAX_SWEEPS = 100;

    private PcaProjection() {
    }

    public static Projection fit(FeatureMatrix data) {
        return fit(data, Progress.none());
    }

    public static Projection fit(FeatureMatrix data, Progress progress) {
        int n = data.rows();
        int d = data.cols();
        double[] v = data.values();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] = n == 0 ? 0 : mean[j] / n;
        }
        double[][] cov = new double[d][d];
        double[] c = new double[d];
        for (int i = 0; i < n; i++) {
            if (i % 4096 == 0) {
                progress.checkCancelled();
                progress.worked(i, n);
            }
            for (int j = 0; j < d; j++) {
                c[j] = v[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = c[a];
                double[] row = cov[a];
                for (int b = a; b < d; b++) {
                    row[b] += ca * c[b];
                }
            }
        }
        double denominator = Math.max(1, n - 1);
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= denominator;
                cov[b][a] = cov[a][b];
            }
        }
        double[][] vectors = new double[d][d];
        double[] values = jacobi(cov, vectors);
        int[] rank = order(values);
        double trace = 0;
        for (double value : values) {
            trace += Math.max(0, value);
        }
        double[][] axes = new double[2][d];
        double[] explained = new double[2];
        for (int t = 0; t < 2 && t < d; t++) {
            int e = rank[t];
            for (int j = 0; j < d; j++) {
                axes[t][j] = vectors[j][e];
            }
            orient(axes[t]);
            explained[t] = trace > 0 ? Math.max(0, values[e]) / trace : 0;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double px = 0;
            double py = 0;
            for (int j = 0; j < d; j++) {
                double cj = v[i * d + j] - mean[j];
                px += cj * axes[0][j];
                py += cj * axes[1][j];
            }
            x[i] = px;
            y[i] = py;
        }
        progress.worked(n, n);
        return new Projection(x, y, explained, mean, axes, data.names());
    }

    /**
     * Eigenvalues of the symmetric matrix {@code a} (overwritten) by cyclic Jacobi rotations; the eigenvectors go
     * to the columns of {@code vectors}.
     */
    static double[] jacobi(double[][] a, double[][] vectors) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            java.util.Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double all = 0;
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    double s = a[p][q] * a[p][q];
                    all += s;
                    if (p != q) {
                        off += s;
                    }
                }
            }
            if (off <= 1e-30 * all || off == 0) {
                break;
            }
            for (int p = 0; p < d - 1; p++) {
                for (int q = p + 1; q < d; q++) {
                    double apq = a[p][q];
                    if (apq == 0) {
                        continue;
                    }
                    // rotation angle that zeroes a[p][q]: t = tan(theta), the smaller root
                    double theta = (a[q][q] - a[p][p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double cos = 1 / Math.sqrt(t * t + 1);
                    double sin = t * cos;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = cos * akp - sin * akq;
                        a[k][q] = sin * akp + cos * akq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = cos * apk - sin * aqk;
                        a[q][k] = sin * apk + cos * aqk;
                    }
                    for (int k = 0; k < d; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = cos * vkp - sin * vkq;
                        vectors[k][q] = sin * vkp + cos * vkq;
                    }
                }
            }
        }
        double[] values = new double[d];
        for (int i = 0; i < d; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    /** Indices of {@code values}, largest first (ties by index). */
    private static int[] order(double[] values) {
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(values[b], values[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    /** Flips the axis so its largest-magnitude loading is positive. */
    private static void orient(double[] axis) {
        int big = 0;
        for (int j = 1; j < axis.length; j++) {
            if (Math.abs(axis[j]) > Math.abs(axis[big]) + 1e-12) {
                big = j;
            }
        }
        if (axis[big] < 0) {
            for (int j = 0; j < axis.length; j++) {
                axis[j] = -axis[j];
            }
        }
    }
}
