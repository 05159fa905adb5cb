package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AdjustedRandIndex;

class KMeansTest {

    @Test
    void recoversPlantedBlobs() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(5, 4, 10), 5000, 1.0, 1);
        Clustering c = new KMeans().fit(blobs.data(), KMeansParameters.of(5, 7), Progress.none());
        assertEquals("kmeans", c.algorithm());
        assertEquals(5, c.clusterCount());
        assertEquals(1.0, AdjustedRandIndex.of(blobs.truth(), c.labels()), 1e-3);
        for (double[] planted : blobs.centres()) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] found : c.centroids()) {
                nearest = Math.min(nearest, Math.sqrt(KMeansPlusPlus.squared(planted, 0, found, 0, 4)));
            }
            assertTrue(nearest < 0.1, "planted centre found within 0.1, was " + nearest);
        }
        assertEquals(Clustering.wcssOf(blobs.data(), c.labels(), c.centroids()), c.wcss(), 1e-9 * c.wcss());
        double[][] means = Clustering.meansOf(blobs.data(), c.labels(), 5);
        for (int k = 0; k < 5; k++) {
            assertArrayEquals(means[k], c.centroids()[k], 1e-9);
        }
    }

    @Test
    void sameSeedSameSegmentsOnAnyThreadCount() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(6, 3, 3), 20_000, 1.5, 2);
        KMeansParameters p = new KMeansParameters(6, 3, 100, 0, 99);
        Clustering one = new KMeans(1).fit(blobs.data(), p, Progress.none());
        Clustering two = new KMeans(2).fit(blobs.data(), p, Progress.none());
        Clustering three = new KMeans(3).fit(blobs.data(), p, Progress.none());
        for (Clustering other : new Clustering[] {two, three}) {
            assertArrayEquals(one.labels(), other.labels());
            assertEquals(one.wcss(), other.wcss(), 0.0);
            assertEquals(one.iterations(), other.iterations());
            for (int k = 0; k < 6; k++) {
                assertArrayEquals(one.centroids()[k], other.centroids()[k], 0.0);
            }
        }
        Clustering otherSeed = new KMeans(2).fit(blobs.data(), p.withSeed(100), Progress.none());
        assertEquals(6, otherSeed.clusterCount());
    }

    @Test
    void hamerlyBoundsGiveTheSameIterationsAsPlainLloyd() {
        // overlapping blobs and a poor start, so many rows change segment over many iterations
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(5, 3, 2), 12_000, 1.2, 3);
        double[][] start = new double[5][];
        for (int k = 0; k < 5; k++) {
            start[k] = blobs.data().row(k * 7);
        }
        KMeans kmeans = new KMeans(2);
        Clustering plain = kmeans.fitFrom(blobs.data(), start, 500, 0, false, Progress.none());
        Clustering bounded = kmeans.fitFrom(blobs.data(), start, 500, 0, true, Progress.none());
        assertTrue(plain.iterations() > 10, "a real test needs many iterations, had " + plain.iterations());
        assertEquals(plain.iterations(), bounded.iterations());
        assertArrayEquals(plain.labels(), bounded.labels());
        for (int k = 0; k < 5; k++) {
            assertArrayEquals(plain.centroids()[k], bounded.centroids()[k], 0.0);
        }
        assertEquals(plain.wcss(), bounded.wcss(), 0.0);
        // a fixed number of iterations stops there
        Clustering three = kmeans.fitFrom(blobs.data(), start, 3, 0, true, Progress.none());
        assertEquals(3, three.iterations());
    }

    @Test
    void emptySegmentIsReseededOnTheFarthestRow() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 2, 10), 3000, 1.0, 4);
        double[][] start = {blobs.data().row(0), blobs.data().row(1), {1000, 1000}};
        Clustering c = new KMeans(2).fitFrom(blobs.data(), start, 100, 0, true, Progress.none());
        for (int size : c.sizes()) {
            assertTrue(size > 0, "no segment stays empty");
        }
        for (double v : c.centroids()[2]) {
            assertTrue(Math.abs(v) < 100, "the far centre moved onto the data");
        }
        // with planted blobs the re-seeded run still ends on the planted segments
        assertEquals(1.0, AdjustedRandIndex.of(blobs.truth(), c.labels()), 1e-2);
    }

    @Test
    void duplicateRowsFewerDistinctThanK() {
        double[][] rows = new double[50][];
        for (int i = 0; i < 50; i++) {
            rows[i] = new double[] {i % 2, 0};
        }
        FeatureMatrix data = FeatureMatrix.ofRows(rows, SegmentFixtures.names(2));
        Clustering c = new KMeans().fit(data, new KMeansParameters(3, 2, 20, 0, 1), Progress.none());
        assertEquals(3, c.clusterCount());
        assertEquals(0.0, c.wcss(), 1e-12);
    }

    @Test
    void parametersAreCheckedByName() {
        assertEquals("k", assertThrows(BadParameterException.class,
                () -> new KMeansParameters(1, 1, 10, 0, 0)).parameter());
        assertEquals("restarts", assertThrows(BadParameterException.class,
                () -> new KMeansParameters(2, 0, 10, 0, 0)).parameter());
        assertEquals("maxIterations", assertThrows(BadParameterException.class,
                () -> new KMeansParameters(2, 1, 0, 0, 0)).parameter());
        assertEquals("tolerance", assertThrows(BadParameterException.class,
                () -> new KMeansParameters(2, 1, 10, -1e-3, 0)).parameter());
        assertEquals("tolerance", assertThrows(BadParameterException.class,
                () -> new KMeansParameters(2, 1, 10, Double.NaN, 0)).parameter());
        FeatureMatrix three = FeatureMatrix.ofRows(new double[][] {{0}, {1}, {2}}, SegmentFixtures.names(1));
        BadParameterException tooMany = assertThrows(BadParameterException.class,
                () -> new KMeans().fit(three, KMeansParameters.of(4, 0), Progress.none()));
        assertEquals("k", tooMany.parameter());
        assertEquals("segment.kmeans.k.moreThanRows", tooMany.messageKey());
        assertEquals(3, new KMeans().fit(three, KMeansParameters.of(3, 0), Progress.none()).clusterCount());
    }

    @Test
    void cancellationStopsTheRun() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(4, 3, 2), 20_000, 1.5, 5);
        CancelledProgress progress = CancelledProgress.afterChecks(5);
        assertThrows(CancelledException.class,
                () -> new KMeans().fit(blobs.data(), new KMeansParameters(4, 50, 300, 0, 1), progress));
        assertTrue(progress.checks() <= 7, "stopped at the first check after the cancel");
    }
}
