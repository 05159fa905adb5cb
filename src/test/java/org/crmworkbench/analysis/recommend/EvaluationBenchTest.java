package org.crmworkbench.analysis.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class EvaluationBenchTest {
    private static final double EPS = 1e-12;

    private static RecommenderSettings method(RecommenderAlgorithm a) {
        return RecommenderSettings.defaults(a);
    }

    /** What the oracle must score on a fold: lists are the held-out products by rating, the relevant ones first. */
    private record Expected(double precision, double recall, double coverage, int customers) {
    }

    private static Expected oracleFigures(HoldOut fold, EvaluationSettings e) {
        RatingMatrix m = fold.full();
        double precision = 0;
        double recall = 0;
        int customers = 0;
        BitSet shown = new BitSet();
        for (int u = 0; u < m.userCount(); u++) {
            int relevant = 0;
            List<Integer> held = new ArrayList<>();
            for (int p = m.userStart(u); p < m.userEnd(u); p++) {
                if (fold.isHeldOut(p)) {
                    held.add(m.itemAt(p));
                    if (m.valueAt(p) >= e.relevantRating()) {
                        relevant++;
                    }
                }
            }
            if (relevant == 0) {
                continue;
            }
            assertTrue(held.size() <= e.n(), "the whole held-out set fits in a list");
            customers++;
            precision += (double) Math.min(relevant, e.n()) / e.n();
            recall += (double) Math.min(relevant, e.n()) / relevant;
            held.forEach(shown::set);
        }
        return new Expected(precision / customers, recall / customers, (double) shown.cardinality() / m.itemCount(),
                customers);
    }

    @Test
    void anOracleScoresTheKnownMaximumAndThePlantedPredictionItsKnownError() {
        RatingMatrix m = PlantedRatings.twoGroups(120, 40, 12, 11);
        RecommenderInput input = RecommenderInput.ratingsOnly(m);
        EvaluationSettings e = EvaluationSettings.defaults(); // random 20%: round(2.4) = 2 held out per customer
        EvaluationBench bench = new EvaluationBench(2, FakeRecommenders.factory(m));
        List<AlgorithmScores> scores = bench.compare(input, List.of(method(RecommenderAlgorithm.MF),
                method(RecommenderAlgorithm.BASELINE), method(RecommenderAlgorithm.CONTENT),
                method(RecommenderAlgorithm.POPULAR)), e, Progress.none());
        assertEquals(4, scores.size());
        Expected want = oracleFigures(bench.splits(m, e, Progress.none()).folds().get(0), e);
        assertTrue(want.customers() > 60, "most customers have a relevant held-out rating");

        AlgorithmScores oracle = scores.get(0);
        assertEquals(RecommenderAlgorithm.MF, oracle.algorithm());
        assertEquals(0.0, oracle.rmse(), EPS);
        assertEquals(0.0, oracle.mae(), EPS);
        assertEquals(1.0, oracle.ndcg(), EPS);
        assertEquals(1.0, oracle.map(), EPS);
        assertEquals(1.0, oracle.hitRate(), EPS);
        assertEquals(want.precision(), oracle.precision(), EPS); // min(R, 10) / 10: R is at most 2 here
        assertEquals(want.recall(), oracle.recall(), EPS); // 1
        assertEquals(1.0, oracle.recall(), EPS);
        assertEquals(want.coverage(), oracle.coverage(), EPS);
        assertEquals(want.customers(), oracle.testCustomers());
        assertEquals(10, oracle.n());
        assertEquals(method(RecommenderAlgorithm.MF).describe(), oracle.parameters());

        AlgorithmScores planted = scores.get(1);
        assertEquals(0.5, planted.rmse(), EPS); // every held-out rating is off by exactly 0.5
        assertEquals(0.5, planted.mae(), EPS);
        assertEquals(want.customers(), planted.testCustomers());

        AlgorithmScores unable = scores.get(2);
        assertTrue(Double.isNaN(unable.rmse()));
        assertTrue(Double.isNaN(unable.mae()));
        assertEquals(0.0, unable.precision(), EPS); // empty lists
        assertEquals(0.0, unable.hitRate(), EPS);
        assertEquals(0.0, unable.coverage(), EPS);

        AlgorithmScores popular = scores.get(3);
        assertTrue(Double.isNaN(popular.rmse())); // predicts no ratings
        assertTrue(popular.precision() >= 0 && popular.precision() <= want.precision());
        assertTrue(popular.ndcg() >= 0 && popular.ndcg() < 1);
        assertTrue(popular.coverage() > 0 && popular.coverage() <= 1);
        for (AlgorithmScores s : scores) {
            assertTrue(s.fitSeconds() >= 0 && s.predictSeconds() >= 0);
        }
    }

    @Test
    void kFoldAveragesOverFoldsAndTestsEveryCustomerInSomeFold() {
        RatingMatrix m = PlantedRatings.twoGroups(60, 30, 10, 4);
        RecommenderInput input = RecommenderInput.ratingsOnly(m);
        EvaluationSettings e = EvaluationSettings.defaults().withSplit(SplitKind.KFOLD).withFolds(4);
        EvaluationBench bench = new EvaluationBench(1, FakeRecommenders.factory(m));
        CancelledProgress recording = CancelledProgress.recording();
        List<AlgorithmScores> scores = bench.compare(input, List.of(method(RecommenderAlgorithm.MF),
                method(RecommenderAlgorithm.BASELINE)), e, recording);
        assertReportsInRange(recording);
        List<String> stages = recording.stageLines();
        int customers = 0;
        double precision = 0;
        for (HoldOut fold : bench.splits(m, e, Progress.none()).folds()) {
            Expected f = oracleFigures(fold, e);
            customers += f.customers();
            precision += f.precision();
        }
        AlgorithmScores oracle = scores.get(0);
        assertEquals(customers, oracle.testCustomers());
        assertEquals(precision / 4, oracle.precision(), EPS);
        assertEquals(1.0, oracle.ndcg(), EPS);
        assertEquals(1.0, oracle.map(), EPS);
        assertEquals(0.0, oracle.rmse(), EPS);
        assertEquals(0.5, scores.get(1).rmse(), EPS);
        assertEquals(List.of("recommend.stage.split kfold", "recommend.stage.evaluate mf 1 4",
                "recommend.stage.evaluate mf 2 4", "recommend.stage.evaluate mf 3 4",
                "recommend.stage.evaluate mf 4 4", "recommend.stage.evaluate baseline 1 4",
                "recommend.stage.evaluate baseline 2 4", "recommend.stage.evaluate baseline 3 4",
                "recommend.stage.evaluate baseline 4 4"), stages);
    }

    @Test
    void figuresAreTheSameOnOneAndTwoThreads() {
        RatingMatrix m = PlantedRatings.twoGroups(400, 50, 15, 8); // 7 slices of 64 customers
        RecommenderInput input = RecommenderInput.ratingsOnly(m);
        List<RecommenderSettings> methods = List.of(method(RecommenderAlgorithm.HYBRID),
                method(RecommenderAlgorithm.POPULAR), method(RecommenderAlgorithm.MF));
        for (SplitKind kind : SplitKind.values()) {
            EvaluationSettings e = EvaluationSettings.defaults().withSplit(kind).withN(5);
            List<AlgorithmScores> one = new EvaluationBench(1, FakeRecommenders.factory(m))
                    .compare(input, methods, e, Progress.none());
            List<AlgorithmScores> two = new EvaluationBench(2, FakeRecommenders.factory(m))
                    .compare(input, methods, e, Progress.none());
            for (int k = 0; k < methods.size(); k++) {
                assertEquals(withoutTimes(one.get(k)), withoutTimes(two.get(k)), kind + " " + methods.get(k));
            }
            assertTrue(one.get(0).rmse() > 0.5 && one.get(0).precision() > 0);
        }
    }

    private static AlgorithmScores withoutTimes(AlgorithmScores s) {
        return new AlgorithmScores(s.settings(), s.parameters(), s.n(), s.rmse(), s.mae(), s.precision(), s.recall(),
                s.ndcg(), s.map(), s.hitRate(), s.coverage(), 0, 0, s.testCustomers());
    }

    @Test
    void neighbourPointsReuseTheSplit() {
        RatingMatrix m = PlantedRatings.twoGroups(80, 30, 10, 2);
        RecommenderInput input = RecommenderInput.ratingsOnly(m);
        EvaluationSettings e = EvaluationSettings.defaults();
        EvaluationBench bench = new EvaluationBench(2, FakeRecommenders.factory(m));
        CancelledProgress recording = CancelledProgress.recording();
        for (int k : new int[] {10, 20, 40}) {
            NeighbourPoint point = bench.neighbourPoint(input,
                    method(RecommenderAlgorithm.USER_KNN).withNeighbours(k), e, recording);
            assertEquals(k, point.neighbours());
            assertEquals(RecommenderAlgorithm.USER_KNN, point.algorithm());
            assertEquals(0.5, point.rmse(), EPS);
            assertEquals(10, point.n());
            assertTrue(point.precision() > 0);
        }
        assertReportsInRange(recording);
        assertEquals(1, recording.stageLines().stream().filter(s -> s.startsWith("recommend.stage.split")).count());
        Splits first = bench.splits(m, e, Progress.none());
        assertSame(first, bench.splits(m, e.withN(5), Progress.none())); // N does not change the split
        assertNotSame(first, bench.splits(m, e.withSeed(99), Progress.none()));
        assertNotSame(first, bench.splits(PlantedRatings.twoGroups(80, 30, 10, 2), e, Progress.none()));
        assertThrows(IllegalArgumentException.class, () -> bench.neighbourPoint(input,
                method(RecommenderAlgorithm.MF), e, Progress.none()));
    }

    @Test
    void cancellingStopsTheRun() {
        RatingMatrix m = PlantedRatings.twoGroups(2000, 50, 10, 9);
        RecommenderInput input = RecommenderInput.ratingsOnly(m);
        for (int threads : new int[] {1, 2}) {
            CancelledProgress cancelAfter = CancelledProgress.afterChecks(300);
            EvaluationBench bench = new EvaluationBench(threads, FakeRecommenders.factory(m));
            assertThrows(CancelledException.class, () -> bench.compare(input,
                    List.of(method(RecommenderAlgorithm.HYBRID), method(RecommenderAlgorithm.POPULAR)),
                    EvaluationSettings.defaults(), cancelAfter));
            // a full run asks once per customer per method (4000 times) and more; it stopped soon after the 300th
            assertReportsInRange(cancelAfter);
            assertTrue(cancelAfter.checks() < 600, threads + " threads: asked " + cancelAfter.checks());
        }
    }

    /** Every progress report lies between 0 and its total (when the total is known). */
    private static void assertReportsInRange(CancelledProgress progress) {
        for (long[] report : progress.worked()) {
            assertTrue(report[0] >= 0 && (report[1] <= 0 || report[0] <= report[1]));
        }
    }
}
