package org.crmworkbench.analysis.recommend;

import java.util.List;

/**
 * A fitted biased matrix factorisation, {@code r = mu + b_u + b_i + p_u . q_i}: predictions clipped to the scale,
 * scores (the unclipped predictions) for every product, explanations by the customer's rated products closest to the
 * recommended one in factor space, and products similar by the cosine of their factor vectors. Immutable; safe for
 * concurrent use. Accessors return copies.
 */
public final class BiasedFactorModel implements TrainedRecommender, SimilarItems {
    private final RatingMatrix ratings;
    private final int factors;
    private final double mu;
    private final double[] userBias;
    private final double[] itemBias;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double[] trainingLoss;
    private final FactorVectors vectors;

    BiasedFactorModel(RatingMatrix ratings, int factors, double mu, double[] userBias, double[] itemBias,
                      double[] userFactors, double[] itemFactors, double[] trainingLoss) {
        this.ratings = ratings;
        this.factors = factors;
        this.mu = mu;
        this.userBias = userBias;
        this.itemBias = itemBias;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.trainingLoss = trainingLoss;
        this.vectors = new FactorVectors(itemFactors, factors);
    }

    public int factors() {
        return factors;
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

    /** The customer's factor vector (a copy). */
    public double[] userFactors(int user) {
        return java.util.Arrays.copyOfRange(userFactors, user * factors, (user + 1) * factors);
    }

    /** The product's factor vector (a copy). */
    public double[] itemFactors(int item) {
        return java.util.Arrays.copyOfRange(itemFactors, item * factors, (item + 1) * factors);
    }

    /**
     * The training objective after each epoch: squared errors plus the L2 penalty, {@code sum e^2 + lambda (sum_u
     * n_u (|p_u|^2 + b_u^2) + sum_i n_i (|q_i|^2 + b_i^2))} (penalties weighted by rating counts, which is what
     * per-rating SGD updates minimise and what the ALS solves use).
     */
    public double[] trainingLoss() {
        return trainingLoss.clone();
    }

    @Override
    public RatingMatrix ratings() {
        return ratings;
    }

    @Override
    public RecommendationSource source() {
        return RecommendationSource.MATRIX_FACTORIZATION;
    }

    @Override
    public boolean predictsRatings() {
        return true;
    }

    @Override
    public double predict(int user, int item) {
        return ratings.clip(raw(user, item));
    }

    private double raw(int user, int item) {
        double s = mu + userBias[user] + itemBias[item];
        int ou = user * factors;
        int oi = item * factors;
        for (int k = 0; k < factors; k++) {
            s += userFactors[ou + k] * itemFactors[oi + k];
        }
        return s;
    }

    @Override
    public void score(int user, float[] scores) {
        for (int i = 0; i < itemBias.length; i++) {
            scores[i] = (float) raw(user, i);
        }
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        return Explanation.of(RecommendationSource.MATRIX_FACTORIZATION,
                vectors.closestOwned(ratings, user, item, limit, EvidenceKind.RATED_ITEM));
    }

    @Override
    public List<SimilarItem> similarTo(int item, int n) {
        return vectors.similarTo(item, n, RecommendationSource.MATRIX_FACTORIZATION);
    }
}
