package org.crmworkbench.analysis.spark;

import org.crmworkbench.analysis.engine.EngineChoice;
import org.crmworkbench.analysis.engine.FitEngine;
import org.crmworkbench.analysis.engine.FitEngines;
import org.crmworkbench.analysis.recommend.FactorSolver;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.work.Progress;
import smile.math.blas.UPLO;
import smile.math.matrix.Matrix;

/**
 * A child process for {@link NativeBlasOrderTest}: {@code spark} fits ALS on Spark (whose netlib loads a native BLAS)
 * and then has Smile solve with LAPACK in the same process; {@code netlib-first} loads netlib's native BLAS directly,
 * without the Spark engine's precaution, and then does the same. Prints {@code ok} when Smile's call returns.
 */
public final class SparkThenSmile {
    private SparkThenSmile() {
    }

    public static void main(String[] args) {
        if ("netlib-first".equals(args[0])) {
            dev.ludovic.netlib.blas.BLAS.getInstance().ddot(1, new double[] {1}, 1, new double[] {1}, 1);
        } else {
            try (FitEngine spark = new FitEngines().open(EngineChoice.spark("local[1]"))) {
                RecommenderSettings settings = RecommenderSettings.defaults(RecommenderAlgorithm.MF).withFactors(2)
                        .withEpochs(2).withSolver(FactorSolver.ALS);
                spark.factorisation(settings).fit(RecommenderInput.ratingsOnly(SparkAgreementTest.plantedRatings(
                        50, 20, 400, 1L).train()), Progress.none());
            }
        }
        double[][] a = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
        Matrix m = Matrix.of(a);
        m.uplo(UPLO.LOWER);
        m.cholesky(); // LAPACK's dpotrf through Smile's OpenBLAS
        System.out.println("ok");
    }
}
