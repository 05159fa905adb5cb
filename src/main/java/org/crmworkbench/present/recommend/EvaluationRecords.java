package org.crmworkbench.present.recommend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.model.RecommendationEvaluationRecord.MethodScore;

/** Turns a finished evaluation of the bench into the record that is saved, so a report can draw it again. */
public final class EvaluationRecords {
    private EvaluationRecords() {
    }

    /**
     * The evaluation as a record ready to save.
     *
     * @param scores     the bench's scores, in the order evaluated
     * @param settings   how ratings were held out
     * @param dataSource where the ratings came from
     */
    public static RecommendationEvaluationRecord of(List<AlgorithmScores> scores, EvaluationSettings settings,
                                                    String dataSource, Instant startedAt, String appVersion) {
        List<MethodScore> rows = new ArrayList<>();
        for (AlgorithmScores s : scores) {
            rows.add(new MethodScore(s.algorithm().cliName(), s.parameters(), s.rmse(), s.mae(), s.precision(),
                    s.recall(), s.ndcg(), s.map(), s.hitRate(), s.coverage(), s.fitSeconds(), s.predictSeconds(),
                    s.testCustomers()));
        }
        return new RecommendationEvaluationRecord(0, split(settings), settings.n(), settings.relevantRating(),
                settings.seed(), dataSource, startedAt, appVersion, rows);
    }

    /** The split with its settings in words: {@code random test-share=0.2}, {@code temporal last=5}, {@code kfold folds=5}. */
    static String split(EvaluationSettings s) {
        return switch (s.split()) {
            case RANDOM -> "random test-share=" + String.format(Locale.ROOT, "%s", s.testShare());
            case TEMPORAL -> "temporal last=" + s.lastN();
            case KFOLD -> "kfold folds=" + s.folds();
        };
    }
}
