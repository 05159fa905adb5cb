package org.crmworkbench.analysis.recommend;

/** A fitted recommender that ranks products without predicting ratings: {@link #predict} is always NaN. */
interface RankingModel extends TrainedRecommender {

    @Override
    default boolean predictsRatings() {
        return false;
    }

    @Override
    default double predict(int user, int item) {
        return Double.NaN;
    }
}
