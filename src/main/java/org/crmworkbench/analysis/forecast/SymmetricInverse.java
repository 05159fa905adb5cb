package org.crmworkbench.analysis.forecast;

/** The inverse of a small symmetric positive definite matrix through its Cholesky factor. */
final class SymmetricInverse {

    private SymmetricInverse() {
    }

    /**
     * @throws IllegalArgumentException when the matrix is not positive definite (collinear design)
     */
    static double[][] of(double[][] a) {
        int p = a.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (s <= 1e-12 * Math.max(1, Math.abs(a[i][i]))) {
                        throw new IllegalArgumentException("matrix is not positive definite");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        // inverse of L (lower triangular), then A^-1 = L^-T L^-1
        double[][] li = new double[p][p];
        for (int i = 0; i < p; i++) {
            li[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i][k] * li[k][j];
                }
                li[i][j] = s / l[i][i];
            }
        }
        double[][] inv = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < p; k++) {
                    s += li[k][i] * li[k][j];
                }
                inv[i][j] = s;
                inv[j][i] = s;
            }
        }
        return inv;
    }
}
