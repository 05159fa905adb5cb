package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AdjustedRandIndex;

class KSweepTest {

    @Test
    void sweepFindsThePlantedNumberOfSegments() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(4, 4, 8), 4000, 1.0, 11);
        KChoice choice = new KSweep(2, 8, 3, 5, 2000, 4).run(blobs.data(), Progress.none());
        assertEquals(7, choice.scores().size());
        assertEquals(4, choice.suggestedK());
        for (KMetric metric : KMetric.values()) {
            assertEquals(4, choice.favouredBy(metric).orElse(-1), metric + " favours the planted k");
        }
        assertTrue(choice.metricsAgree());
        KScore four = choice.score(4);
        assertEquals(1.0, AdjustedRandIndex.of(blobs.truth(), four.clustering().labels()), 1e-3);
        assertEquals(1.0, four.stability(), 1e-3);
        assertTrue(four.scores().silhouetteExact(), "4,000 rows are under the exact limit");
        assertEquals(4000, four.scores().silhouetteSample());
    }

    @Test
    void stabilityIsMeasuredOnTheRowsTheSilhouetteScores() {
        // 24,000 rows are past the exact limit (20,000): the silhouette scores a seeded sample of 1,500 rows, and
        // stability subsamples those same rows (80% of them, 1,200 per run), not the whole data
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 2, 6), 24_000, 1.0, 19);
        long seed = 31;
        int sample = 1500;
        KChoice choice = new KSweep(2, 4, 1, seed, sample, 3).run(blobs.data(), Progress.none());
        ClusterQuality quality = new ClusterQuality(ClusterQuality.DEFAULT_EXACT_LIMIT, sample, seed);
        FeatureMatrix scored = quality.scoredRows(blobs.data());
        assertEquals(sample, scored.rows());
        Stability stability = new Stability(3, seed);
        assertEquals(1200, stability.subsampleRows(scored.rows()));
        for (int k = 2; k <= 4; k++) {
            KMeansParameters parameters = new KMeansParameters(k, 1, KSweep.SWEEP_MAX_ITERATIONS,
                    KSweep.SWEEP_TOLERANCE, seed + k);
            assertEquals(stability.of(scored, parameters, new KMeans(1), Progress.none()),
                    choice.score(k).stability(), 0.0, "k = " + k);
            assertEquals(sample, choice.score(k).scores().silhouetteSample());
        }
        assertEquals(1.0, choice.score(3).stability(), 1e-3, "the planted k is stable on the sample");
        assertEquals(3, choice.suggestedK());
    }

    @Test
    void theScoredRowsAreTheSilhouettesSample() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 2, 6), 3000, 1.0, 23);
        ClusterQuality sampled = new ClusterQuality(1000, 400, 5);
        FeatureMatrix scored = sampled.scoredRows(blobs.data());
        assertEquals(400, scored.rows());
        // the sampled silhouette is the exact silhouette of the scored rows (rows kept in their order)
        int[] labels = blobs.truth();
        int[] scoredLabels = new int[scored.rows()];
        for (int i = 0, r = 0; i < blobs.data().rows() && r < scored.rows(); i++) {
            if (java.util.Arrays.equals(blobs.data().row(i), scored.row(r))) {
                scoredLabels[r++] = labels[i];
            }
        }
        assertEquals(sampled.silhouette(blobs.data(), labels, Progress.none()).value(),
                ClusterQuality.exact().silhouette(scored, scoredLabels, Progress.none()).value(), 1e-12);
        // under the exact limit every row is scored
        assertEquals(3000, new ClusterQuality(5000, 400, 5).scoredRows(blobs.data()).rows());
    }

    @Test
    void sameSeedSameSweepOnAnyThreadCount() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 2, 4), 6000, 1.0, 12);
        KChoice one = new KSweep(2, 5, 2, 9, 1000, 2).withThreads(1).run(blobs.data(), Progress.none());
        KChoice two = new KSweep(2, 5, 2, 9, 1000, 2).withThreads(2).run(blobs.data(), Progress.none());
        assertEquals(one.favoured(), two.favoured());
        for (int k = 2; k <= 5; k++) {
            assertEquals(one.score(k).scores(), two.score(k).scores());
            assertEquals(one.score(k).stability(), two.score(k).stability(), 0.0);
            assertArrayEquals(one.score(k).clustering().labels(), two.score(k).clustering().labels());
        }
    }

    @Test
    void sweepParametersAreCheckedByName() {
        assertEquals("kMin", assertThrows(BadParameterException.class, () -> new KSweep(1, 5, 1, 0, 100, 0))
                .parameter());
        assertEquals("kMax", assertThrows(BadParameterException.class, () -> new KSweep(4, 3, 1, 0, 100, 0))
                .parameter());
        assertEquals("restarts", assertThrows(BadParameterException.class, () -> new KSweep(2, 3, 0, 0, 100, 0))
                .parameter());
        assertEquals("stabilityResamples", assertThrows(BadParameterException.class,
                () -> new KSweep(2, 3, 1, 0, 100, 1)).parameter());
        assertEquals("silhouetteSample", assertThrows(BadParameterException.class,
                () -> new KSweep(2, 3, 1, 0, 1, 0)).parameter());
        FeatureMatrix five = FeatureMatrix.ofRows(new double[][] {{0}, {1}, {2}, {3}, {4}}, SegmentFixtures.names(1));
        assertEquals("kMax", assertThrows(BadParameterException.class,
                () -> new KSweep(2, 6, 1, 0, 100, 0).run(five, Progress.none())).parameter());
    }

    @Test
    void sweepIsCancellableAndReportsEachK() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 2, 4), 6000, 1.0, 12);
        assertThrows(CancelledException.class,
                () -> new KSweep(2, 10, 5, 1, 1000, 3).run(blobs.data(), CancelledProgress.afterChecks(20)));
        List<String> stages = new ArrayList<>();
        List<Long> worked = new ArrayList<>();
        new KSweep(2, 4, 1, 1, 1000, 0).run(blobs.data(), new Progress() {
            @Override
            public void worked(long done, long total) {
                assertEquals(4, total);
                worked.add(done);
            }

            @Override
            public void stage(String messageKey, Object... args) {
                stages.add(messageKey + args[0]);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals(List.of("segment.sweep.stage.k2", "segment.sweep.stage.k3", "segment.sweep.stage.k4",
                "segment.sweep.stage.silhouette3"), stages);
        assertEquals(List.of(1L, 2L, 3L, 4L), worked);
    }

    @Test
    void stabilityIsHighForPlantedSegmentsAndLowForAnArbitrarySplit() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 3, 8), 3000, 1.0, 13);
        KMeans kmeans = new KMeans();
        Stability stability = new Stability(4, 3);
        assertEquals(1.0, stability.of(blobs.data(), new KMeansParameters(3, 2, 100, 0, 1), kmeans, Progress.none()),
                1e-3);
        // one round blob cut in 2 has no right cut: runs disagree
        SegmentFixtures.Blobs round = SegmentFixtures.blobs(new double[][] {{0, 0, 0}}, 3000, 1.0, 14);
        double arbitrary = stability.of(round.data(), new KMeansParameters(6, 1, 100, 0, 1), kmeans, Progress.none());
        assertTrue(arbitrary < 0.9, "an arbitrary split is less stable, was " + arbitrary);
    }

    @Test
    void choiceRulesOnHandMadeScores() {
        // WCSS with a clear knee at 4; silhouette favours 4, Davies-Bouldin 3, Calinski-Harabasz 4, stability 5
        double[] wcss = {1000, 600, 200, 180, 165, 150};
        double[] silhouette = {0.4, 0.5, 0.7, 0.6, 0.55, 0.5};
        double[] db = {1.0, 0.6, 0.7, 0.9, 1.0, 1.1};
        double[] ch = {100, 200, 400, 350, 300, 250};
        double[] stability = {0.7, 0.95, 0.96, 0.97, 0.6, 0.5};
        List<KScore> scores = new ArrayList<>();
        for (int i = 0; i < wcss.length; i++) {
            QualityScores q = new QualityScores(wcss[i], silhouette[i], 100, true, db[i], ch[i]);
            scores.add(new KScore(i + 2, q, stability[i], null));
        }
        KChoice choice = KChoice.of(scores);
        assertEquals(Map.of(KMetric.ELBOW, 4, KMetric.SILHOUETTE, 4, KMetric.DAVIES_BOULDIN, 3,
                KMetric.CALINSKI_HARABASZ, 4, KMetric.STABILITY, 5), choice.favoured());
        assertEquals(4, choice.suggestedK());
        assertFalse(choice.metricsAgree());
        assertEquals(List.of(KMetric.DAVIES_BOULDIN, KMetric.STABILITY), choice.disagreeing());
        // a tie (two votes each) goes to the higher silhouette
        List<KScore> two = scores.subList(0, 2);
        KChoice tie = KChoice.of(two);
        assertTrue(tie.favouredBy(KMetric.ELBOW).isEmpty(), "no elbow with two k");
        assertEquals(3, tie.suggestedK());
    }
}
