package org.crmworkbench.analysis.recommend;

/**
 * A fitted biased matrix factorisation, {@code r = mu + b_u + b_i + p_u . q_i}: predictions clipped to the scale,
 * scores (the unclipped predictions) for every product, explanations by the customer's rated products closest to the
 * recommended one in factor space, and products similar by the cosine of their factor vectors. Its
 * {@link #trainingLoss()} is the squared errors plus the L2 penalty, {@code sum e^2 + lambda (sum_u n_u (|p_u|^2 +
 * b_u^2) + sum_i n_i (|q_i|^2 + b_i^2))} (penalties weighted by rating counts, which is what per-rating SGD updates
 * minimise and what the ALS solves use). Immutable; safe for concurrent use. Accessors return copies.
 */
public final class BiasedFactorModel extends FactorModel implements RatingModel {
    private final double mu;
    private final double[] userBias;
    private final double[] itemBias;

    BiasedFactorModel(RatingMatrix ratings, int factors, double mu, double[] userBias, double[] itemBias,
                      double[] userFactors, double[] itemFactors, double[] trainingLoss) {
        super(ratings, factors, userFactors, itemFactors, trainingLoss);
        this.mu = mu;
        this.userBias = userBias;
        this.itemBias = itemBias;
    }

    /**
     * A model fitted elsewhere (another engine's ALS) on {@code ratings}: biases per customer and product index,
     * factors row after row ({@code factors} values per customer, then per product), and the training loss per
     * iteration where known (may be empty).
     */
    public static BiasedFactorModel fitted(RatingMatrix ratings, int factors, double mu, double[] userBias,
                                           double[] itemBias, double[] userFactors, double[] itemFactors,
                                           double[] trainingLoss) {
        if (userBias.length != ratings.userCount() || itemBias.length != ratings.itemCount()
                || userFactors.length != (long) ratings.userCount() * factors
                || itemFactors.length != (long) ratings.itemCount() * factors) {
            throw new IllegalArgumentException("biases or factors do not match the " + ratings.userCount()
                    + " customers and " + ratings.itemCount() + " products with " + factors + " factors");
        }
        return new BiasedFactorModel(ratings, factors, mu, userBias.clone(), itemBias.clone(), userFactors.clone(),
                itemFactors.clone(), trainingLoss.clone());
    }

    public double globalMean() {
        return mu;
    }

    public double userBias(int user) {
        return userBias[user];
    }

    public double itemBias(int item) {
        return itemBias[item];
    }

    @Override
    public RecommendationSource source() {
        return RecommendationSource.MATRIX_FACTORIZATION;
    }

    @Override
    public double unclipped(int user, int item) {
        return dot(user, item, mu + userBias[user] + itemBias[item]);
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        return closestOwned(ratings(), user, item, limit, EvidenceKind.RATED_ITEM);
    }
}
