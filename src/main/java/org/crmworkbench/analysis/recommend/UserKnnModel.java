package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted user-based kNN model. Predicted rating of product {@code i} by customer {@code u}: {@code b_ui + sum_v
 * s_uv (r_vi - b_vi) / sum_v s_uv} over {@code N_k(u; i)}, the {@code k} customers most similar to {@code u} among
 * those who rated {@code i} (positive similarities only, ties to the lower index), {@code b} the bias baseline
 * ({@link BiasBaseline}); with fewer than {@code min_k} of them the baseline alone, and the explanation says so
 * ({@link EvidenceKind#TOO_FEW_NEIGHBOURS}); clipped to the scale. Scores for ranking are the same predictions before
 * clipping for every product (NaN for products nobody rated): the customer's neighbours are taken most similar first, and each
 * adds to the products they rated that do not have k neighbours yet.
 *
 * <p>Immutable and safe for concurrent calls: a customer's similarities are computed per call into scratch space of
 * the calling thread, which also keeps the last customer's similarities so that successive calls for one customer
 * (as evaluation makes) compute them once.
 */
public final class UserKnnModel implements TrainedRecommender {
    private final RatingMatrix ratings;
    private final BiasBaseline.Model biases;
    private final int k;
    private final int minK;
    private final float[] rowCentred;
    private final float[] columnCentred;
    private final ThreadLocal<UserSimilarities> scratch;

    UserKnnModel(RatingMatrix ratings, RecommenderSettings settings, BiasBaseline.Model biases, float[] rowCentred,
                 float[] columnCentred) {
        this.ratings = ratings;
        this.biases = biases;
        this.k = settings.neighbours();
        this.minK = settings.effectiveMinNeighbours();
        this.rowCentred = rowCentred;
        this.columnCentred = columnCentred;
        this.scratch = ThreadLocal.withInitial(() -> new UserSimilarities(ratings, rowCentred, columnCentred,
                settings));
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

    /** The k most similar customers with a positive similarity who rated the item: customer indexes, best first. */
    private int neighboursWhoRated(UserSimilarities sims, int item, int[] users, float[] similarities) {
        NeighbourHeap heap = new NeighbourHeap(k);
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
        double base = biases.unclipped(user, item);
        UserSimilarities sims = scratch.get().of(user);
        int[] users = new int[k];
        float[] similarities = new float[k];
        int n = neighboursWhoRated(sims, item, users, similarities);
        if (n < minK) {
            return ratings.clip(base);
        }
        double num = 0;
        double den = 0;
        for (int t = 0; t < n; t++) {
            int v = users[t];
            num += similarities[t] * (ratings.value(v, item) - biases.unclipped(v, item));
            den += similarities[t];
        }
        return ratings.clip(den > 0 ? base + num / den : base);
    }

    @Override
    public void score(int user, float[] scores) {
        int items = ratings.itemCount();
        UserSimilarities sims = scratch.get().of(user);
        long[] order = new long[sims.candidates()];
        int m = 0;
        for (int t = 0; t < sims.candidates(); t++) {
            int v = sims.candidate(t);
            float s = sims.to(v);
            if (s > 0) {
                // most similar first when sorted descending; on ties the lower customer index first
                order[m++] = ((long) Float.floatToIntBits(s) << 32) | (0xFFFF_FFFFL & ~v);
            }
        }
        Arrays.sort(order, 0, m);
        double[] num = new double[items];
        double[] den = new double[items];
        int[] count = new int[items];
        for (int t = m - 1; t >= 0; t--) {
            int v = ~(int) order[t];
            double s = Float.intBitsToFloat((int) (order[t] >>> 32));
            for (int p = ratings.userStart[v]; p < ratings.userStart[v + 1]; p++) {
                int i = ratings.userItems[p];
                if (count[i] < k) {
                    num[i] += s * (ratings.userValues[p] - biases.unclipped(v, i));
                    den[i] += s;
                    count[i]++;
                }
            }
        }
        for (int i = 0; i < items; i++) {
            if (ratings.ratingsOfItem(i) == 0) {
                scores[i] = Float.NaN;
                continue;
            }
            double base = biases.unclipped(user, i);
            scores[i] = (float) (count[i] >= minK && den[i] > 0 ? base + num[i] / den[i] : base);
        }
    }

    @Override
    public Explanation explain(int user, int item, int limit) {
        UserSimilarities sims = scratch.get().of(user);
        int[] users = new int[k];
        float[] similarities = new float[k];
        int found = neighboursWhoRated(sims, item, users, similarities);
        List<Evidence> evidence = new ArrayList<>();
        if (found < minK && limit > 0) {
            evidence.add(Evidence.tooFewNeighbours(found, minK, ratings.clip(biases.unclipped(user, item))));
        }
        for (int t = 0; t < found && evidence.size() < Math.max(0, limit); t++) {
            evidence.add(Evidence.neighbour(users[t], similarities[t], ratings.value(users[t], item)));
        }
        return Explanation.of(RecommendationSource.USER_KNN, evidence);
    }

    /** How many neighbours {@code N_k(u; i)} has (at most k). */
    int neighboursUsed(int user, int item) {
        return neighboursWhoRated(scratch.get().of(user), item, new int[k], new float[k]);
    }
}
