package org.crmworkbench.analysis.recommend;

import java.util.List;
import java.util.function.Function;
import org.crmworkbench.work.Progress;

/** Recommenders with known answers for evaluation tests. */
final class FakeRecommenders {
    private FakeRecommenders() {
    }

    /** How a fake predicts a customer's rating of a product; NaN for none. */
    interface Rule {
        double predict(int user, int item);
    }

    /**
     * A method that predicts with {@code rule} and scores with the prediction (NaN not recommendable); it ignores its
     * training data apart from keeping it.
     */
    static Recommender predicting(RecommenderSettings settings, Rule rule) {
        return new Recommender() {
            @Override
            public RecommenderSettings settings() {
                return settings;
            }

            @Override
            public TrainedRecommender fit(RecommenderInput input, Progress progress) {
                return new Trained(input.ratings(), rule);
            }
        };
    }

    /** Knows every rating, held out or not: predicts it exactly and scores only the customer's rated products. */
    static Recommender oracle(RecommenderSettings settings, RatingMatrix full) {
        return predicting(settings, full::value);
    }

    /** Predicts 4.5 / 1.5 by taste group (see {@link PlantedRatings}). */
    static Recommender planted(RecommenderSettings settings) {
        return predicting(settings, PlantedRatings::planted);
    }

    /** The planted prediction plus a small deterministic disturbance, so error sums are not round numbers. */
    static Recommender noisy(RecommenderSettings settings) {
        return predicting(settings, (u, i) -> PlantedRatings.planted(u, i) + ((u * 31 + i * 17) % 13 - 6) / 7.3);
    }

    /** Claims to predict ratings but never can. */
    static Recommender unable(RecommenderSettings settings) {
        return predicting(settings, (u, i) -> Double.NaN);
    }

    /**
     * The factory the bench tests use: MF the oracle, BASELINE and USER_KNN the planted prediction, HYBRID the noisy
     * one, CONTENT one that cannot predict, anything else the real method.
     */
    static Function<RecommenderSettings, Recommender> factory(RatingMatrix full) {
        return s -> switch (s.algorithm()) {
            case MF -> oracle(s, full);
            case BASELINE, USER_KNN -> planted(s);
            case HYBRID -> noisy(s);
            case CONTENT -> unable(s);
            default -> Recommenders.create(s);
        };
    }

    private record Trained(RatingMatrix ratings, Rule rule) implements TrainedRecommender {
        @Override
        public RecommendationSource source() {
            return RecommendationSource.BASELINE;
        }

        @Override
        public boolean predictsRatings() {
            return true;
        }

        @Override
        public double predict(int user, int item) {
            return rule.predict(user, item);
        }

        @Override
        public void score(int user, float[] scores) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] = (float) rule.predict(user, i);
            }
        }

        @Override
        public Explanation explain(int user, int item, int limit) {
            return Explanation.of(source(), List.of());
        }
    }
}
