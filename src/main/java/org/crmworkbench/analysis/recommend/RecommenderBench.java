package org.crmworkbench.analysis.recommend;

import java.util.List;
import org.crmworkbench.work.Progress;

/**
 * Evaluates recommenders on held-out ratings: the comparison table of methods and single points of the
 * neighbour-count curve. Runs report progress and stop with {@code CancelledException} when cancelled.
 */
public interface RecommenderBench {

    /** Scores of each method, in the order given, on the same splits. */
    List<AlgorithmScores> compare(RecommenderInput input, List<RecommenderSettings> methods,
                                  EvaluationSettings settings, Progress progress);

    /**
     * One point of the neighbour curve: RMSE and precision@N of a kNN method ({@code knn.algorithm()} is
     * {@link RecommenderAlgorithm#USER_KNN} or {@link RecommenderAlgorithm#ITEM_KNN}) at {@code knn.neighbours()}.
     */
    NeighbourPoint neighbourPoint(RecommenderInput input, RecommenderSettings knn, EvaluationSettings settings,
                                  Progress progress);
}
