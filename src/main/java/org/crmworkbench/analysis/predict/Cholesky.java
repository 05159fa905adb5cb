package org.crmworkbench.analysis.predict;

import org.crmworkbench.work.BadParameterException;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/** Solves and inverts the small symmetric positive definite systems of a Newton step with Smile's Cholesky. */
final class Cholesky {
    private Cholesky() {
    }

    static double[] solve(double[][] a, double[] b) {
        return factor(a).solve(b.clone());
    }

    static double[][] inverse(double[][] a) {
        return factor(a).inverse().toArray();
    }

    private static Matrix.Cholesky factor(double[][] a) {
        try {
            return Matrix.of(a).uplo(UPLO.LOWER).cholesky();
        } catch (RuntimeException e) {
            throw new BadParameterException("features", "predict.error.collinear",
                    "some features are exact combinations of others, so the model has no unique fit");
        }
    }
}
