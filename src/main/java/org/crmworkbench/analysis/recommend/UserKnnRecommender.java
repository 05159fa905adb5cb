package org.crmworkbench.analysis.recommend;

import java.util.Objects;
import org.crmworkbench.work.Progress;

/**
 * User-based k-nearest-neighbours, the standard neighbourhood formulation (Surprise's {@code KNNBaseline},
 * user-based): a customer's predicted rating of a product is the bias baseline plus the similarity-weighted mean of
 * the residuals of the {@link RecommenderSettings#neighbours() k} most similar customers among those who rated it
 * (see {@link UserKnnModel}). Similarities are shrunk baseline Pearson, Pearson or cosine with a minimum overlap (see
 * {@link UserSimilarities}). All customer pairs would be too many to hold for thousands of customers, so fitting only
 * computes the biases and centres the ratings, and the model computes a customer's similarities when asked.
 */
public record UserKnnRecommender(RecommenderSettings settings) implements Recommender {

    public UserKnnRecommender {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public UserKnnModel fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        BiasBaseline.Model biases = new BiasBaseline(settings.withAlgorithm(RecommenderAlgorithm.BASELINE))
                .fit(input, progress);
        boolean baseline = settings.similarity() == Similarity.PEARSON_BASELINE;
        float[] rowCentred = new float[r.size()];
        float[] columnCentred = new float[r.size()];
        for (int u = 0; u < r.userCount(); u++) {
            if (u % 1024 == 0) {
                progress.checkCancelled();
            }
            double mean = r.userMean(u);
            for (int p = r.userStart[u]; p < r.userStart[u + 1]; p++) {
                rowCentred[p] = (float) (r.userValues[p] - (baseline ? biases.unclipped(u, r.userItems[p]) : mean));
            }
        }
        for (int i = 0; i < r.itemCount(); i++) {
            for (int q = r.itemStart[i]; q < r.itemStart[i + 1]; q++) {
                int u = r.itemUsers[q];
                columnCentred[q] = (float) (r.itemValues[q] - (baseline ? biases.unclipped(u, i) : r.userMean(u)));
            }
        }
        progress.worked(1, 1);
        return new UserKnnModel(r, settings, biases, rowCentred, columnCentred);
    }
}
