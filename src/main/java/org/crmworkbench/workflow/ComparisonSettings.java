package org.crmworkbench.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.work.BadParameterException;

/**
 * What a comparison of recommenders asks for: the methods (each with its parameters; a kNN method may appear once
 * per neighbour count) and how they are evaluated. At least one method is required.
 *
 * @param methods    the methods, in the order their scores are reported
 * @param evaluation how ratings are held out and judged
 */
public record ComparisonSettings(List<RecommenderSettings> methods, EvaluationSettings evaluation) {
    public ComparisonSettings {
        Objects.requireNonNull(evaluation, "evaluation");
        methods = List.copyOf(methods);
        if (methods.isEmpty()) {
            throw new BadParameterException("algos", "recommend.algo.unknown", "no method given", "");
        }
    }

    /**
     * The methods named (each once, in the order given) with shared parameters: kNN methods at every neighbour
     * count given (each once), the others at the first.
     *
     * @param algorithms their command-line names ({@code baseline}, {@code itemknn}, ...)
     * @param neighbours neighbour counts; empty means {@link RecommenderSettings#DEFAULT_NEIGHBOURS}
     */
    public static ComparisonSettings of(List<String> algorithms, List<Integer> neighbours, Similarity similarity,
                                        int factors, long seed, EvaluationSettings evaluation) {
        return of(algorithms, neighbours, similarity, RecommenderSettings.DEFAULT_MIN_NEIGHBOURS,
                RecommenderSettings.DEFAULT_SHRINKAGE, factors, seed, evaluation);
    }

    /** As {@link #of(List, List, Similarity, int, long, EvaluationSettings)} with min_k and shrinkage too. */
    public static ComparisonSettings of(List<String> algorithms, List<Integer> neighbours, Similarity similarity,
                                        int minNeighbours, double shrinkage, int factors, long seed,
                                        EvaluationSettings evaluation) {
        List<Integer> ks = neighbours == null || neighbours.isEmpty()
                ? List.of(RecommenderSettings.DEFAULT_NEIGHBOURS) : neighbours;
        List<RecommenderSettings> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(algorithms)) {
            RecommenderAlgorithm a = RecommenderAlgorithm.parse("algos", name);
            RecommenderSettings base = RecommenderSettings.defaults(a).withSimilarity(similarity)
                    .withMinNeighbours(minNeighbours).withShrinkage(shrinkage).withFactors(factors).withSeed(seed);
            if (a.usesNeighbours()) {
                for (int k : new LinkedHashSet<>(ks)) {
                    out.add(base.withNeighbours(k));
                }
            } else {
                out.add(base.withNeighbours(ks.get(0)));
            }
        }
        return new ComparisonSettings(out, evaluation);
    }

    /** The methods without their parameters, in order. */
    public List<RecommenderAlgorithm> algorithms() {
        return methods.stream().map(RecommenderSettings::algorithm).toList();
    }
}
