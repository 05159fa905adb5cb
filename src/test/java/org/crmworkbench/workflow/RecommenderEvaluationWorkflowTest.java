package org.crmworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.analysis.recommend.AlgorithmScores;
import org.crmworkbench.analysis.recommend.EvaluationBench;
import org.crmworkbench.analysis.recommend.EvaluationSettings;
import org.crmworkbench.analysis.recommend.NeighbourPoint;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.analysis.recommend.RecommenderAlgorithm;
import org.crmworkbench.analysis.recommend.RecommenderBench;
import org.crmworkbench.analysis.recommend.RecommenderInput;
import org.crmworkbench.analysis.recommend.RecommenderSettings;
import org.crmworkbench.analysis.recommend.Similarity;
import org.crmworkbench.analysis.recommend.SplitKind;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.runs.EvaluationRunStore;
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing recommenders on planted taste families, with a planted bench and with the real one. */
class RecommenderEvaluationWorkflowTest {
    @TempDir
    Path dir;

    /** Planted scores: RMSE 1 - k/100 and precision k/100 for kNN methods, 0.5 for the others. */
    private final List<RecommenderSettings> asked = new ArrayList<>();
    private final RecommenderBench planted = new RecommenderBench() {
        @Override
        public List<AlgorithmScores> compare(RecommenderInput input, List<RecommenderSettings> methods,
                                             EvaluationSettings settings, Progress progress) {
            asked.addAll(methods);
            return methods.stream().map(m -> {
                double k = m.algorithm().usesNeighbours() ? m.neighbours() / 100.0 : 0.5;
                return new AlgorithmScores(m, m.describe(), settings.n(), 1 - k, 0.5, k, 0.2, 0.3, 0.1, 0.4, 0.6,
                        0.01, 0.02, 40);
            }).toList();
        }

        @Override
        public NeighbourPoint neighbourPoint(RecommenderInput input, RecommenderSettings knn,
                                             EvaluationSettings settings, Progress progress) {
            asked.add(knn);
            return new NeighbourPoint(knn.algorithm(), knn.neighbours(), 1 - knn.neighbours() / 100.0,
                    knn.neighbours() / 100.0, settings.n());
        }
    };

    private static EvaluationSettings kFold(int folds) {
        return EvaluationSettings.defaults().withSplit(SplitKind.KFOLD).withFolds(folds).withN(5);
    }

    @Test
    void methodsAreNamedOnceAndKnnMethodsTakeEveryNeighbourCountOnce() {
        ComparisonSettings settings = ComparisonSettings.of(List.of("itemknn", "baseline", "itemknn", "userknn"),
                List.of(10, 40, 10), Similarity.PEARSON, 7, 99, kFold(3));
        assertEquals(List.of("itemknn 10", "itemknn 40", "baseline 10", "userknn 10", "userknn 40"),
                settings.methods().stream().map(m -> m.algorithm().cliName() + " " + m.neighbours()).toList());
        assertTrue(settings.methods().stream().allMatch(m -> m.similarity() == Similarity.PEARSON
                && m.factors() == 7 && m.seed() == 99));
        assertEquals(RecommenderSettings.DEFAULT_NEIGHBOURS, ComparisonSettings.of(List.of("itemknn"), List.of(),
                Similarity.COSINE, 20, 1, kFold(3)).methods().get(0).neighbours(), "no neighbour count means the default");
        BadParameterException none = assertThrows(BadParameterException.class,
                () -> new ComparisonSettings(List.of(), kFold(3)));
        assertEquals("algos", none.parameter());
        BadParameterException k = assertThrows(BadParameterException.class, () -> ComparisonSettings.of(
                List.of("userknn"), List.of(0), Similarity.COSINE, 20, 1, kFold(3)));
        assertEquals("neighbours", k.parameter());
        assertArrayEquals(new Object[] {1, 1000, 0}, k.args());
    }

