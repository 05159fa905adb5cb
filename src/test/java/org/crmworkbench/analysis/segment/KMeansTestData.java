package org.crmworkbench.analysis.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Planted data for the k-means tests: Gaussian blobs around known centres, and a progress that cancels itself. */
final class KMeansTestData {
    private KMeansTestData() {
    }

    /** Rows drawn round {@code centres} (in turn), with noise of standard deviation {@code spread}; truth kept. */
    record Blobs(FeatureMatrix data, int[] truth, double[][] centres) {
    }

    static Blobs blobs(double[][] centres, int rows, double spread, long seed) {
        int d = centres[0].length;
        Random random = new Random(seed);
        double[] values = new double[rows * d];
        int[] truth = new int[rows];
        for (int i = 0; i < rows; i++) {
            int c = i % centres.length;
            truth[i] = c;
            for (int j = 0; j < d; j++) {
                values[i * d + j] = centres[c][j] + spread * random.nextGaussian();
            }
        }
        return new Blobs(new FeatureMatrix(values, rows, names(d)), truth, centres);
    }

    /** {@code k} centres on the corners of a simplex-like layout, {@code distance} apart on their own axis. */
    static double[][] axisCentres(int k, int d, double distance) {
        double[][] c = new double[k][d];
        for (int i = 0; i < k; i++) {
            c[i][i % d] = distance * (1 + i / d);
        }
        return c;
    }

    static List<String> names(int d) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("f" + j);
        }
        return names;
    }
}
