package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted item-based kNN model: every product's stored neighbours (most similar first) and the same lists turned
 * round (for each product, the products whose lists hold it), both as compressed rows.
 *
 * <p>Predicted rating of product {@code i} by customer {@code u}: {@code mean_u + sum s_ij (r_uj - mean_u) / sum
 * |s_ij|} over the stored neighbours {@code j} of {@code i} that {@code u} rated; when {@code u} rated none of them,
 * the customer's mean (the global mean for a customer without ratings); clipped to the rating scale. Scores for
 * ranking are the same predictions, NaN for products none of whose neighbours the customer rated. Immutable and safe
 * for concurrent calls.
 */
public final class ItemKnnModel implements TrainedRecommender, SimilarItems {
    private final RatingMatrix ratings;
    private final NeighbourLists neighbours;
    private final NeighbourLists reverse;

    ItemKnnModel(RatingMatrix ratings, NeighbourLists neighbours) {
        this.ratings = ratings;
        this.neighbours = neighbours;
        this.reverse = neighbours.transpose();
    }

    @Override
    public RatingMatrix ratings() {
        return ratings;
    }

    @Override
    public RecommendationSource source() {
        return RecommendationSource.ITEM_KNN;
    }

    @Override
    public boolean predictsRatings() {
        return true;
    }

    /** Heap bytes of the neighbour lists and their transpose (the rating matrix, shared, not counted). */
    public long modelBytes() {
        return neighbours.bytes() + reverse.bytes();
    }

    /** Number of stored neighbour entries over all products. */
    public int neighbourCount() {
        return neighbours.index.length;
    }

    private double baseline(int user) {
        double mean = ratings.userMean(user);
        return Double.isNaN(mean) ? ratings.globalMean() : mean;
    }

    @Override
    public double predict(int user, int item) {
        double mean = baseline(user);
        double num = 0;
        double den = 0;
        for (int e = neighbours.start[item]; e < neighbours.start[item + 1]; e++) {
            float rating = ratings.value(user, neighbours.index[e]);
            if (!Float.isNaN(rating)) {
                float s = neighbours.similarity[e];
                num += s * (rating - mean);
                den += Math.abs(s);
            }
        }
        return ratings.clip(den > 0 ? mean + num / den : mean);
    }

    @Override
    public void score(int user, float[] scores) {
        int n = ratings.itemCount();
        double mean = baseline(user);
        double[] num = new double[n];
        double[] den = new double[n];
        for (int p = ratings.userStart[user]; p < ratings.userStart[user + 1]; p++) {
            int j = ratings.userItems[p];
            double deviation = ratings.userValues[p] - mean;
            for (int e = reverse.start[j]; e < reverse.start[j + 1]; e++) {
                int i = reverse.index[e];
                float s = reverse.similarity[e];
                num[i] += s * deviation;
                den[i] += Math.abs(s);
            }
        }
        for (int i = 0; i < n; i++) {
            scores[i] = den[i] > 0 ? (float) ratings.clip(mean + num[i] / den[i]) : Float.NaN;
        }
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        List<Evidence> evidence = new ArrayList<>();
        for (int e = neighbours.start[item]; e < neighbours.start[item + 1]; e++) {
            int j = neighbours.index[e];
            float rating = ratings.value(user, j);
            if (!Float.isNaN(rating)) {
                evidence.add(Evidence.ratedItem(j, neighbours.similarity[e], rating));
            }
        }
        evidence.sort((a, b) -> {
            int c = Double.compare(Math.abs(b.similarity()), Math.abs(a.similarity()));
            return c != 0 ? c : Integer.compare(a.index(), b.index());
        });
        return Explanation.of(RecommendationSource.ITEM_KNN,
                evidence.subList(0, Math.min(Math.max(0, limit), evidence.size())));
    }

    @Override
    public List<SimilarItem> similarTo(int item, int n) {
        int from = neighbours.start[item];
        int to = Math.min(neighbours.start[item + 1], from + Math.max(0, n));
        List<SimilarItem> out = new ArrayList<>(to - from);
        for (int e = from; e < to; e++) {
            out.add(new SimilarItem(neighbours.index[e], neighbours.similarity[e], RecommendationSource.ITEM_KNN));
        }
        return out;
    }

    /** The stored neighbours of a product, most similar first (a copy). */
    int[] neighbourIndexes(int item) {
        return Arrays.copyOfRange(neighbours.index, neighbours.start[item], neighbours.start[item + 1]);
    }

    /** The stored similarities of a product's neighbours, in the order of {@link #neighbourIndexes} (a copy). */
    float[] neighbourSimilarities(int item) {
        return Arrays.copyOfRange(neighbours.similarity, neighbours.start[item], neighbours.start[item + 1]);
    }
}
