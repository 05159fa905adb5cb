package org.crmworkbench.analysis.recommend;

/**
 * A small dense symmetric positive definite system {@code A x = b} of dimension d, as the ridge regressions of
 * alternating least squares build it: accumulate outer products into the lower triangle, add the ridge, solve by
 * Cholesky factorisation. Plain Java; one instance per worker (it is scratch, not thread-safe).
 */
final class RidgeSystem {
    private final int d;
    private final double[] a;
    private final double[] b;

    RidgeSystem(int d) {
        this.d = d;
        this.a = new double[d * d];
        this.b = new double[d];
    }

    /** Starts over from {@code A = base} (lower triangle of a d x d row-major matrix; null for zero) and b = 0. */
    void reset(double[] base) {
        if (base == null) {
            java.util.Arrays.fill(a, 0);
        } else {
            System.arraycopy(base, 0, a, 0, a.length);
        }
        java.util.Arrays.fill(b, 0);
    }

    /** Adds {@code w z z^T} to A and {@code t z} to b, for z = the d values of {@code z} from {@code at}. */
    void add(double[] z, int at, double w, double t) {
        for (int r = 0; r < d; r++) {
            double zr = w * z[at + r];
            int row = r * d;
            for (int c = 0; c <= r; c++) {
                a[row + c] += zr * z[at + c];
            }
            b[r] += t * z[at + r];
        }
    }

    /** Adds {@code z z^T} and {@code t z} for z = (first f values of {@code z} from {@code at}, then 1). */
    void addWithOne(double[] z, int at, double t) {
        int f = d - 1;
        for (int r = 0; r < f; r++) {
            double zr = z[at + r];
            int row = r * d;
            for (int c = 0; c <= r; c++) {
                a[row + c] += zr * z[at + c];
            }
            b[r] += t * zr;
        }
        int row = f * d;
        for (int c = 0; c < f; c++) {
            a[row + c] += z[at + c];
        }
        a[row + f] += 1;
        b[f] += t;
    }

    /** Adds {@code lambda} to every diagonal entry. */
    void ridge(double lambda) {
        for (int r = 0; r < d; r++) {
            a[r * d + r] += lambda;
        }
    }

    /** Solves and writes x into {@code out} from {@code at}; destroys A and b. */
    void solveInto(double[] out, int at) {
        for (int j = 0; j < d; j++) {
            int rj = j * d;
            double s = a[rj + j];
            for (int k = 0; k < j; k++) {
                s -= a[rj + k] * a[rj + k];
            }
            if (!(s > 0)) {
                throw new IllegalStateException("ridge system is not positive definite (pivot " + s + ")");
            }
            double l = Math.sqrt(s);
            a[rj + j] = l;
            for (int i = j + 1; i < d; i++) {
                int ri = i * d;
                double t = a[ri + j];
                for (int k = 0; k < j; k++) {
                    t -= a[ri + k] * a[rj + k];
                }
                a[ri + j] = t / l;
            }
        }
        for (int i = 0; i < d; i++) {
            int ri = i * d;
            double t = b[i];
            for (int k = 0; k < i; k++) {
                t -= a[ri + k] * b[k];
            }
            b[i] = t / a[ri + i];
        }
        for (int i = d - 1; i >= 0; i--) {
            double t = b[i];
            for (int k = i + 1; k < d; k++) {
                t -= a[k * d + i] * b[k];
            }
            b[i] = t / a[i * d + i];
        }
        System.arraycopy(b, 0, out, at, d);
    }
}
