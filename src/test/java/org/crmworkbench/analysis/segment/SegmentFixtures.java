package org.crmworkbench.analysis.segment;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Data with planted structure for the segmentation tests: Gaussian blobs round known centres, uniform noise, fixture
 * CSVs with reference labels, and the adjusted Rand index to compare labellings.
 */
final class SegmentFixtures {
    private SegmentFixtures() {
    }

    /** Rows drawn round {@code centres} (in turn), with noise of standard deviation {@code spread}; truth kept. */
    record Blobs(FeatureMatrix data, int[] truth, double[][] centres) {
    }

    /** A fixture CSV: coordinates then scikit-learn's DBSCAN label per row. */
    record Labelled(FeatureMatrix data, int[] labels) {
    }

    static Labelled csv(String resource) throws Exception {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SegmentFixtures.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",");
                double[] row = new double[parts.length - 1];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(parts[j]);
                }
                rows.add(row);
                labels.add(Integer.parseInt(parts[parts.length - 1]));
            }
        }
        int d = rows.get(0).length;
        return new Labelled(FeatureMatrix.ofRows(rows.toArray(double[][]::new), names(d)),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    static List<String> names(int d) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("f" + j);
        }
        return names;
    }

    /** {@code rows} rows round {@code centres}, rows interleaved (row i round centre i mod k); truth = centre index. */
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

    static FeatureMatrix uniform(int n, int d, double lo, double hi, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * random.nextDouble();
        }
        return new FeatureMatrix(v, n, names(d));
    }

    /** Adjusted Rand index of two labellings (noise treated as one more label). */
    static double ari(int[] a, int[] b) {
        java.util.Map<Long, Integer> pairs = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> ca = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> cb = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            pairs.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
            ca.merge(a[i], 1, Integer::sum);
            cb.merge(b[i], 1, Integer::sum);
        }
        double index = pairs.values().stream().mapToDouble(SegmentFixtures::choose2).sum();
        double sa = ca.values().stream().mapToDouble(SegmentFixtures::choose2).sum();
        double sb = cb.values().stream().mapToDouble(SegmentFixtures::choose2).sum();
        double expected = sa * sb / choose2(a.length);
        double max = (sa + sb) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }
}
