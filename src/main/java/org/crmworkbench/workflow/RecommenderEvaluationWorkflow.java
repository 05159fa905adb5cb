package org.crmworkbench.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RatingMatrix;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.EvaluationRunStore;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.present.recommend.EvaluationRecords;
import org.crmworkbench.work.AppVersion;
import org.crmworkbench.work.Progress;

/**
 * Evaluating recommenders on held-out ratings, for the {@code evaluate-recs} verb and the Recommend workspace's
 * Evaluation tab: compare methods on the same splits, trace the neighbour-count curve of a kNN method, and store a
 * comparison as an evaluation run for reports. The data is read as for recommending
 * ({@link RecommendWorkflow#read}).
 */
public final class RecommenderEvaluationWorkflow {
    private final RecommenderBench bench;

    /** @param bench evaluates the methods ({@link org.crmworkbench.analysis.recommend.EvaluationBench}) */
    public RecommenderEvaluationWorkflow(RecommenderBench bench) {
        this.bench = Objects.requireNonNull(bench, "bench");
    }

    /** Refuses methods the data cannot feed, naming {@code algos}. */
    public void check(RecommendationCorpus corpus, ComparisonSettings settings) {
        RecommendWorkflow.checkFits(corpus, settings.algorithms(), "algos");
    }

    /**
     * How many ratings have no time; the temporal split orders those by product instead. 0 for the other splits,
     * which do not need times.
     */
    public static long untimedRatings(RecommendationCorpus corpus, SplitKind split) {
        if (split != SplitKind.TEMPORAL) {
            return 0;
        }
        RatingMatrix ratings = corpus.ratings();
        long untimed = 0;
        for (int p = 0; p < ratings.size(); p++) {
            untimed += ratings.timeAt(p) == RatingRows.UNKNOWN_TIME ? 1 : 0;
        }
        return untimed;
    }

    /** Evaluates every method on the same splits. */
    public Comparison compare(RecommendationCorpus corpus, ComparisonSettings settings, Progress progress) {
        check(corpus, settings);
        Instant started = Instant.now();
        List<AlgorithmScores> scores = bench.compare(corpus.input(), settings.methods(), settings.evaluation(),
                progress);
        return new Comparison(settings.evaluation(), corpus.data().source(), started, scores,
                Comparison.curveOf(scores));
    }

    /** One point of the neighbour curve: the kNN method {@code knn} at its neighbour count. */
    public NeighbourPoint neighbourPoint(RecommendationCorpus corpus, RecommenderSettings knn,
                                         EvaluationSettings evaluation, Progress progress) {
        return bench.neighbourPoint(corpus.input(), knn, evaluation, progress);
    }

    /** Points of the neighbour curve, one per kNN setting, in order; progress counts points. */
    public List<NeighbourPoint> neighbourCurve(RecommendationCorpus corpus, List<RecommenderSettings> knns,
                                               EvaluationSettings evaluation, Progress progress) {
        List<NeighbourPoint> found = new ArrayList<>();
        for (int i = 0; i < knns.size(); i++) {
            progress.checkCancelled();
            found.add(neighbourPoint(corpus, knns.get(i), evaluation, progress));
            progress.worked(i + 1, knns.size());
        }
        return found;
    }

    /** Stores {@code comparison} in {@code db} as an evaluation run; returns it with its id. */
    public RecommendationEvaluationRecord save(Database db, Comparison comparison) {
        return new EvaluationRunStore(db).save(EvaluationRecords.of(comparison.scores(), comparison.evaluation(),
                comparison.dataSource(), comparison.startedAt(), AppVersion.current()));
    }
}
