package org.crmworkbench.analysis.recommend;

import java.util.List;
import org.crmworkbench.work.Progress;

/** TEMPORARY stand-in so the Recommend workspace compiles before the real bench is merged; drop at merge. */
public final class EvaluationBench implements RecommenderBench {
    @Override
    public List<AlgorithmScores> compare(RecommenderInput input, List<RecommenderSettings> methods,
                                         EvaluationSettings settings, Progress progress) {
        throw new UnsupportedOperationException("the evaluation bench is not merged yet");
    }

    @Override
    public NeighbourPoint neighbourPoint(RecommenderInput input, RecommenderSettings knn,
                                         EvaluationSettings settings, Progress progress) {
        throw new UnsupportedOperationException("the evaluation bench is not merged yet");
    }
}
