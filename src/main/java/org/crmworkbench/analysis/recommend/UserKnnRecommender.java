package org.crmworkbench.analysis.recommend;

import java.util.Objects;
import org.crmworkbench.work.Progress;

/**
 * User-based k-nearest-neighbours: a customer's predicted rating of a product comes from the most similar customers
 * who rated it. Similarities are Pearson or cosine on mean-centred ratings with a minimum overlap and significance
 * weighting (see {@link UserSimilarities}). All customer pairs would be too many to hold for thousands of customers,
 * so fitting only centres the ratings and the model computes a customer's similarities when asked (see
 * {@link UserKnnModel}).
 */
public record UserKnnRecommender(RecommenderSettings settings) implements Recommender {

    public UserKnnRecommender {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public UserKnnModel fit(RecommenderInput input, Progress progress) {
        RatingMatrix r = input.ratings();
        float[] rowCentred = new float[r.size()];
        float[] columnCentred = new float[r.size()];
        for (int u = 0; u < r.userCount(); u++) {
            if (u % 1024 == 0) {
                progress.checkCancelled();
            }
            double mean = r.userMean(u);
            for (int p = r.userStart[u]; p < r.userStart[u + 1]; p++) {
                rowCentred[p] = (float) (r.userValues[p] - mean);
            }
        }
        for (int q = 0; q < r.size(); q++) {
            columnCentred[q] = (float) (r.itemValues[q] - r.userMean(r.itemUsers[q]));
        }
        progress.worked(1, 1);
        return new UserKnnModel(r, settings, rowCentred, columnCentred);
    }
}
