package org.crmworkbench.analysis.recommend;

/**
 * A fitted implicit-feedback factorisation: a customer's score for a product is {@code x_u . y_i}, how strongly
 * the model expects them to want it (not a rating, so {@link #predict} is NaN). Customers and products without
 * feedback cannot be scored (NaN). Explanations name the customer's bought (or, when trained on ratings, rated)
 * products closest to the recommended one in factor space. Its {@link #trainingLoss()} is the weighted objective
 * of {@link ImplicitAls}. Immutable; safe for concurrent use.
 */
public final class ImplicitFactorModel extends FactorModel implements RankingModel {
    private final RatingMatrix feedback;
    private final boolean fromPurchases;

    ImplicitFactorModel(RatingMatrix ratings, RatingMatrix feedback, boolean fromPurchases, int factors,
                        double[] userFactors, double[] itemFactors, double[] trainingLoss) {
        super(ratings, factors, userFactors, itemFactors, trainingLoss);
        this.feedback = feedback;
        this.fromPurchases = fromPurchases;
    }

    /** Whether it learnt from purchases (true) or, for want of them, from ratings. */
    public boolean fromPurchases() {
        return fromPurchases;
    }

    /** The feedback it learnt from: units bought, or ratings. */
    public RatingMatrix feedback() {
        return feedback;
    }

    @Override
    public RecommendationSource source() {
        return RecommendationSource.IMPLICIT_ALS;
    }

    @Override
    public void score(int user, float[] scores) {
        int n = scores.length;
        if (feedback.ratingsOfUser(user) == 0) {
            java.util.Arrays.fill(scores, 0, n, Float.NaN);
            return;
        }
        for (int i = 0; i < n; i++) {
            scores[i] = feedback.ratingsOfItem(i) == 0 ? Float.NaN : (float) dot(user, i, 0);
        }
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        return closestOwned(feedback, user, item, limit,
                fromPurchases ? EvidenceKind.PURCHASED_ITEM : EvidenceKind.RATED_ITEM);
    }
}
