package org.crmworkbench.workflow;

import java.util.Objects;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.TrainedRecommender;

/**
 * A recommender fitted to the data, with the settings it was fitted with and how long the fit took.
 *
 * @param settings the method and its parameters
 * @param model    the fitted model
 * @param seconds  wall-clock seconds of the fit
 */
public record FittedRecommender(RecommenderSettings settings, TrainedRecommender model, double seconds) {
    public FittedRecommender {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(model, "model");
    }
}
