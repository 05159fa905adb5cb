package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A recommender fitted to ratings. Implementations are immutable after fitting and safe to call from several
 * threads at once (evaluation scores customers in parallel), so scratch buffers are per call.
 */
public interface TrainedRecommender {

    /** The ratings it was trained on; customer and product indexes refer to this matrix. */
    RatingMatrix ratings();

    /** The method, for explanations of methods with one source. */
    RecommendationSource source();

    /** Whether {@link #predict} gives ratings on the data's scale (popularity and content-based do not). */
    boolean predictsRatings();

    /** The predicted rating of a product by a customer, clipped to the scale; NaN when this method does not predict. */
    double predict(int user, int item);

    /**
     * Fills {@code scores[item]} for every product with how strongly to recommend it to the customer: higher is
     * better, NaN means it cannot be recommended by this method. Products the customer already rated get a score too;
     * callers exclude them.
     */
    void score(int user, float[] scores);

    /** Why this product would be recommended to this customer: evidence, strongest first, at most {@code limit}. */
    Explanation explain(int user, int item, int limit);

    /** The {@code n} best products the customer has not rated, best first, each with its explanation. */
    default List<Recommendation> recommend(int user, int n) {
        return recommend(user, n, item -> ratings().hasRated(user, item));
    }

    /**
     * The {@code n} best products not {@code excluded} (the faces leave out what the customer rated or bought), best
     * first, each with its explanation. A method that predicts ratings shows the score it ranked by, clipped to the
     * rating scale, so the list reads in order.
     */
    default List<Recommendation> recommend(int user, int n, IntPredicate excluded) {
        RatingMatrix r = ratings();
        float[] scores = new float[r.itemCount()];
        score(user, scores);
        int[] top = TopItems.select(scores, n, excluded);
        List<Recommendation> out = new ArrayList<>(top.length);
        boolean rating = predictsRatings();
        for (int item : top) {
            out.add(new Recommendation(item, rating ? r.clip(scores[item]) : scores[item], rating,
                    explain(user, item, 5)));
        }
        return out;
    }
}
