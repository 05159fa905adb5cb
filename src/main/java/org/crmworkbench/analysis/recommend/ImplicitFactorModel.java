package org.crmworkbench.analysis.recommend;

import java.util.List;

/**
 * A fitted implicit-feedback factorisation: a customer's score for a product is {@code x_u . y_i}, how strongly
 * the model expects them to want it (not a rating, so {@link #predict} is NaN). Customers and products without
 * feedback cannot be scored (NaN). Explanations name the customer's bought (or, when trained on ratings, rated)
 * products closest to the recommended one in factor space. Immutable; safe for concurrent use.
 */
public final class ImplicitFactorModel implements TrainedRecommender, SimilarItems {
    private final RatingMatrix ratings;
    private final RatingMatrix feedback;
    private final boolean fromPurchases;
    private final int factors;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double[] trainingLoss;
    private final FactorVectors vectors;

    ImplicitFactorModel(RatingMatrix ratings, RatingMatrix feedback, boolean fromPurchases, int factors,
                        double[] userFactors, double[] itemFactors, double[] trainingLoss) {
        this.ratings = ratings;
        this.feedback = feedback;
        this.fromPurchases = fromPurchases;
        this.factors = factors;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.trainingLoss = trainingLoss;
        this.vectors = new FactorVectors(itemFactors, factors);
    }

    public int factors() {
        return factors;
    }

    /** Whether it learnt from purchases (true) or, for want of them, from ratings. */
    public boolean fromPurchases() {
        return fromPurchases;
    }

    /** The feedback it learnt from: units bought, or ratings. */
    public RatingMatrix feedback() {
        return feedback;
    }

    public double[] userFactors(int user) {
        return java.util.Arrays.copyOfRange(userFactors, user * factors, (user + 1) * factors);
    }

    public double[] itemFactors(int item) {
        return java.util.Arrays.copyOfRange(itemFactors, item * factors, (item + 1) * factors);
    }

    /** The weighted objective after each epoch (see {@link ImplicitAls}). */
    public double[] trainingLoss() {
        return trainingLoss.clone();
    }

    @Override
    public RatingMatrix ratings() {
        return ratings;
    }

    @Override
    public RecommendationSource source() {
        return RecommendationSource.IMPLICIT_ALS;
    }

    @Override
    public boolean predictsRatings() {
        return false;
    }

    @Override
    public double predict(int user, int item) {
        return Double.NaN;
    }

    @Override
    public void score(int user, float[] scores) {
        int n = scores.length;
        if (feedback.ratingsOfUser(user) == 0) {
            java.util.Arrays.fill(scores, 0, n, Float.NaN);
            return;
        }
        int ou = user * factors;
        for (int i = 0; i < n; i++) {
            if (feedback.ratingsOfItem(i) == 0) {
                scores[i] = Float.NaN;
                continue;
            }
            int oi = i * factors;
            double s = 0;
            for (int k = 0; k < factors; k++) {
                s += userFactors[ou + k] * itemFactors[oi + k];
            }
            scores[i] = (float) s;
        }
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        return Explanation.of(RecommendationSource.IMPLICIT_ALS, vectors.closestOwned(feedback, user, item, limit,
                fromPurchases ? EvidenceKind.PURCHASED_ITEM : EvidenceKind.RATED_ITEM));
    }

    @Override
    public List<SimilarItem> similarTo(int item, int n) {
        return vectors.similarTo(item, n, RecommendationSource.IMPLICIT_ALS);
    }
}
