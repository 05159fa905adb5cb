package org.crmworkbench.analysis.recommend;

import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Recommends what most customers rated, ordered by number of ratings with the mean rating breaking near ties: the
 * score is the count of ratings plus the mean rating over one more than the top of the scale (so 30 ratings averaging
 * 4.5 beat 30 averaging 3.0, but never beat 31 ratings, whatever the scale). Products without ratings cannot be recommended. Predicts no ratings.
 */
public record PopularityRecommender(RecommenderSettings settings) implements Recommender {
    @Override
    public TrainedRecommender fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        float[] popularity = new float[r.itemCount()];
        for (int i = 0; i < popularity.length; i++) {
            int count = r.ratingsOfItem(i);
            popularity[i] = count == 0 ? Float.NaN : (float) (count + r.itemMean(i) / (Math.abs(r.maxValue()) + 1.0));
        }
        progress.worked(1, 1);
        return new Trained(r, popularity);
    }

    private record Trained(RatingMatrix ratings, float[] popularity) implements RankingModel {
        @Override
        public RecommendationSource source() {
            return RecommendationSource.POPULARITY;
        }

        @Override
        public void score(int user, float[] scores) {
            System.arraycopy(popularity, 0, scores, 0, popularity.length);
        }

        @Override
        public Explanation explain(int user, int item, int limit) {
            return Explanation.of(RecommendationSource.POPULARITY,
                    List.of(Evidence.popularity(item, ratings.ratingsOfItem(item), ratings.itemMean(item))));
        }
    }
}
