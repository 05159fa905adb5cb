package org.crmworkbench.workflow;

import java.time.Instant;
import java.util.List;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;

/**
 * A finished comparison of recommenders: how they were evaluated, on which data and when, each method's scores
 * and the neighbour curve the kNN methods' scores draw (empty when no kNN method took part).
 *
 * @param evaluation how ratings were held out and judged
 * @param dataSource where the ratings came from
 * @param startedAt  when the comparison started
 * @param scores     each method's scores, in the order asked for
 * @param curve      RMSE and precision@N of each kNN method at each neighbour count compared
 */
public record Comparison(EvaluationSettings evaluation, String dataSource, Instant startedAt,
                         List<AlgorithmScores> scores, List<NeighbourPoint> curve) {
    public Comparison {
        scores = List.copyOf(scores);
        curve = List.copyOf(curve);
    }

    /** The neighbour curve the kNN methods among {@code scores} draw. */
    public static List<NeighbourPoint> curveOf(List<AlgorithmScores> scores) {
        return scores.stream().filter(s -> s.algorithm().usesNeighbours())
                .map(s -> new NeighbourPoint(s.algorithm(), s.settings().neighbours(), s.rmse(), s.precision(),
                        s.n()))
                .toList();
    }
}
