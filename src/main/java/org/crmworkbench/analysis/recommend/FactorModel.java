package org.crmworkbench.analysis.recommend;

import java.util.Arrays;
import java.util.List;

/**
 * A fitted factorisation: a factor vector per customer and per product (flat, {@link #factors()} values a row), the
 * training objective after each epoch, products similar by the cosine of their factor vectors, and explanations by
 * the customer's own products closest to the recommended one in factor space. Immutable; safe for concurrent use.
 * Accessors return copies.
 */
public abstract class FactorModel implements TrainedRecommender, SimilarItems {
    private final RatingMatrix ratings;
    private final int factors;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final double[] trainingLoss;
    private final FactorVectors vectors;

    FactorModel(RatingMatrix ratings, int factors, double[] userFactors, double[] itemFactors,
                double[] trainingLoss) {
        this.ratings = ratings;
        this.factors = factors;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.trainingLoss = trainingLoss;
        this.vectors = new FactorVectors(itemFactors, factors);
    }

    public int factors() {
        return factors;
    }

    /** The customer's factor vector (a copy). */
    public double[] userFactors(int user) {
        return Arrays.copyOfRange(userFactors, user * factors, (user + 1) * factors);
    }

    /** The product's factor vector (a copy). */
    public double[] itemFactors(int item) {
        return Arrays.copyOfRange(itemFactors, item * factors, (item + 1) * factors);
    }

    /** The training objective after each epoch (what the fitting method minimises; see the model's class). */
    public double[] trainingLoss() {
        return trainingLoss.clone();
    }

    @Override
    public RatingMatrix ratings() {
        return ratings;
    }

    @Override
    public List<SimilarItem> similarTo(int item, int n) {
        return vectors.similarTo(item, n, source());
    }

    /** {@code start} plus the products of the customer's and the product's factors, added in factor order. */
    final double dot(int user, int item, double start) {
        double s = start;
        int ou = user * factors;
        int oi = item * factors;
        for (int k = 0; k < factors; k++) {
            s += userFactors[ou + k] * itemFactors[oi + k];
        }
        return s;
    }

    /** Explains by the customer's products in {@code feedback} closest to {@code item}, as evidence of {@code kind}. */
    final Explanation closestOwned(RatingMatrix feedback, int user, int item, int limit, EvidenceKind kind) {
        return Explanation.of(source(), vectors.closestOwned(feedback, user, item, limit, kind));
    }
}
