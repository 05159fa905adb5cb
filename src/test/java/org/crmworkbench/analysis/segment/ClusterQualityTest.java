package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AdjustedRandIndex;

class ClusterQualityTest {
    private static final int N = 90;
    private static final int D = 3;

    /**
     * 90 rows of 3 features from an integer formula (exact in any language): rows 0..83 in segment i % 4, rows
     * 84..89 noise. Expected scores below came from scikit-learn 1.2.1 (Debian python3-sklearn, /usr/bin/python3) on
     * the 84 non-noise rows, with the same formula:
     * <pre>
     * X[i, j] = ((i*37 + j*11 + i*j*7) % 101) / 25.0 + (3.0*c if j == c % 3 else 0) + (1.5*c if c >= 0 else 0)
     * silhouette_score(X, c), davies_bouldin_score(X, c), calinski_harabasz_score(X, c)
     * </pre>
     */
    private static final double SKLEARN_SILHOUETTE = 0.6111625151158163;
    private static final double SKLEARN_DAVIES_BOULDIN = 0.5844204124144696;
    private static final double SKLEARN_CALINSKI_HARABASZ = 281.262388233481;

    private static int[] labels() {
        int[] labels = new int[N];
        for (int i = 0; i < N; i++) {
            labels[i] = i < 84 ? i % 4 : Clustering.NOISE;
        }
        return labels;
    }

