package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Recommends products whose texts resemble what the customer liked: TF-IDF vectors of category, tags and description
 * (see {@link TermVectors} for the formula: sublinear tf {@code 1 + ln tf}, smoothed idf
 * {@code ln((1 + N) / (1 + df)) + 1}, field weights from {@link ProductTerms}, L2-normalised sparse vectors) and a
 * profile per customer.
 *
 * <p>The profile is the sum over the customer's rated products of (rating - baseline) x product vector, where the
 * baseline is the customer's mean rating shrunk towards the global mean by {@value #PRIOR_RATINGS} pseudo-ratings
 * (so a customer with one or two ratings still has a profile). Customers with fewer ratings than
 * {@link RecommenderSettings#coldStartRatings()} also get ln(1 + units) x vector of every product they bought. When
 * the weighted sum is zero (all ratings at the baseline) each rated product counts once. The score of a product is
 * the cosine between the profile and its vector; it is NaN for every product when the profile is empty (no ratings,
 * no purchases) and for products without any text. Products nobody rated are scored like any other, which is how
 * new products get recommended. Predicts no ratings.
 *
 * <p>Costs: fitting is linear in the texts' length. A profile costs the sum of the term counts of the customer's
 * products plus a sort; scoring walks the inverted index of the profile's terms, so it costs the summed posting-list
 * lengths of those terms (never products x vocabulary); {@link SimilarItems#similarTo} likewise walks the posting
 * lists of one product's terms. Memory is about 16 bytes per (product, term) pair plus the vocabulary.
 */
public record ContentBasedRecommender(RecommenderSettings settings) implements Recommender {
    /** Pseudo-ratings at the global mean added to each customer's mean to get the baseline of their profile. */
    public static final double PRIOR_RATINGS = 2.0;
    @Override
    public Trained fit(RecommenderInput input, Progress progress) {
        progress.stage("recommend.content.stage.terms", input.texts().size());
        TermVectors vectors = TermVectors.of(input.texts(), progress);
        progress.checkCancelled();
        return new Trained(input.ratings(), input.purchases(), vectors, settings.coldStartRatings());
    }

    /** The fitted content model; also answers "products similar to this one" by text. */
    public static final class Trained implements RankingModel, SimilarItems {
        private final RatingMatrix ratings;
        private final RatingMatrix purchases;
        private final TermVectors vectors;
        private final int fewRatings;

        Trained(RatingMatrix ratings, RatingMatrix purchases, TermVectors vectors, int fewRatings) {
            this.ratings = ratings;
            this.purchases = purchases;
            this.vectors = vectors;
            this.fewRatings = fewRatings;
        }

        @Override
        public RatingMatrix ratings() {
            return ratings;
        }

        @Override
        public RecommendationSource source() {
            return RecommendationSource.CONTENT;
        }

        /** Number of distinct terms over all products. */
        public int vocabularySize() {
            return vectors.terms();
        }

        /** Approximate bytes held by the vectors and the inverted index. */
        public long modelBytes() {
            return vectors.bytes();
        }

        /** Whether the product has any text to compare. */
        public boolean hasText(int item) {
            return vectors.hasText(item);
        }

        /** Cosine between the two products' text vectors. */
        public double similarity(int a, int b) {
            return vectors.cosine(a, b);
        }

        @Override
        public void score(int user, float[] scores) {
            Profile profile = profile(user);
            if (profile.isEmpty()) {
                Arrays.fill(scores, Float.NaN);
                return;
            }
            for (int i = 0; i < scores.length; i++) {
                scores[i] = vectors.hasText(i) ? 0f : Float.NaN;
            }
            TermVectors v = vectors;
            for (int k = 0; k < profile.terms.length; k++) {
                int t = profile.terms[k];
                float w = (float) (profile.weights[k] / profile.norm);
                for (int p = v.termStart[t]; p < v.termStart[t + 1]; p++) {
                    scores[v.termItems[p]] += w * v.termWeights[p];
                }
            }
        }

        @Override
        public Explanation explain(int user, int item, int limit) {
            Profile profile = profile(user);
            List<Evidence> evidence = new ArrayList<>();
            if (profile.isEmpty() || !vectors.hasText(item) || limit <= 0) {
                return Explanation.of(RecommendationSource.CONTENT, evidence);
            }
            Evidence closest = closestKnownItem(user, item, profile.usesPurchases);
            if (closest != null) {
                evidence.add(closest);
            }
            evidence.addAll(sharedTerms(profile, item, limit - evidence.size()));
            return Explanation.of(RecommendationSource.CONTENT, evidence);
        }

        /** The terms adding most to the cosine, each with its share of the positive contributions. */
        private List<Evidence> sharedTerms(Profile profile, int item, int limit) {
            int p = vectors.rowStart[item];
            int end = vectors.rowStart[item + 1];
            int k = 0;
            int[] terms = new int[end - p];
            double[] parts = new double[end - p];
            int shared = 0;
            double positive = 0;
            while (p < end && k < profile.terms.length) {
                int t = vectors.rowTerms[p];
                if (t == profile.terms[k]) {
                    double c = profile.weights[k] * vectors.rowWeights[p];
                    if (c > 0) {
                        terms[shared] = t;
                        parts[shared++] = c;
                        positive += c;
                    }
                    p++;
                    k++;
                } else if (t < profile.terms[k]) {
                    p++;
                } else {
                    k++;
                }
            }
            Integer[] order = new Integer[shared];
            for (int j = 0; j < shared; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(parts[b], parts[a]));
            List<Evidence> out = new ArrayList<>();
            for (int j = 0; j < Math.min(limit, shared); j++) {
                out.add(Evidence.sharedTerm(vectors.term(terms[order[j]]), parts[order[j]] / positive));
            }
            return out;
        }

        /** The liked rated product (or, failing that, bought product) most similar to the item; null when none. */
        private Evidence closestKnownItem(int user, int item, boolean usePurchases) {
            double baseline = baseline(user);
            int best = -1;
            double bestSimilarity = 0;
            for (int p = ratings.userStart[user]; p < ratings.userStart[user + 1]; p++) {
                int j = ratings.userItems[p];
                if (j != item && ratings.userValues[p] >= baseline) {
                    double s = vectors.cosine(j, item);
                    if (s > bestSimilarity) {
                        best = p;
                        bestSimilarity = s;
                    }
                }
            }
            if (best >= 0) {
                return Evidence.ratedItem(ratings.userItems[best], bestSimilarity, ratings.userValues[best]);
            }
            if (!usePurchases) {
                return null;
            }
            for (int p = purchases.userStart[user]; p < purchases.userStart[user + 1]; p++) {
                int j = purchases.userItems[p];
                double s = j == item ? 0 : vectors.cosine(j, item);
                if (s > bestSimilarity) {
                    best = p;
                    bestSimilarity = s;
                }
            }
            return best < 0 ? null : Evidence.purchasedItem(purchases.userItems[best], bestSimilarity,
                    purchases.userValues[best]);
        }

        @Override
        public List<SimilarItem> similarTo(int item, int n) {
            float[] scores = new float[vectors.documents()];
            Arrays.fill(scores, Float.NaN);
            TermVectors v = vectors;
            for (int q = v.rowStart[item]; q < v.rowStart[item + 1]; q++) {
                int t = v.rowTerms[q];
                float w = v.rowWeights[q];
                for (int p = v.termStart[t]; p < v.termStart[t + 1]; p++) {
                    int j = v.termItems[p];
                    float s = scores[j];
                    scores[j] = (Float.isNaN(s) ? 0f : s) + w * v.termWeights[p];
                }
            }
            int[] top = TopItems.select(scores, n, j -> j == item || !(scores[j] > 0));
            List<SimilarItem> out = new ArrayList<>(top.length);
            for (int j : top) {
                out.add(new SimilarItem(j, scores[j], RecommendationSource.CONTENT));
            }
            return out;
        }

        private double baseline(int user) {
            int count = ratings.ratingsOfUser(user);
            if (count == 0) {
                return ratings.globalMean();
            }
            double global = Double.isNaN(ratings.globalMean()) ? 0 : ratings.globalMean();
            return (count * ratings.userMean(user) + PRIOR_RATINGS * global) / (count + PRIOR_RATINGS);
        }

        /** The customer's profile: sparse, terms ascending. */
        Profile profile(int user) {
            int rated = ratings.ratingsOfUser(user);
            boolean usePurchases = rated < fewRatings && purchases.ratingsOfUser(user) > 0;
            Profile p = accumulate(user, usePurchases, false);
            if (p.isEmpty() && rated > 0) {
                p = accumulate(user, usePurchases, true);
            }
            return p;
        }

        private Profile accumulate(int user, boolean usePurchases, boolean unitRatings) {
            double baseline = baseline(user);
            int pairs = 0;
            for (int p = ratings.userStart[user]; p < ratings.userStart[user + 1]; p++) {
                pairs += rowLength(ratings.userItems[p]);
            }
            if (usePurchases) {
                for (int p = purchases.userStart[user]; p < purchases.userStart[user + 1]; p++) {
                    pairs += rowLength(purchases.userItems[p]);
                }
            }
            long[] keys = new long[pairs];
            double[] values = new double[pairs];
            int m = 0;
            for (int p = ratings.userStart[user]; p < ratings.userStart[user + 1]; p++) {
                double w = unitRatings ? 1.0 : ratings.userValues[p] - baseline;
                m = add(ratings.userItems[p], w, keys, values, m);
            }
            if (usePurchases) {
                for (int p = purchases.userStart[user]; p < purchases.userStart[user + 1]; p++) {
                    m = add(purchases.userItems[p], Math.log1p(Math.max(0, purchases.userValues[p])), keys,
                            values, m);
                }
            }
            Arrays.sort(keys, 0, m);
            int[] terms = new int[m];
            double[] weights = new double[m];
            int size = 0;
            double norm = 0;
            for (int k = 0; k < m; ) {
                int t = (int) (keys[k] >>> 32);
                double sum = 0;
                while (k < m && (int) (keys[k] >>> 32) == t) {
                    sum += values[(int) keys[k]];
                    k++;
                }
                if (sum != 0) {
                    terms[size] = t;
                    weights[size++] = sum;
                    norm += sum * sum;
                }
            }
            return new Profile(Arrays.copyOf(terms, size), Arrays.copyOf(weights, size), Math.sqrt(norm),
                    usePurchases);
        }

        private int rowLength(int item) {
            return vectors.rowStart[item + 1] - vectors.rowStart[item];
        }

        private int add(int item, double w, long[] keys, double[] values, int m) {
            if (w == 0 || Double.isNaN(w)) {
                return m;
            }
            for (int p = vectors.rowStart[item]; p < vectors.rowStart[item + 1]; p++) {
                keys[m] = ((long) vectors.rowTerms[p] << 32) | m;
                values[m++] = w * vectors.rowWeights[p];
            }
            return m;
        }
    }

    /** A customer's profile: sparse term weights (terms ascending), their Euclidean norm, whether purchases count. */
    record Profile(int[] terms, double[] weights, double norm, boolean usesPurchases) {
        boolean isEmpty() {
            return terms.length == 0 || !(norm > 0);
        }
    }
}
