package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted item-based kNN model: every product's candidate neighbours (most similar first), the same lists turned
 * round (for each product, the products whose lists hold it and at which place), both as compressed rows, and the
 * bias baseline.
 *
 * <p>Predicted rating of product {@code i} by customer {@code u} (Surprise's {@code KNNBaseline}, item-based):
 * {@code b_ui + sum_j s_ij (r_uj - b_uj) / sum_j s_ij} over {@code N_k(i; u)}, the {@code k} products most similar
 * to {@code i} among those {@code u} rated (positive similarities only, ties to the lower index), where
 * {@code b_ui = mu + b_u + b_i} is the regularised bias baseline ({@link BiasBaseline}) fitted on the same ratings.
 * With fewer than {@code min_k} such neighbours the prediction is {@code b_ui} alone, and the explanation says so
 * ({@link EvidenceKind#TOO_FEW_NEIGHBOURS}). Clipped to the rating scale. Scores for ranking are the same predictions
 * before clipping (so products above the top of the scale keep their order), NaN for products nobody rated. Immutable and safe for concurrent calls.
 */
public final class ItemKnnModel implements TrainedRecommender, SimilarItems {
    private final RatingMatrix ratings;
    private final NeighbourLists neighbours;
    /**
     * For product j: the products i whose candidates hold j, j's place in i's list (0 = most similar; lists are at
     * most {@link ItemKnnRecommender#MAX_CANDIDATES} long) and the similarity.
     */
    private final int[] reverseStart;
    private final int[] reverseItem;
    private final char[] reversePlace;
    private final float[] reverseSimilarity;
    /** 64-bit words per product of a bitmap over places in its list. */
    private final int words;
    private final BiasBaseline.Model biases;
    private final int k;
    private final int minK;

    ItemKnnModel(RatingMatrix ratings, NeighbourLists neighbours, BiasBaseline.Model biases, int k, int minK) {
        this.ratings = ratings;
        this.neighbours = neighbours;
        this.biases = biases;
        this.k = k;
        this.minK = minK;
        int rows = neighbours.rows();
        reverseStart = new int[rows + 1];
        int longest = 0;
        for (int e = 0; e < neighbours.index.length; e++) {
            reverseStart[neighbours.index[e] + 1]++;
        }
        for (int j = 0; j < rows; j++) {
            reverseStart[j + 1] += reverseStart[j];
            longest = Math.max(longest, neighbours.size(j));
        }
        words = Math.max(1, (longest + 63) >>> 6);
        int[] fill = Arrays.copyOf(reverseStart, rows);
        reverseItem = new int[neighbours.index.length];
        reversePlace = new char[neighbours.index.length];
        reverseSimilarity = new float[neighbours.index.length];
        for (int i = 0; i < rows; i++) {
            for (int e = neighbours.start[i]; e < neighbours.start[i + 1]; e++) {
                int at = fill[neighbours.index[e]]++;
                reverseItem[at] = i;
                reversePlace[at] = (char) (e - neighbours.start[i]);
                reverseSimilarity[at] = neighbours.similarity[e];
            }
        }
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
        return neighbours.bytes() + 3L * 16 + 4L * (reverseStart.length + reverseItem.length + reverseSimilarity.length)
                + 2L * reversePlace.length;
    }

    /** Number of stored candidate entries over all products. */
    public int neighbourCount() {
        return neighbours.index.length;
    }

    /** The bias baseline {@code mu + b_u + b_i} the neighbours' residuals are added to (unclipped). */
    double baseline(int user, int item) {
        return biases.unclipped(user, item);
    }

    /** The customer's residuals from the baseline on the products they rated, NaN elsewhere. */
    private double[] residuals(int user) {
        double[] dev = new double[ratings.itemCount()];
        Arrays.fill(dev, Double.NaN);
        for (int p = ratings.userStart[user]; p < ratings.userStart[user + 1]; p++) {
            int j = ratings.userItems[p];
            dev[j] = ratings.userValues[p] - biases.unclipped(user, j);
        }
        return dev;
    }

    /**
     * The neighbours {@code N_k(i; u)}: positions in the candidate list of {@code item} of the (at most k) most
     * similar products the customer rated, best first.
     */
    private int neighbourPositions(int user, int item, int[] out) {
        int found = 0;
        for (int e = neighbours.start[item]; e < neighbours.start[item + 1] && found < k; e++) {
            if (!Float.isNaN(ratings.value(user, neighbours.index[e]))) {
                out[found++] = e;
            }
        }
        return found;
    }

    @Override
    public double predict(int user, int item) {
        int[] chosen = new int[k];
        int found = neighbourPositions(user, item, chosen);
        double base = baseline(user, item);
        if (found < minK) {
            return ratings.clip(base);
        }
        double num = 0;
        double den = 0;
        for (int t = 0; t < found; t++) {
            int e = chosen[t];
            int j = neighbours.index[e];
            float s = neighbours.similarity[e];
            num += s * (ratings.value(user, j) - biases.unclipped(user, j));
            den += s;
        }
        return ratings.clip(den > 0 ? base + num / den : base);
    }

    /**
     * Every product's prediction at once: through the transposed lists, each product rated by the customer adds its
     * residual to the products whose candidates hold it and marks its place in their lists; a product with more than
     * k such entries is summed again over its first k marked places (its k most similar).
     */
    @Override
    public void score(int user, float[] scores) {
        int n = ratings.itemCount();
        double[] dev = residuals(user);
        double[] num = new double[n];
        double[] den = new double[n];
        int[] hits = new int[n];
        long[] marked = new long[n * words];
        int[] start = neighbours.start;
        float[] similarity = neighbours.similarity;
        for (int p = ratings.userStart[user]; p < ratings.userStart[user + 1]; p++) {
            int j = ratings.userItems[p];
            double d = dev[j];
            for (int e = reverseStart[j]; e < reverseStart[j + 1]; e++) {
                int i = reverseItem[e];
                int place = reversePlace[e];
                float s = reverseSimilarity[e];
                num[i] += s * d;
                den[i] += s;
                hits[i]++;
                marked[i * words + (place >>> 6)] |= 1L << place;
            }
        }
        for (int i = 0; i < n; i++) {
            if (ratings.ratingsOfItem(i) == 0) {
                scores[i] = Float.NaN;
                continue;
            }
            if (hits[i] > k) {
                num[i] = 0;
                den[i] = 0;
                int found = 0;
                for (int w = 0; w < words && found < k; w++) {
                    long bits = marked[i * words + w];
                    while (bits != 0 && found < k) {
                        int e = start[i] + (w << 6) + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        num[i] += similarity[e] * dev[neighbours.index[e]];
                        den[i] += similarity[e];
                        found++;
                    }
                }
                hits[i] = found;
            }
            double base = baseline(user, i);
            scores[i] = (float) (hits[i] >= minK && den[i] > 0 ? base + num[i] / den[i] : base);
        }
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        int[] chosen = new int[k];
        int found = neighbourPositions(user, item, chosen);
        List<Evidence> evidence = new ArrayList<>();
        if (found < minK && limit > 0) {
            evidence.add(Evidence.tooFewNeighbours(found, minK, ratings.clip(baseline(user, item))));
        }
        for (int t = 0; t < found && evidence.size() < Math.max(0, limit); t++) {
            int e = chosen[t];
            int j = neighbours.index[e];
            evidence.add(Evidence.ratedItem(j, neighbours.similarity[e], ratings.value(user, j)));
        }
        return Explanation.of(RecommendationSource.ITEM_KNN, evidence);
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

    /** The stored candidates of a product, most similar first (a copy). */
    int[] neighbourIndexes(int item) {
        return Arrays.copyOfRange(neighbours.index, neighbours.start[item], neighbours.start[item + 1]);
    }

    /** The stored similarities of a product's candidates, in the order of {@link #neighbourIndexes} (a copy). */
    float[] neighbourSimilarities(int item) {
        return Arrays.copyOfRange(neighbours.similarity, neighbours.start[item], neighbours.start[item + 1]);
    }

    /** How many neighbours {@code N_k(i; u)} has for this customer and product (at most k). */
    int neighboursUsed(int user, int item) {
        return neighbourPositions(user, item, new int[k]);
    }
}
