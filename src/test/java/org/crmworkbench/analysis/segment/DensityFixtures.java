package org.crmworkbench.analysis.segment;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Data with planted structure and reference results for the density, mixture and outlier tests. */
final class DensityFixtures {
    private DensityFixtures() {
    }

    /** A fixture CSV: coordinates then scikit-learn's DBSCAN label per row. */
    record Labelled(FeatureMatrix data, int[] labels) {
    }

    static Labelled csv(String resource) throws Exception {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DensityFixtures.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
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

    /** Gaussian blobs of {@code size} rows around the centres, rows interleaved; truth = blob index. */
    static Labelled blobs(double[][] centres, int size, double sd, long seed) {
        Random random = new Random(seed);
        int d = centres[0].length;
        double[][] rows = new double[centres.length * size][d];
        int[] truth = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int c = i % centres.length;
            truth[i] = c;
            for (int j = 0; j < d; j++) {
                rows[i][j] = centres[c][j] + sd * random.nextGaussian();
            }
        }
        return new Labelled(FeatureMatrix.ofRows(rows, names(d)), truth);
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
        double index = pairs.values().stream().mapToDouble(DensityFixtures::choose2).sum();
        double sa = ca.values().stream().mapToDouble(DensityFixtures::choose2).sum();
        double sb = cb.values().stream().mapToDouble(DensityFixtures::choose2).sum();
        double expected = sa * sb / choose2(a.length);
        double max = (sa + sb) / 2;
        return max == expected ? 1 : (index - expected) / (max - expected);
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }
}
