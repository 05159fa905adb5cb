package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted item-based kNN model: every product's stored neighbours (most similar first) and the same lists turned
 * round (for each product, the products whose lists hold it), both as compressed rows.
 *
 * <p>Predicted rating of product {@code i} by customer {@code u}: {@code b_ui + sum s_ij (r_uj - b_uj) / sum |s_ij|}
 * over the stored neighbours {@code j} of {@code i} that {@code u} rated, where {@code b_ui = mu + b_u + b_i} is the
 * regularised bias baseline ({@link BiasBaseline}) fitted on the same ratings (Koren's neighbourhood model with
 * baseline estimates); when {@code u} rated none of them, {@code b_ui}; clipped to the rating scale. On the benchmark
 * data (1M ratings, top-50 cosine) this cut item-kNN's RMSE from 0.765 with the customer mean as baseline to 0.717
 * (see RecommendBenchmark). Scores for ranking are the same predictions, NaN for products none of whose neighbours the
 * customer rated. Immutable and safe for concurrent calls.
 */
public final class ItemKnnModel implements TrainedRecommender, SimilarItems {
    private final RatingMatrix ratings;
    private final NeighbourLists neighbours;
    private final NeighbourLists reverse;
    private final BiasBaseline.Model biases;

    ItemKnnModel(RatingMatrix ratings, NeighbourLists neighbours, BiasBaseline.Model biases) {
        this.ratings = ratings;
        this.neighbours = neighbours;
        this.biases = biases;
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

    /** The bias baseline {@code mu + b_u + b_i} the neighbours' deviations are added to (unclipped). */
    double baseline(int user, int item) {
        return biases.globalMean() + biases.userBias(user) + biases.itemBias(item);
    }

    @Override
    public double predict(int user, int item) {
        double num = 0;
        double den = 0;
        double userPart = biases.globalMean() + biases.userBias(user);
        for (int e = neighbours.start[item]; e < neighbours.start[item + 1]; e++) {
            int j = neighbours.index[e];
            float rating = ratings.value(user, j);
            if (!Float.isNaN(rating)) {
                float s = neighbours.similarity[e];
                num += s * (rating - userPart - biases.itemBias(j));
                den += Math.abs(s);
            }
        }
        double base = baseline(user, item);
        return ratings.clip(den > 0 ? base + num / den : base);
    }

    @Override
    public void score(int user, float[] scores) {
        int n = ratings.itemCount();
        double userPart = biases.globalMean() + biases.userBias(user);
        double[] num = new double[n];
        double[] den = new double[n];
        for (int p = ratings.userStart[user]; p < ratings.userStart[user + 1]; p++) {
            int j = ratings.userItems[p];
            double deviation = ratings.userValues[p] - userPart - biases.itemBias(j);
            for (int e = reverse.start[j]; e < reverse.start[j + 1]; e++) {
                int i = reverse.index[e];
                float s = reverse.similarity[e];
                num[i] += s * deviation;
                den[i] += Math.abs(s);
            }
        }
        for (int i = 0; i < n; i++) {
            scores[i] = den[i] > 0 ? (float) ratings.clip(userPart + biases.itemBias(i) + num[i] / den[i])
                    : Float.NaN;
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
