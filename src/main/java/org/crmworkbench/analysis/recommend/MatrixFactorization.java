package org.crmworkbench.analysis.recommend;

import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Biased matrix factorisation, {@code r = mu + b_u + b_i + p_u . q_i} with {@link RecommenderSettings#factors()}
 * factors, minimising {@code sum e^2 + lambda (sum_u n_u (|p_u|^2 + b_u^2) + sum_i n_i (|q_i|^2 + b_i^2))} with
 * lambda = {@link RecommenderSettings#regularisation()} (the penalty counts once per rating, as in per-rating SGD).
 * {@code mu} is the global mean and stays fixed. Factors start as N(0, 0.1^2) draws from the seed, biases at 0.
 *
 * <ul>
 *   <li>{@link FactorSolver#SGD}: each epoch visits the ratings once in an order shuffled from the seed and moves
 *       biases and both factor vectors along the gradient with step {@link RecommenderSettings#learningRate()}.
 *       Runs on one thread (the update order defines the result).</li>
 *   <li>{@link FactorSolver#ALS}: each epoch solves every customer's {@code (p_u, b_u)} exactly with the products
 *       fixed (a ridge regression on {@code (q_i, 1)} against {@code r - mu - b_i}, ridge {@code lambda n_u}), then
 *       every product's {@code (q_i, b_i)} likewise; so the objective never rises. Solves are independent and run
 *       in parallel; the result does not depend on the thread count. Needs regularisation above 0.</li>
 * </ul>
 * Customers and products without ratings keep zero factors (and bias 0), so a new product scores {@code mu + b_u}.
 * The same seed gives the same model. Factors must not exceed the number of rated products.
 *
 * @param settings the method's settings
 * @param threads  threads for the ALS solves (the result does not depend on it)
 */
public record MatrixFactorization(RecommenderSettings settings, int threads) implements Recommender {
    /** Ratings between cancellation checks in SGD. */
    private static final int SGD_CHECK_EVERY = 1 << 15;

    public MatrixFactorization {
        FactorFit.threads(threads);
    }

    /** The method on every core of the machine. */
    public MatrixFactorization(RecommenderSettings settings) {
        this(settings, FactorPool.defaultThreads());
    }

    @Override
    public BiasedFactorModel fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        requireFits(r, settings);
        int f = settings.factors();
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] p = FactorFit.startingFactors(random, r.userCount() * f);
        double[] q = FactorFit.startingFactors(random, r.itemCount() * f);
        double[] bu = new double[r.userCount()];
        double[] bi = new double[r.itemCount()];
        double mu = r.globalMean();
        double[] loss = settings.solver() == FactorSolver.SGD
                ? sgd(r, f, mu, bu, bi, p, q, random, progress)
                : als(r, f, mu, bu, bi, p, q, progress);
        forgetUnrated(r.userStart, p, f);
        forgetUnrated(r.itemStart, q, f);
        return new BiasedFactorModel(r, f, mu, bu, bi, p, q, loss);
    }

    /**
     * The checks of a fit, for every engine: ratings to learn from, no more factors than rated products, and
     * regularisation above 0 for ALS.
     *
     * @throws org.crmworkbench.work.UnsuitableDataException without ratings
     * @throws BadParameterException on {@code factors} or {@code regularisation}
     */
    public static void requireFits(RatingMatrix r, RecommenderSettings settings) {
        BiasBaseline.requireRatings(r);
        FactorFit.checkFactors(r, settings.factors());
        if (settings.solver() == FactorSolver.ALS) {
            FactorFit.requireRegularisation(settings.regularisation());
        }
    }

    /** Zeroes the (never trained) factors of rows without ratings, so they predict from the biases alone. */
    private static void forgetUnrated(int[] start, double[] factors, int f) {
        for (int row = 0; row + 1 < start.length; row++) {
            if (start[row + 1] == start[row]) {
                FactorFit.zero(factors, row, f);
            }
        }
    }

    private double[] sgd(RatingMatrix r, int f, double mu, double[] bu, double[] bi, double[] p, double[] q,
                         SplittableRandom random, Progress progress) {
        int n = r.size();
        int[] userOf = new int[n];
        for (int u = 0; u < r.userCount(); u++) {
            java.util.Arrays.fill(userOf, r.userStart[u], r.userStart[u + 1], u);
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        double lr = settings.learningRate();
        double reg = settings.regularisation();
        int epochs = settings.epochs();
        double[] loss = new double[epochs];
        int[] users = new int[n];
        int[] items = new int[n];
        float[] values = new float[n];
        for (int epoch = 0; epoch < epochs; epoch++) {
            progress.stage("recommend.stage.epoch", epoch + 1, epochs);
            for (int k = n - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            // gather the epoch's ratings in visiting order first: independent loads, then a sequential pass
            for (int k = 0; k < n; k++) {
                int pos = order[k];
                users[k] = userOf[pos];
                items[k] = r.userItems[pos];
                values[k] = r.userValues[pos];
            }
            for (int k = 0; k < n; k++) {
                if ((k & (SGD_CHECK_EVERY - 1)) == 0) {
                    progress.checkCancelled();
                }
                int u = users[k];
                int i = items[k];
                int ou = u * f;
                int oi = i * f;
                double dot = 0;
                for (int c = 0; c < f; c++) {
                    dot += p[ou + c] * q[oi + c];
                }
                double e = values[k] - (mu + bu[u] + bi[i] + dot);
                bu[u] += lr * (e - reg * bu[u]);
                bi[i] += lr * (e - reg * bi[i]);
                for (int c = 0; c < f; c++) {
                    double pu = p[ou + c];
                    double qi = q[oi + c];
                    p[ou + c] = pu + lr * (e * qi - reg * pu);
                    q[oi + c] = qi + lr * (e * pu - reg * qi);
                }
            }
            loss[epoch] = objective(r, f, mu, bu, bi, p, q, reg);
            if (!Double.isFinite(loss[epoch])) {
                throw new BadParameterException("learning-rate", "recommend.mf.diverged", "training diverged in"
                        + " epoch " + (epoch + 1) + "; try a smaller learning rate", epoch + 1);
            }
            progress.worked(epoch + 1, epochs);
        }
        return loss;
    }

    private double[] als(RatingMatrix r, int f, double mu, double[] bu, double[] bi, double[] p, double[] q,
                         Progress progress) {
        double reg = settings.regularisation();
        return FactorFit.alternate(threads, settings.epochs(), progress,
                pool -> solveSide(pool, r.userStart, r.userItems, r.userValues, mu, bi, q, bu, p, f, reg, progress),
                pool -> solveSide(pool, r.itemStart, r.itemUsers, r.itemValues, mu, bu, p, bi, q, f, reg, progress),
                () -> objective(r, f, mu, bu, bi, p, q, reg));
    }

    /**
     * Solves every row's (factors, bias) with the other side fixed: rows are customers (CSR) or products (CSC);
     * {@code otherBias}/{@code other} belong to the columns. Rows without ratings get zeros.
     */
    private static void solveSide(FactorPool pool, int[] start, int[] cols, float[] values, double mu,
                                  double[] otherBias, double[] other, double[] bias, double[] factors, int f,
                                  double reg, Progress progress) {
        pool.solveRows(start.length - 1, progress, () -> {
            RidgeSystem system = new RidgeSystem(f + 1);
            double[] x = new double[f + 1];
            return row -> {
                int n = start[row + 1] - start[row];
                if (n == 0) {
                    FactorFit.zero(factors, row, f);
                    bias[row] = 0;
                    return;
                }
                system.reset(null);
                for (int k = start[row]; k < start[row + 1]; k++) {
                    int c = cols[k];
                    system.addWithOne(other, c * f, values[k] - mu - otherBias[c]);
                }
                system.ridge(reg * n);
                system.solveInto(x, 0);
                System.arraycopy(x, 0, factors, row * f, f);
                bias[row] = x[f];
            };
        });
    }

    /** The training objective (see {@link BiasedFactorModel#trainingLoss()}); sums in a fixed order. */
    /**
     * The training objective of a biased factorisation: squared errors plus {@code reg} times the penalties weighted
     * by rating counts (see the class comment).
     */
    public static double objective(RatingMatrix r, int f, double mu, double[] bu, double[] bi, double[] p, double[] q,
                            double reg) {
        double sse = 0;
        double penalty = 0;
        for (int u = 0; u < r.userCount(); u++) {
            int n = r.userStart[u + 1] - r.userStart[u];
            if (n == 0) {
                continue;
            }
            int ou = u * f;
            double norm = bu[u] * bu[u];
            for (int c = 0; c < f; c++) {
                norm += p[ou + c] * p[ou + c];
            }
            penalty += n * norm;
            for (int k = r.userStart[u]; k < r.userStart[u + 1]; k++) {
                int i = r.userItems[k];
                int oi = i * f;
                double dot = 0;
                for (int c = 0; c < f; c++) {
                    dot += p[ou + c] * q[oi + c];
                }
                double e = r.userValues[k] - (mu + bu[u] + bi[i] + dot);
                sse += e * e;
            }
        }
        for (int i = 0; i < r.itemCount(); i++) {
            int n = r.itemStart[i + 1] - r.itemStart[i];
            int oi = i * f;
            double norm = bi[i] * bi[i];
            for (int c = 0; c < f; c++) {
                norm += q[oi + c] * q[oi + c];
            }
            penalty += n * norm;
        }
        return sse + reg * penalty;
    }
}
