package org.crmworkbench.analysis.recommend;

/**
 * A fitted recommender that predicts ratings and ranks by them: its score for a product is the prediction before
 * clipping to the scale (so products keep their order above the top of the scale), its prediction the same clipped.
 */
interface RatingModel extends TrainedRecommender {

    /** The predicted rating before clipping to the scale. */
    double unclipped(int user, int item);

    @Override
    default boolean predictsRatings() {
        return true;
    }

    @Override
    default double predict(int user, int item) {
        return ratings().clip(unclipped(user, item));
    }

    @Override
    default void score(int user, float[] scores) {
        int items = ratings().itemCount();
        for (int i = 0; i < items; i++) {
            scores[i] = (float) unclipped(user, i);
        }
    }
}
