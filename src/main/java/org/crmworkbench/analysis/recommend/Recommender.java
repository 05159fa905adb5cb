package org.crmworkbench.analysis.recommend;

import org.crmworkbench.work.Progress;

/** A recommendation method with its parameters set, ready to be fitted. */
public interface Recommender {

    /** The method and its parameters. */
    RecommenderSettings settings();

    /**
     * Fits the method to the input. Reports progress and stops with {@code CancelledException} when cancelled.
     *
     * @throws org.crmworkbench.work.BadParameterException when a parameter does not fit the data
     */
    TrainedRecommender fit(RecommenderInput input, Progress progress);
}
