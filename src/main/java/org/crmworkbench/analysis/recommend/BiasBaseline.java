package org.crmworkbench.analysis.recommend;

import java.util.List;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * The baseline predictor: global mean plus a customer bias and a product bias, {@code r = mu + b_u + b_i}.
 *
 * <p>The biases minimise {@code sum (r - mu - b_u - b_i)^2 + lambda_u sum b_u^2 + lambda_i sum b_i^2}, fitted by
 * alternating exact updates (Koren's recipe): {@code b_i = sum_u (r - mu - b_u) / (lambda_i + n_i)}, then
 * {@code b_u = sum_i (r - mu - b_i) / (lambda_u + n_u)}, repeated until no bias moves by more than
 * {@value #TOLERANCE} stars (at most {@value #MAX_PASSES} passes). The shrinkages are in rating counts: a product
 * with n ratings has its mean deviation scaled by n / (n + lambda_i).
 *
 * <p>{@link RecommenderSettings#regularisation()} is the per-rating L2 penalty of matrix factorisation; the baseline
 * turns it into shrinkage counts as {@code lambda_i = } {@value #ITEM_SHRINKAGE_PER_REGULARISATION} {@code x
 * regularisation} and {@code lambda_u = } {@value #USER_SHRINKAGE_PER_REGULARISATION} {@code x regularisation},
 * so the default 0.05 gives Koren's suggested 10 and 15; 0 gives the plain two-way additive least-squares fit.
 *
 * <p>Customers and products without ratings get bias 0. Scores are the predictions before clipping to the scale, so
 * products keep their order above the top of the scale; {@link TrainedRecommender#predict} clips.
 */
public record BiasBaseline(RecommenderSettings settings) implements Recommender {
    public static final double ITEM_SHRINKAGE_PER_REGULARISATION = 200;
    public static final double USER_SHRINKAGE_PER_REGULARISATION = 300;
    static final int MAX_PASSES = 200;
    static final double TOLERANCE = 1e-7;

    @Override
    public Model fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        requireRatings(r);
        progress.stage("recommend.stage.biases");
        double lambdaItem = ITEM_SHRINKAGE_PER_REGULARISATION * settings.regularisation();
        double lambdaUser = USER_SHRINKAGE_PER_REGULARISATION * settings.regularisation();
        double mu = r.globalMean();
        double[] bu = new double[r.userCount()];
        double[] bi = new double[r.itemCount()];
        int passes = 0;
        double moved = Double.POSITIVE_INFINITY;
        while (passes < MAX_PASSES && moved > TOLERANCE) {
            progress.checkCancelled();
            moved = 0;
            for (int i = 0; i < bi.length; i++) {
                int n = r.itemStart[i + 1] - r.itemStart[i];
                if (n == 0) {
                    continue;
                }
                double s = 0;
                for (int p = r.itemStart[i]; p < r.itemStart[i + 1]; p++) {
                    s += r.itemValues[p] - mu - bu[r.itemUsers[p]];
                }
                double b = s / (lambdaItem + n);
                moved = Math.max(moved, Math.abs(b - bi[i]));
                bi[i] = b;
            }
            for (int u = 0; u < bu.length; u++) {
                int n = r.userStart[u + 1] - r.userStart[u];
                if (n == 0) {
                    continue;
                }
                double s = 0;
                for (int p = r.userStart[u]; p < r.userStart[u + 1]; p++) {
                    s += r.userValues[p] - mu - bi[r.userItems[p]];
                }
                double b = s / (lambdaUser + n);
                moved = Math.max(moved, Math.abs(b - bu[u]));
                bu[u] = b;
            }
            passes++;
            progress.worked(passes, MAX_PASSES);
        }
        progress.worked(1, 1);
        return new Model(r, mu, bu, bi, passes);
    }

    static void requireRatings(RatingMatrix r) {
        if (r.size() == 0) {
            throw new BadParameterException("input", "recommend.fit.noRatings", "there are no ratings to learn from");
        }
    }

    /** The fitted biases. Immutable; safe for concurrent use. */
    public static final class Model implements RatingModel {
        private final RatingMatrix ratings;
        private final double mu;
        private final double[] userBias;
        private final double[] itemBias;
        private final int passes;

        Model(RatingMatrix ratings, double mu, double[] userBias, double[] itemBias, int passes) {
            this.ratings = ratings;
            this.mu = mu;
            this.userBias = userBias;
            this.itemBias = itemBias;
            this.passes = passes;
        }

        /** The mean of all training ratings. */
        public double globalMean() {
            return mu;
        }

        /** How far the customer rates above (positive) or below the global mean, after shrinkage. */
        public double userBias(int user) {
            return userBias[user];
        }

        /** How far the product is rated above (positive) or below the global mean, after shrinkage. */
        public double itemBias(int item) {
            return itemBias[item];
        }

        /** A copy of all customer biases. */
        public double[] userBiases() {
            return userBias.clone();
        }

        /** A copy of all product biases. */
        public double[] itemBiases() {
            return itemBias.clone();
        }

        /** Alternating passes the fit took. */
        public int passes() {
            return passes;
        }

        @Override
        public RatingMatrix ratings() {
            return ratings;
        }

        @Override
        public RecommendationSource source() {
            return RecommendationSource.BASELINE;
        }

        @Override
        public double unclipped(int user, int item) {
            return mu + userBias[user] + itemBias[item];
        }

        @Override
        public Explanation explain(int user, int item, int limit) {
            return Explanation.of(RecommendationSource.BASELINE,
                    limit <= 0 ? List.of() : List.of(Evidence.itemBias(item, itemBias[item])));
        }
    }
}