    private static FeatureMatrix formulaData() {
        int[] labels = labels();
        double[] v = new double[N * D];
        for (int i = 0; i < N; i++) {
            int c = labels[i];
            for (int j = 0; j < D; j++) {
                v[i * D + j] = ((i * 37 + j * 11 + i * j * 7) % 101) / 25.0 + (j == Math.floorMod(c, 3) ? 3.0 * c : 0)
                        + (c >= 0 ? 1.5 * c : 0);
            }
        }
        return new FeatureMatrix(v, N, SegmentFixtures.names(D));
    }

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, 1e-9 * Math.abs(expected), "expected " + expected + ", got " + actual);
    }

    @Test
    void agreesWithScikitLearn() {
        FeatureMatrix data = formulaData();
        for (int threads = 1; threads <= 2; threads++) {
            QualityScores s = new ClusterQuality(1).withThreads(threads).score(data, labels(), Progress.none());
            assertRelative(SKLEARN_SILHOUETTE, s.silhouette());
            assertRelative(SKLEARN_DAVIES_BOULDIN, s.daviesBouldin());
            assertRelative(SKLEARN_CALINSKI_HARABASZ, s.calinskiHarabasz());
            assertTrue(s.silhouetteExact());
            assertEquals(84, s.silhouetteSample());
        }
    }

    @Test
    void adjustedRandIndexOfSmileAgreesWithScikitLearn() {
        // adjusted_rand_score(a, b) with the same formulas, scikit-learn 1.2.1: -0.08365243004418262
        int[] a = new int[40];
        int[] b = new int[40];
        for (int i = 0; i < 40; i++) {
            a[i] = (i * 7) % 5;
            b[i] = i % 6 != 0 ? (i * 3) % 4 : 0;
        }
        assertRelative(-0.08365243004418262, AdjustedRandIndex.of(a, b));
    }

    @Test
    void wcssOfLabelsIsToTheirMeans() {
        FeatureMatrix data = formulaData();
        int[] labels = labels();
        double expected = Clustering.wcssOf(data, labels, Clustering.meansOf(data, labels, 4));
        assertRelative(expected, ClusterQuality.wcss(data, labels));
    }

    @Test
    void sampledPastTheLimitExactWhenAsked() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 2, 6), 3000, 1.0, 8);
        QualityScores exact = ClusterQuality.exact().score(blobs.data(), blobs.truth(), Progress.none());
        assertTrue(exact.silhouetteExact());
        assertEquals(3000, exact.silhouetteSample());
        QualityScores sampled = new ClusterQuality(1000, 800, 5).score(blobs.data(), blobs.truth(), Progress.none());
        assertFalse(sampled.silhouetteExact());
        assertEquals(800, sampled.silhouetteSample());
        assertEquals(exact.silhouette(), sampled.silhouette(), 0.02);
        QualityScores again = new ClusterQuality(1000, 800, 5).score(blobs.data(), blobs.truth(), Progress.none());
        assertEquals(sampled.silhouette(), again.silhouette(), 0.0);
        // the default limit keeps 3,000 rows exact
        assertTrue(new ClusterQuality(5).score(blobs.data(), blobs.truth(), Progress.none()).silhouetteExact());
        assertEquals(exact.daviesBouldin(), sampled.daviesBouldin(), 0.0);
    }

    @Test
    void degenerateCases() {
        FeatureMatrix data = formulaData();
        int[] one = new int[N];
        assertTrue(Double.isNaN(new ClusterQuality(1).silhouette(data, one, Progress.none()).value()));
        assertTrue(Double.isNaN(ClusterQuality.calinskiHarabasz(data, one)));
        assertEquals("silhouetteSample", assertThrows(BadParameterException.class,
                () -> new ClusterQuality(10, 1, 0)).parameter());
    }

    @Test
    void cancellable() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(3, 2, 6), 5000, 1.0, 8);
        assertThrows(CancelledException.class, () -> ClusterQuality.exact()
                .score(blobs.data(), blobs.truth(), CancelledProgress.afterChecks(3)));
    }

    @Test
    void severalSilhouettesAtOnceEqualOneAtATime() {
        SegmentFixtures.Blobs blobs = SegmentFixtures.blobs(SegmentFixtures.axisCentres(4, 3, 6), 3000, 1.0, 21);
        FeatureMatrix data = blobs.data();
        int n = data.rows();
        KMeans kmeans = new KMeans();
        List<int[]> labelings = new ArrayList<>();
        for (int k = 2; k <= 7; k++) {
            labelings.add(kmeans.fit(data, new KMeansParameters(k, 1, 100, 0, k), Progress.none()).labels());
        }
        labelings.add(blobs.truth());
        int[] gaps = new int[n]; // non-consecutive numbers and a singleton segment
        for (int i = 0; i < n; i++) {
            gaps[i] = i == 17 ? 9 : 3 * (blobs.truth()[i] % 2);
        }
        labelings.add(gaps);
        labelings.add(new int[n]); // one segment: NaN
        int[] noisy = blobs.truth().clone(); // other rows left out: scored on their own sample
        for (int i = 0; i < n; i += 7) {
            noisy[i] = Clustering.NOISE;
        }
        labelings.add(noisy);
        int[][] all = labelings.toArray(new int[0][]);
        for (ClusterQuality quality : List.of(ClusterQuality.exact(), new ClusterQuality(1000, 800, 5))) {
            ClusterQuality.Silhouette[] one = quality.withThreads(1).silhouettes(data, all, Progress.none());
            ClusterQuality.Silhouette[] two = quality.withThreads(2).silhouettes(data, all, Progress.none());
            assertEquals(all.length, one.length);
            for (int l = 0; l < all.length; l++) {
                ClusterQuality.Silhouette single = quality.silhouette(data, all[l], Progress.none());
                assertEquals(single.rows(), one[l].rows());
                assertEquals(single.exact(), one[l].exact());
                if (Double.isNaN(single.value())) {
                    assertTrue(Double.isNaN(one[l].value()), "labeling " + l);
                } else {
                    assertEquals(single.value(), one[l].value(), 1e-12, "labeling " + l);
                }
                assertEquals(one[l], two[l], "the same bits on any thread count");
            }
        }
        assertThrows(CancelledException.class, () -> ClusterQuality.exact()
                .silhouettes(data, all, CancelledProgress.afterChecks(3)));
    }
}