    @Test
    void theComparisonKeepsTheOrderAskedAndTheKnnScoresDrawTheCurve() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        ComparisonSettings settings = ComparisonSettings.of(List.of("popular", "userknn", "itemknn"),
                List.of(10, 40), Similarity.COSINE, 20, 5, kFold(4));
        Comparison comparison = new RecommenderEvaluationWorkflow(planted).compare(corpus, settings,
                Progress.none());
        assertEquals(settings.methods(), asked);
        assertEquals(5, comparison.scores().size());
        assertEquals(corpus.data().source(), comparison.dataSource());
        assertEquals(kFold(4), comparison.evaluation());
        assertEquals(List.of(
                new NeighbourPoint(RecommenderAlgorithm.USER_KNN, 10, 0.9, 0.1, 5),
                new NeighbourPoint(RecommenderAlgorithm.USER_KNN, 40, 0.6, 0.4, 5),
                new NeighbourPoint(RecommenderAlgorithm.ITEM_KNN, 10, 0.9, 0.1, 5),
                new NeighbourPoint(RecommenderAlgorithm.ITEM_KNN, 40, 0.6, 0.4, 5)), comparison.curve());
    }

    @Test
    void theCurveIsEvaluatedInOrderAndStopsWhenCancelled() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        RecommenderEvaluationWorkflow workflow = new RecommenderEvaluationWorkflow(planted);
        RecommenderSettings knn = RecommenderSettings.defaults(RecommenderAlgorithm.ITEM_KNN);
        List<NeighbourPoint> curve = workflow.neighbourCurve(corpus, List.of(knn.withNeighbours(5),
                knn.withNeighbours(80)), kFold(3), Progress.none());
        assertEquals(List.of(5, 80), curve.stream().map(NeighbourPoint::neighbours).toList());
        assertEquals(0.2, curve.get(1).rmse(), 1e-12);
        asked.clear();
        assertThrows(CancelledException.class, () -> workflow.neighbourCurve(corpus, List.of(knn), kFold(3),
                new CancelledProgress()));
        assertTrue(asked.isEmpty(), "nothing evaluated after cancel");
    }

    @Test
    void onPlantedFamiliesItemKnnRanksTheOwnFamilyAndBeatsPopularity() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        ComparisonSettings settings = ComparisonSettings.of(List.of("popular", "itemknn"), List.of(10),
                Similarity.COSINE, 20, 11, kFold(3));
        Comparison comparison = new RecommenderEvaluationWorkflow(new EvaluationBench()).compare(corpus, settings,
                Progress.none());
        AlgorithmScores popular = comparison.scores().get(0);
        AlgorithmScores itemKnn = comparison.scores().get(1);
        assertTrue(Double.isNaN(popular.rmse()), "popularity predicts no ratings");
        assertTrue(itemKnn.rmse() < 1.0, "ratings are 1 or 5 by family: " + itemKnn.rmse());
        assertTrue(itemKnn.precision() > popular.precision(), itemKnn.precision() + " vs " + popular.precision());
        assertEquals(1, comparison.curve().size());
    }

    @Test
    void aComparisonIsStoredAsAnEvaluationRunAndUntimedRatingsAreCounted() throws Exception {
        RecommendationCorpus corpus = PlantedShop.read(dir);
        assertEquals(corpus.ratings().size(), RecommenderEvaluationWorkflow.untimedRatings(corpus,
                SplitKind.TEMPORAL));
        assertEquals(0, RecommenderEvaluationWorkflow.untimedRatings(corpus, SplitKind.RANDOM));
        RecommenderEvaluationWorkflow workflow = new RecommenderEvaluationWorkflow(planted);
        Comparison comparison = workflow.compare(corpus, ComparisonSettings.of(List.of("baseline", "itemknn"),
                List.of(20), Similarity.COSINE, 20, 5, kFold(3)), Progress.none());
        try (Database db = Database.openFile(dir.resolve("db").resolve("crm"))) {
            RecommendationEvaluationRecord saved = workflow.save(db, comparison);
            RecommendationEvaluationRecord loaded = new EvaluationRunStore(db).load(saved.id()).orElseThrow();
            assertEquals(2, loaded.scores().size());
            assertEquals("kfold folds=3", loaded.split());
            assertEquals(5, loaded.listLength());
            assertEquals(corpus.data().source(), loaded.dataSource());
        }
    }
}
