package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted user-based kNN model. Predicted rating of product {@code i} by customer {@code u}: among the customers who
 * rated {@code i}, the {@code k} most similar to {@code u} with similarity above 0 give {@code mean_u + sum s_uv
 * (r_vi - mean_v) / sum |s_uv|}; without any, the customer's mean (the global mean for a customer without ratings);
 * clipped to the scale. Ranking takes {@code u}'s {@code k} nearest customers overall and scores each product one of
 * them rated by the same formula over those of them who rated it (NaN for the rest).
 *
 * <p>Immutable and safe for concurrent calls: a customer's similarities are computed per call into scratch space of
 * the calling thread, which also keeps the last customer's similarities so that successive calls for one customer
 * (as evaluation makes) compute them once.
 */
public final class UserKnnModel implements TrainedRecommender {
    private final RatingMatrix ratings;
    private final RecommenderSettings settings;
    private final float[] rowCentred;
    private final float[] columnCentred;
    private final ThreadLocal<UserSimilarities> scratch;

    UserKnnModel(RatingMatrix ratings, RecommenderSettings settings, float[] rowCentred, float[] columnCentred) {
        this.ratings = ratings;
        this.settings = settings;
        this.rowCentred = rowCentred;
        this.columnCentred = columnCentred;
        this.scratch = ThreadLocal.withInitial(() -> new UserSimilarities(ratings, rowCentred, columnCentred,
                settings.similarity(), settings.minOverlap(), settings.significance()));
    }

    @Override
    public RatingMatrix ratings() {
        return ratings;
    }

    @Override
    public RecommendationSource source() {
        return RecommendationSource.USER_KNN;
    }

    @Override
    public boolean predictsRatings() {
        return true;
    }

    /** Heap bytes the model holds besides the shared rating matrix: the centred ratings (scratch per thread apart). */
    public long modelBytes() {
        return 2 * 16L + 4L * rowCentred.length + 4L * columnCentred.length;
    }

    /** The customer's similarity to another customer; NaN when they have none (see {@link UserSimilarities}). */
    public double similarity(int user, int other) {
        return scratch.get().of(user).to(other);
    }

    private double baseline(int user) {
        double mean = ratings.userMean(user);
        return Double.isNaN(mean) ? ratings.globalMean() : mean;
    }

    /** The k most similar customers with a positive similarity who rated the item: customer indexes, best first. */
    private int neighboursWhoRated(UserSimilarities sims, int item, int[] users, float[] similarities) {
        NeighbourHeap heap = new NeighbourHeap(settings.neighbours());
        for (int q = ratings.itemStart[item]; q < ratings.itemStart[item + 1]; q++) {
            int v = ratings.itemUsers[q];
            float s = sims.to(v);
            if (s > 0) {
                heap.offer(v, s);
            }
        }
        return heap.drainInto(users, similarities);
    }

    @Override
    public double predict(int user, int item) {
        double mean = baseline(user);
        UserSimilarities sims = scratch.get().of(user);
        int k = Math.min(settings.neighbours(), ratings.ratingsOfItem(item));
        int[] users = new int[k];
        float[] similarities = new float[k];
        int n = neighboursWhoRated(sims, item, users, similarities);
        double num = 0;
        double den = 0;
        for (int t = 0; t < n; t++) {
            int v = users[t];
            num += similarities[t] * (ratings.value(v, item) - ratings.userMean(v));
            den += Math.abs(similarities[t]);
        }
        return ratings.clip(den > 0 ? mean + num / den : mean);
    }

    @Override
    public void score(int user, float[] scores) {
        int items = ratings.itemCount();
        UserSimilarities sims = scratch.get().of(user);
        NeighbourHeap heap = new NeighbourHeap(settings.neighbours());
        for (int t = 0; t < sims.candidates(); t++) {
            int v = sims.candidate(t);
            float s = sims.to(v);
            if (s > 0) {
                heap.offer(v, s);
            }
        }
        int[] users = new int[heap.size()];
        float[] similarities = new float[heap.size()];
        int n = heap.drainInto(users, similarities);
        double mean = baseline(user);
        double[] num = new double[items];
        double[] den = new double[items];
        for (int t = 0; t < n; t++) {
            int v = users[t];
            double s = similarities[t];
            double meanV = ratings.userMean(v);
            for (int p = ratings.userStart[v]; p < ratings.userStart[v + 1]; p++) {
                int i = ratings.userItems[p];
                num[i] += s * (ratings.userValues[p] - meanV);
                den[i] += Math.abs(s);
            }
        }
        for (int i = 0; i < items; i++) {
            scores[i] = den[i] > 0 ? (float) ratings.clip(mean + num[i] / den[i]) : Float.NaN;
        }
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        UserSimilarities sims = scratch.get().of(user);
        int k = Math.min(settings.neighbours(), ratings.ratingsOfItem(item));
        int[] users = new int[k];
        float[] similarities = new float[k];
        int n = Math.min(neighboursWhoRated(sims, item, users, similarities), Math.max(0, limit));
        List<Evidence> evidence = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            evidence.add(Evidence.neighbour(users[t], similarities[t], ratings.value(users[t], item)));
        }
        return Explanation.of(RecommendationSource.USER_KNN, evidence);
    }
}
