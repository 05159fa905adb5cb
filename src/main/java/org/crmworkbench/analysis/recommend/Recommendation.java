package org.crmworkbench.analysis.recommend;

import java.util.Objects;

/**
 * One recommended product for a customer.
 *
 * @param item          product index in the rating matrix
 * @param score         the predicted rating when {@code scoreIsRating}, otherwise a relevance score (higher is better,
 *                      comparable only within one method)
 * @param scoreIsRating whether {@code score} is on the rating scale
 * @param explanation   why, including the {@link Explanation#source() source}
 */
public record Recommendation(int item, double score, boolean scoreIsRating, Explanation explanation) {
    public Recommendation {
        Objects.requireNonNull(explanation, "explanation");
    }

    public RecommendationSource source() {
        return explanation.source();
    }
}
