package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.analysis.segment.GaussianMixtureClustering.Covariance;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class GaussianMixtureClusteringTest {
    private static final double[][] CENTRES = {{0, 0, 0, 0}, {4, 0, 0, 1}, {0, 4, 2, 0}};

    @Test
    void recoversWellSeparatedBlobs() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(CENTRES, CENTRES.length * 400, 0.5, 17);
        for (Covariance shape : Covariance.values()) {
            GaussianMixtureClustering.Fit fit = new GaussianMixtureClustering(3, 42, shape)
                    .fitModel(blobs.data(), Progress.none());
            Clustering c = fit.clustering();
            assertEquals("gmm", c.algorithm());
            assertEquals(3, c.clusterCount());
            assertTrue(SegmentFixtures.ari(blobs.truth(), c.labels()) > 0.99, shape.name());
            assertTrue(fit.converged());
            assertEquals(1, fit.weights()[0] + fit.weights()[1] + fit.weights()[2], 1e-9);
        }
    }

    @Test
    void sameSeedSameSegments() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(CENTRES, CENTRES.length * 200, 1.2, 5);
        Clustering a = new GaussianMixtureClustering(4, 7).fit(blobs.data(), Progress.none());
        Clustering b = new GaussianMixtureClustering(4, 7).fit(blobs.data(), Progress.none());
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(7, new GaussianMixtureClustering(4, 7).seed());
    }

    @Test
    void survivesDegenerateFeatures() {
        // a constant feature and a duplicated one make every covariance singular without the ridge
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(CENTRES, CENTRES.length * 100, 0.5, 1);
        int n = blobs.data().rows();
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] r = blobs.data().row(i);
            rows[i] = new double[] {r[0], r[1], r[2], 1.0, r[0]};
        }
        Clustering c = new GaussianMixtureClustering(3, 1).fit(
                FeatureMatrix.ofRows(rows, SegmentFixtures.names(5)), Progress.none());
        assertTrue(SegmentFixtures.ari(blobs.truth(), c.labels()) > 0.99);
    }

    @Test
    void badKAndCancel() {
        assertEquals("k", assertThrows(BadParameterException.class,
                () -> new GaussianMixtureClustering(0, 1)).parameter());
        FeatureMatrix small = SegmentFixtures.uniform(3, 2, 0, 1, 1);
        assertEquals("k", assertThrows(BadParameterException.class,
                () -> new GaussianMixtureClustering(5, 1).fit(small, Progress.none())).parameter());
        FeatureMatrix data = SegmentFixtures.uniform(2000, 2, 0, 1, 1);
        assertThrows(CancelledException.class,
                () -> new GaussianMixtureClustering(3, 1).fit(data, CancelledProgress.afterChecks(3)));
    }

    @Test
    void wardHierarchyRecoversBlobsAndRefusesLargeData() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(CENTRES, CENTRES.length * 150, 0.5, 8);
        Clustering c = new HierarchicalSegmentation(3).fit(blobs.data(), Progress.none());
        assertEquals(3, c.clusterCount());
        assertEquals(0, c.labels()[0]);
        assertTrue(SegmentFixtures.ari(blobs.truth(), c.labels()) > 0.99);
        FeatureMatrix big = SegmentFixtures.uniform(HierarchicalSegmentation.MAX_ROWS + 1, 2, 0, 1, 1);
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> new HierarchicalSegmentation(3).fit(big, Progress.none()));
        assertEquals("segment.hierarchical.tooManyRows", e.messageKey());
        assertThrows(BadParameterException.class, () -> new HierarchicalSegmentation(0));
    }
}
