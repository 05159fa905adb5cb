package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmworkbench.analysis.segment.Dbscan.IndexKind;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class DbscanTest {

    private static Clustering run(FeatureMatrix data, double eps, int minPts, IndexKind kind) {
        return new Dbscan(new DbscanParameters(eps, minPts), kind).fit(data, Progress.none());
    }

    /** Labels computed once with scikit-learn 1.2.1 (src/test/resources/segment/make_fixtures.py). */
    @Test
    void matchesScikitLearnIn2dOnGridAndTree() throws Exception {
        SegmentFixtures.Labelled f = SegmentFixtures.csv("/segment/dbscan2d.csv");
        for (IndexKind kind : IndexKind.values()) {
            Clustering c = run(f.data(), 0.3, 5, kind);
            assertArrayEquals(f.labels(), c.labels(), kind.name());
            assertEquals(3, c.clusterCount());
            assertEquals(57, c.noiseCount());
        }
        assertEquals(IndexKind.GRID, new Dbscan(new DbscanParameters(0.3, 5)).indexFor(f.data()));
    }

    @Test
    void matchesScikitLearnIn5d() throws Exception {
        SegmentFixtures.Labelled f = SegmentFixtures.csv("/segment/dbscan5d.csv");
        Clustering c = run(f.data(), 1.0, 6, IndexKind.AUTO);
        assertArrayEquals(f.labels(), c.labels());
        assertArrayEquals(new int[] {120, 120, 119, 119}, c.sizes());
        assertEquals(82, c.noiseCount());
        assertEquals(IndexKind.KD_TREE, new Dbscan(new DbscanParameters(1.0, 6)).indexFor(f.data()));
    }

    @Test
    void findsPlantedBlobsAndLeavesScatteredRowsAsNoise() {
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(centres, centres.length * 250, 0.3, 11);
        int noise = 40;
        int n = blobs.data().rows() + noise;
        double[] v = new double[n * 2];
        System.arraycopy(blobs.data().values(), 0, v, 0, blobs.data().values().length);
        int[] truth = new int[n];
        System.arraycopy(blobs.truth(), 0, truth, 0, blobs.truth().length);
        for (int t = 0; t < noise; t++) {
            // scattered rows on a circle of radius 40, 6+ apart from each other and far from every blob
            double angle = 2 * Math.PI * t / noise;
            int i = blobs.data().rows() + t;
            v[2 * i] = 5 + 40 * Math.cos(angle);
            v[2 * i + 1] = 5 + 40 * Math.sin(angle);
            truth[i] = Clustering.NOISE;
        }
        FeatureMatrix data = new FeatureMatrix(v, n, SegmentFixtures.names(2));
        for (IndexKind kind : IndexKind.values()) {
            Clustering c = run(data, 0.5, 5, kind);
            assertEquals(4, c.clusterCount(), kind.name());
            for (int i = blobs.data().rows(); i < n; i++) {
                assertEquals(Clustering.NOISE, c.labels()[i]);
            }
            assertTrue(SegmentFixtures.ari(truth, c.labels()) > 0.98, kind.name());
            for (double[] centroid : c.centroids()) {
                double nearest = Double.POSITIVE_INFINITY;
                for (double[] centre : centres) {
                    nearest = Math.min(nearest, Math.hypot(centroid[0] - centre[0], centroid[1] - centre[1]));
                }
                assertTrue(nearest < 0.1, "centroid near a planted centre");
            }
            assertEquals(Clustering.wcssOf(data, c.labels(), c.centroids()), c.wcss(), 1e-9);
            assertEquals("dbscan", c.algorithm());
        }
    }

    @Test
    void gridAndTreeGiveIdenticalLabels() {
        // eps around the percolation threshold: many segments of all sizes, plenty of border and noise rows
        double[][] epsByD = {{}, {}, {0.08, 0.12}, {0.45, 0.6}};
        for (int d = 2; d <= 3; d++) {
            FeatureMatrix data = SegmentFixtures.uniform(6000, d, 0, 10, 5 + d);
            for (double eps : epsByD[d]) {
                Clustering grid = run(data, eps, 4, IndexKind.GRID);
                Clustering tree = run(data, eps, 4, IndexKind.KD_TREE);
                assertArrayEquals(grid.labels(), tree.labels(), "d=" + d + " eps=" + eps);
                assertTrue(grid.clusterCount() > 5 && grid.noiseCount() > 0,
                        "d=" + d + " eps=" + eps + ": " + grid.clusterCount() + " segments, " + grid.noiseCount()
                                + " noise");
            }
        }
    }

    @Test
    void treeAgreesWithBruteForceNeighbourCounts() {
        FeatureMatrix data = SegmentFixtures.uniform(1500, 6, -1, 1, 3);
        KdTree tree = new KdTree(data.values(), data.rows(), data.cols());
        double eps2 = 0.5 * 0.5;
        int[] out = new int[data.rows()];
        for (int i = 0; i < data.rows(); i += 7) {
            int brute = 0;
            for (int q = 0; q < data.rows(); q++) {
                double s = 0;
                for (int j = 0; j < 6; j++) {
                    double e = data.get(q, j) - data.get(i, j);
                    s += e * e;
                }
                brute += s <= eps2 ? 1 : 0;
            }
            assertEquals(brute, tree.within(i, eps2, out));
            assertEquals(Math.min(brute, 3), tree.countWithin(i, eps2, 3));
        }
    }

    @Test
    void minPtsOneMakesEveryRowCore() {
        FeatureMatrix data = SegmentFixtures.uniform(300, 2, 0, 100, 9);
        Clustering c = run(data, 0.01, 1, IndexKind.AUTO);
        assertEquals(0, c.noiseCount());
        assertEquals(300, c.clusterCount());
    }

    @Test
    void badParametersNameTheParameter() {
        for (double eps : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            BadParameterException e = assertThrows(BadParameterException.class, () -> new DbscanParameters(eps, 5));
            assertEquals("eps", e.parameter());
            assertEquals("segment.density.bad.eps", e.messageKey());
        }
        BadParameterException e = assertThrows(BadParameterException.class, () -> new DbscanParameters(0.5, 0));
        assertEquals("min-pts", e.parameter());
        assertEquals("segment.density.bad.minPts", e.messageKey());
    }

    @Test
    void cancelStopsTheRun() {
        FeatureMatrix data = SegmentFixtures.uniform(20_000, 2, 0, 10, 1);
        for (IndexKind kind : new IndexKind[] {IndexKind.GRID, IndexKind.KD_TREE}) {
            CancelledProgress progress = CancelledProgress.afterChecks(3);
            assertThrows(CancelledException.class,
                    () -> new Dbscan(new DbscanParameters(0.1, 4), kind).fit(data, progress));
            assertEquals(4, progress.checks());
        }
    }

    @Test
    void emptyDataGivesNoSegments() {
        FeatureMatrix data = new FeatureMatrix(new double[0], 0, SegmentFixtures.names(2));
        Clustering c = run(data, 1, 3, IndexKind.AUTO);
        assertEquals(0, c.clusterCount());
        assertEquals(0, c.labels().length);
    }
}
