package org.crmworkbench.analysis.recommend;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * What the two factorisations ({@link MatrixFactorization} and {@link ImplicitAls}) share when they fit: the checks
 * of their parameters, factor vectors started as N(0, 0.1^2) draws from the seed, and the alternating epochs (solve
 * every customer with the products fixed, then every product with the customers fixed, then record the objective).
 */
final class FactorFit {
    /** One half of an epoch: solves every row of one side on the pool. */
    @FunctionalInterface
    interface HalfEpoch {
        void solve(FactorPool pool);
    }

    private FactorFit() {
    }

    /** {@code threads}, refused below 1. */
    static int threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return threads;
    }

    /** Refuses more factors than there are rated products. */
    static void checkFactors(RatingMatrix r, int factors) {
        int rated = 0;
        for (int i = 0; i < r.itemCount(); i++) {
            if (r.ratingsOfItem(i) > 0) {
                rated++;
            }
        }
        if (factors > rated) {
            throw new BadParameterException("factors", "recommend.factors.tooMany", "must be at most the number of"
                    + " products with ratings (" + rated + "), was " + factors, rated, factors);
        }
    }

    /** Refuses a regularisation of 0: the alternating solves need a ridge. */
    static void requireRegularisation(double regularisation) {
        if (regularisation == 0) {
            throw new BadParameterException("regularisation", "recommend.param.positive",
                    "must be a positive number for ALS, was 0", 0.0);
        }
    }

    /** {@code n} starting factor values, N(0, 0.1^2) draws from {@code random}. */
    static double[] startingFactors(SplittableRandom random, int n) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = 0.1 * random.nextGaussian();
        }
        return a;
    }

    /** Zeroes the {@code f} factors of {@code row} in the flat matrix {@code factors}. */
    static void zero(double[] factors, int row, int f) {
        Arrays.fill(factors, row * f, (row + 1) * f, 0);
    }

    /**
     * Runs {@code epochs} alternating epochs on {@code threads} threads: customers, then products, then the
     * objective, with a cancellation check after each half and progress after each epoch.
     *
     * @return the objective after each epoch
     */
    static double[] alternate(int threads, int epochs, Progress progress, HalfEpoch customers, HalfEpoch products,
                              DoubleSupplier objective) {
        double[] loss = new double[epochs];
        try (FactorPool pool = new FactorPool(threads)) {
            for (int epoch = 0; epoch < epochs; epoch++) {
                progress.stage("recommend.stage.epoch", epoch + 1, epochs);
                customers.solve(pool);
                progress.checkCancelled();
                products.solve(pool);
                progress.checkCancelled();
                loss[epoch] = objective.getAsDouble();
                progress.worked(epoch + 1, epochs);
            }
        }
        return loss;
    }
}
