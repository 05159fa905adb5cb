package org.crmworkbench.analysis.recommend;

import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * A stand-in collaborative method for hybrid tests: predicts the product's mean rating plus (when
 * {@code withUserBias}) the customer's offset from the global mean; products nobody rated get NaN.
 */
final class FakeRatingPredictor implements Recommender {
    private final RecommenderSettings settings;
    private final RecommendationSource source;
    private final boolean withUserBias;

    FakeRatingPredictor(RecommenderAlgorithm algorithm, RecommendationSource source, boolean withUserBias) {
        this.settings = RecommenderSettings.defaults(algorithm);
        this.source = source;
        this.withUserBias = withUserBias;
    }

    @Override
    public RecommenderSettings settings() {
        return settings;
    }

    @Override
    public TrainedRecommender fit(RecommenderInput input, Progress progress) {
        progress.checkCancelled();
        progress.worked(1, 1);
        RatingMatrix r = input.ratings();
        return new TrainedRecommender() {
            @Override
            public RatingMatrix ratings() {
                return r;
            }

            @Override
            public RecommendationSource source() {
                return source;
            }

            @Override
            public boolean predictsRatings() {
                return true;
            }

            @Override
            public double predict(int user, int item) {
                double m = r.itemMean(item);
                if (Double.isNaN(m)) {
                    return Double.NaN;
                }
                double bias = withUserBias && r.ratingsOfUser(user) > 0 ? r.userMean(user) - r.globalMean() : 0;
                return r.clip(m + bias);
            }

            @Override
            public void score(int user, float[] scores) {
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = (float) predict(user, i);
                }
            }

            @Override
            public Explanation explain(int user, int item, int limit) {
                return Explanation.of(source, List.of(Evidence.itemBias(item, r.itemMean(item) - r.globalMean())));
            }
        };
    }
}
