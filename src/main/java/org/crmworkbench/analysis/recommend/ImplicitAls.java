package org.crmworkbench.analysis.recommend;

import java.util.SplittableRandom;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Matrix factorisation for implicit feedback by weighted alternating least squares (Hu, Koren and Volinsky, 2008).
 * Every customer-product pair counts: preference 1 where the customer bought the product and 0 elsewhere, with
 * confidence {@code c = 1 + alpha x units} ({@code alpha} = {@link RecommenderSettings#confidence()}) for bought
 * products and 1 for the rest. It minimises {@code sum_{u,i} c_ui (p_ui - x_u . y_i)^2 + lambda (sum |x_u|^2 +
 * sum |y_i|^2)} with lambda = {@link RecommenderSettings#regularisation()} (not weighted by counts), alternating exact
 * solves for all customers and all products. With {@code Y^T Y} computed once per half-epoch a customer's solve
 * costs {@code O(f^2 n_u + f^3)}: {@code (Y^T Y + lambda I + sum_{i in u} (c_ui - 1) y_i y_i^T) x_u = sum_{i in u}
 * c_ui y_i}.
 *
 * <p>Trains on {@link RecommenderInput#purchases()}; when there are no purchases it takes the ratings as implicit
 * feedback (every rated product preferred, confidence {@code 1 + alpha x rating}). Factors start as N(0, 0.1^2)
 * draws from the seed; solves run in parallel and the result does not depend on the thread count.
 *
 * @param settings the method's settings
 * @param threads  threads for the solves (the result does not depend on it)
 */
public record ImplicitAls(RecommenderSettings settings, int threads) implements Recommender {

    public ImplicitAls {
        FactorFit.threads(threads);
    }

    /** The method on every core of the machine. */
    public ImplicitAls(RecommenderSettings settings) {
        this(settings, FactorPool.defaultThreads());
    }

    @Override
    public ImplicitFactorModel fit(RecommenderInput input, Progress progress) {
        boolean purchases = input.purchases().size() > 0;
        RatingMatrix feedback = purchases ? input.purchases() : input.ratings();
        if (feedback.size() == 0) {
            throw new BadParameterException("input", "recommend.fit.noFeedback",
                    "there are neither purchases nor ratings to learn from");
        }
        int f = settings.factors();
        FactorFit.checkFactors(feedback, f);
        double lambda = settings.regularisation();
        FactorFit.requireRegularisation(lambda);
        double alpha = settings.confidence();
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] x = FactorFit.startingFactors(random, feedback.userCount() * f);
        double[] y = FactorFit.startingFactors(random, feedback.itemCount() * f);
        double[] loss = FactorFit.alternate(threads, settings.epochs(), progress,
                pool -> solveSide(pool, feedback.userStart, feedback.userItems, feedback.userValues, y, x, f, lambda,
                        alpha, progress),
                pool -> solveSide(pool, feedback.itemStart, feedback.itemUsers, feedback.itemValues, x, y, f, lambda,
                        alpha, progress),
                () -> objective(feedback, x, y, f, lambda, alpha));
        return new ImplicitFactorModel(input.ratings(), feedback, purchases, f, x, y, loss);
    }

    /** {@code sum_i v_i v_i^T} over the rows of a flat n x f matrix, lower triangle of f x f, plus lambda I. */
    static double[] gramPlusRidge(double[] v, int f, double lambda) {
        double[] g = new double[f * f];
        for (int o = 0; o < v.length; o += f) {
            for (int r = 0; r < f; r++) {
                double vr = v[o + r];
                if (vr == 0) {
                    continue;
                }
                for (int c = 0; c <= r; c++) {
                    g[r * f + c] += vr * v[o + c];
                }
            }
        }
        for (int r = 0; r < f; r++) {
            g[r * f + r] += lambda;
        }
        return g;
    }

    private static void solveSide(FactorPool pool, int[] start, int[] cols, float[] values, double[] other,
                                  double[] solved, int f, double lambda, double alpha, Progress progress) {
        double[] base = gramPlusRidge(other, f, lambda);
        pool.solveRows(start.length - 1, progress, () -> {
            RidgeSystem system = new RidgeSystem(f);
            return row -> {
                if (start[row + 1] == start[row]) {
                    FactorFit.zero(solved, row, f);
                    return;
                }
                system.reset(base);
                for (int k = start[row]; k < start[row + 1]; k++) {
                    double c = 1 + alpha * values[k];
                    system.add(other, cols[k] * f, c - 1, c);
                }
                system.solveInto(solved, row * f);
            };
        });
    }

    /**
     * The weighted objective over all pairs, computed as {@code sum_u x_u^T (Y^T Y) x_u} plus, over observed pairs,
     * {@code c (1 - s)^2 - s^2} (s = x_u . y_i), plus the ridge.
     */
    static double objective(RatingMatrix feedback, double[] x, double[] y, int f, double lambda, double alpha) {
        double[] g = gramPlusRidge(y, f, 0);
        double total = 0;
        for (int u = 0; u < feedback.userCount(); u++) {
            int ou = u * f;
            double quad = 0;
            for (int r = 0; r < f; r++) {
                double s = 0;
                for (int c = 0; c < r; c++) {
                    s += g[r * f + c] * x[ou + c];
                }
                quad += x[ou + r] * (2 * s + g[r * f + r] * x[ou + r]);
            }
            total += quad;
            for (int k = feedback.userStart[u]; k < feedback.userStart[u + 1]; k++) {
                int oi = feedback.userItems[k] * f;
                double s = 0;
                for (int c = 0; c < f; c++) {
                    s += x[ou + c] * y[oi + c];
                }
                double conf = 1 + alpha * feedback.userValues[k];
                total += conf * (1 - s) * (1 - s) - s * s;
            }
        }
        double norms = 0;
        for (double v : x) {
            norms += v * v;
        }
        for (double v : y) {
            norms += v * v;
        }
        return total + lambda * norms;
    }
}
