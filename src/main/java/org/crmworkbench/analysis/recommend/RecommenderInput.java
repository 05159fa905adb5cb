package org.crmworkbench.analysis.recommend;

import java.util.Objects;

/**
 * What a recommender is trained on: ratings, purchases (implicit feedback) and product texts, all over the same
 * customer and product numbering. {@code purchases} may have no entries and {@code texts} may be empty strings when
 * the data set has none.
 */
public record RecommenderInput(RatingMatrix ratings, RatingMatrix purchases, ItemTexts texts) {
    public RecommenderInput {
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(texts, "texts");
        if (purchases.userCount() != ratings.userCount() || purchases.itemCount() != ratings.itemCount()) {
            throw new IllegalArgumentException("purchases and ratings are over different customers or products");
        }
        if (texts.size() != ratings.itemCount()) {
            throw new IllegalArgumentException(texts.size() + " product texts for " + ratings.itemCount()
                    + " products");
        }
    }

    /** Ratings alone: no purchases, no texts. */
    public static RecommenderInput ratingsOnly(RatingMatrix ratings) {
        return new RecommenderInput(ratings, ratings.keep(new boolean[ratings.size()]),
                ItemTexts.none(ratings.itemCount()));
    }

    /** The same purchases and texts with other ratings over the same numbering (a training split). */
    public RecommenderInput withRatings(RatingMatrix train) {
        return new RecommenderInput(train, purchases, texts);
    }
}
