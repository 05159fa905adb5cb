package org.crmworkbench.analysis.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaProjectionTest {

    /** Variance 9 along (1, 1, 0)/sqrt 2, 1 along (1, -1, 0)/sqrt 2, 0.01 along z: the axes are known. */
    @Test
    void recoversPlantedAxes() {
        Random random = new Random(3);
        int n = 20_000;
        double[][] rows = new double[n][];
        double s = Math.sqrt(0.5);
        for (int i = 0; i < n; i++) {
            double a = 3 * random.nextGaussian();
            double b = random.nextGaussian();
            double c = 0.1 * random.nextGaussian();
            rows[i] = new double[] {10 + s * (a + b), -5 + s * (a - b), 2 + c};
        }
        Projection p = PcaProjection.fit(FeatureMatrix.ofRows(rows, List.of("x", "y", "z")));
        assertEquals(s, p.axes()[0][0], 0.01);
        assertEquals(s, p.axes()[0][1], 0.01);
        assertEquals(0, p.axes()[0][2], 0.01);
        // second axis: (1, -1, 0)/sqrt 2 up to sign; the sign rule makes the first largest loading positive
        assertEquals(s, Math.abs(p.axes()[1][0]), 0.01);
        assertEquals(-p.axes()[1][0], p.axes()[1][1], 0.02);
        double[] second = p.axes()[1];
        int big = Math.abs(second[0]) >= Math.abs(second[1]) ? 0 : 1;
        assertTrue(second[big] > 0);
        assertEquals(9 / 10.01, p.explained()[0], 0.01);
        assertEquals(1 / 10.01, p.explained()[1], 0.01);
        assertEquals(10, p.mean()[0], 0.1);
        // projections are the centred rows on the axes
        double[] first = p.project(rows[0]);
        assertEquals(p.x()[0], first[0], 1e-9);
        assertEquals(p.y()[0], first[1], 1e-9);
    }

    /** explained_variance_ratio_ of sklearn.decomposition.PCA on dbscan5d.csv (make_fixtures.py, sklearn 1.2.1). */
    @Test
    void explainedShareMatchesScikitLearn() throws Exception {
        FeatureMatrix data = SegmentFixtures.csv("/segment/dbscan5d.csv").data();
        Projection p = PcaProjection.fit(data);
        assertEquals(0.5018065788707946, p.explained()[0], 1e-10);
        assertEquals(0.19772052836584966, p.explained()[1], 1e-10);
        double norm0 = 0;
        double dot = 0;
        for (int j = 0; j < 5; j++) {
            norm0 += p.axes()[0][j] * p.axes()[0][j];
            dot += p.axes()[0][j] * p.axes()[1][j];
        }
        assertEquals(1, norm0, 1e-12);
        assertEquals(0, dot, 1e-12);
    }

    @Test
    void jacobiDiagonalisesASymmetricMatrix() {
        double[][] a = {{4, 1, 2}, {1, 3, 0.5}, {2, 0.5, 5}};
        double[][] copy = {a[0].clone(), a[1].clone(), a[2].clone()};
        double[][] vectors = new double[3][3];
        double[] values = PcaProjection.jacobi(copy, vectors);
        for (int e = 0; e < 3; e++) {
            for (int i = 0; i < 3; i++) {
                double av = 0;
                for (int j = 0; j < 3; j++) {
                    av += a[i][j] * vectors[j][e];
                }
                assertEquals(values[e] * vectors[i][e], av, 1e-12);
            }
        }
        assertEquals(12, values[0] + values[1] + values[2], 1e-12);
    }

    @Test
    void singleFeature() {
        Projection p = PcaProjection.fit(FeatureMatrix.ofRows(new double[][] {{1}, {2}, {4}}, List.of("a")));
        assertEquals(1, p.explained()[0], 1e-12);
        assertEquals(0, p.explained()[1], 1e-12);
        assertEquals(1, p.axes()[0][0], 1e-12);
    }
}
