package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

class KDistanceTest {

    @Test
    void matchesBruteForce() {
        FeatureMatrix data = SegmentFixtures.uniform(700, 4, 0, 1, 21);
        for (int k : new int[] {1, 2, 5, 30}) {
            KDistanceCurve curve = new KDistance(k).compute(data, Progress.none());
            double[] brute = new double[data.rows()];
            for (int i = 0; i < data.rows(); i++) {
                double[] all = new double[data.rows()];
                for (int q = 0; q < data.rows(); q++) {
                    double s = 0;
                    for (int j = 0; j < 4; j++) {
                        double e = data.get(q, j) - data.get(i, j);
                        s += e * e;
                    }
                    all[q] = Math.sqrt(s);
                }
                Arrays.sort(all);
                brute[i] = all[k - 1];
            }
            Arrays.sort(brute);
            assertArrayEquals(brute, curve.distances(), 1e-12, "k=" + k);
            assertEquals(k, curve.k());
            assertFalse(curve.isSampleOf(data.rows()));
        }
    }

    /**
     * Planted density scale: four square lattices of spacing 0.1 (so a lattice row's 4th nearest neighbour, itself
     * counted, is 0.1 away) and 60 scattered rows 5 apart. The knee must fall between the two scales.
     */
    @Test
    void kneeSitsAtThePlantedDensityScale() {
        int side = 30;
        int noise = 60;
        double[] v = new double[(4 * side * side + noise) * 2];
        int p = 0;
        for (int b = 0; b < 4; b++) {
            for (int a = 0; a < side; a++) {
                for (int c = 0; c < side; c++) {
                    v[p++] = 20 * b + 0.1 * a;
                    v[p++] = 0.1 * c;
                }
            }
        }
        for (int t = 0; t < noise; t++) {
            v[p++] = 5 * t;
            v[p++] = 50;
        }
        FeatureMatrix data = new FeatureMatrix(v, v.length / 2, SegmentFixtures.names(2));
        KDistanceCurve curve = new KDistance(4).compute(data, Progress.none());
        assertEquals(0.1, curve.distances()[0], 1e-9);
        assertTrue(curve.suggestedEps() >= 0.1 - 1e-9 && curve.suggestedEps() < 1, "eps " + curve.suggestedEps());
        assertEquals(curve.distances()[curve.kneeIndex()], curve.suggestedEps());
        // DBSCAN with the suggested eps finds the four lattices and leaves the scattered rows out
        Clustering c = new Dbscan(new DbscanParameters(curve.suggestedEps(), 4)).fit(data, Progress.none());
        assertEquals(4, c.clusterCount());
        assertEquals(noise, c.noiseCount());
    }

    @Test
    void largeDataIsSampledWithTheSeed() {
        FeatureMatrix data = SegmentFixtures.uniform(3000, 3, 0, 1, 4);
        KDistanceCurve a = new KDistance(5, 500, 99).compute(data, Progress.none());
        KDistanceCurve b = new KDistance(5, 500, 99).compute(data, Progress.none());
        KDistanceCurve other = new KDistance(5, 500, 100).compute(data, Progress.none());
        assertEquals(500, a.distances().length);
        assertTrue(a.isSampleOf(data.rows()));
        assertArrayEquals(a.distances(), b.distances());
        assertFalse(Arrays.equals(a.distances(), other.distances()));
    }

    @Test
    void kneeRuleOnAKnownCurve() {
        // flat at 1 for 90 points then rising steeply: the knee is the last flat point
        double[] curve = new double[100];
        for (int i = 0; i < 100; i++) {
            curve[i] = i < 90 ? 1 : 1 + (i - 89) * 10;
        }
        assertEquals(89, KDistance.knee(curve));
        assertEquals(2, KDistance.knee(new double[] {3, 3, 3}));
    }

    @Test
    void badParametersAndCancel() {
        assertEquals("min-pts", assertThrows(BadParameterException.class, () -> new KDistance(0)).parameter());
        FeatureMatrix tiny = SegmentFixtures.uniform(3, 2, 0, 1, 1);
        assertEquals("min-pts", assertThrows(BadParameterException.class,
                () -> new KDistance(4).compute(tiny, Progress.none())).parameter());
        FeatureMatrix data = SegmentFixtures.uniform(5000, 2, 0, 1, 1);
        assertThrows(CancelledException.class,
                () -> new KDistance(4).compute(data, CancelledProgress.afterChecks(2)));
    }
}
