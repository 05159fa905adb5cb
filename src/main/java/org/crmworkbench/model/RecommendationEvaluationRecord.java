package org.crmworkbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored run of the recommendation evaluation bench: how each method scored on the same held-out ratings, so the
 * comparison chart can be drawn again in a report.
 *
 * @param id         the run's id in {@code analysis_runs} (0 before it is saved)
 * @param split      how ratings were held out ({@code random}, {@code last}, ...) with its settings in words
 * @param listLength the N of the top-N metrics
 * @param relevant   the rating from which a held-out item counts as relevant
 * @param dataSource where the ratings came from
 * @param scores     one row per method, in the order evaluated
 */
public record RecommendationEvaluationRecord(long id, String split, int listLength, double relevant, long seed,
                                             String dataSource, Instant startedAt, String appVersion,
                                             List<MethodScore> scores) {
    public RecommendationEvaluationRecord {
        Objects.requireNonNull(split, "split");
        scores = List.copyOf(scores);
    }

    public RecommendationEvaluationRecord withId(long newId) {
        return new RecommendationEvaluationRecord(newId, split, listLength, relevant, seed, dataSource, startedAt,
                appVersion, scores);
    }

    /**
     * One method's scores (NaN where a metric does not apply, e.g. RMSE of a method that predicts no ratings).
     *
     * @param algorithm  the method's command-line name ({@code itemknn}, ...)
     * @param parameters its parameters in words
     */
    public record MethodScore(String algorithm, String parameters, double rmse, double mae, double precision,
                              double recall, double ndcg, double map, double hitRate, double coverage,
                              double fitSeconds, double predictSeconds, int testCustomers) {
    }
}
