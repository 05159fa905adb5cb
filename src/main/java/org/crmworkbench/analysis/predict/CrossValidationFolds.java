package org.crmworkbench.analysis.predict;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded splits of rows: a hold-out share and k folds. The same seed and row count give the same split on every
 * machine (a Fisher-Yates shuffle driven by {@link SplittableRandom}).
 */
final class CrossValidationFolds {

    private CrossValidationFolds() {
    }

    /** The rows 0..n-1 in a seeded random order. */
    static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /**
     * A seeded hold-out: element 0 the training rows, element 1 the test rows (round(n * share), at least 1), each
     * in increasing order.
     */
    static int[][] holdOut(int n, double share, long seed) {
        int[] order = shuffled(n, seed);
        int test = Math.max(1, Math.min(n - 1, (int) Math.round(n * share)));
        int[] testRows = Arrays.copyOfRange(order, 0, test);
        int[] trainRows = Arrays.copyOfRange(order, test, n);
        Arrays.sort(testRows);
        Arrays.sort(trainRows);
        return new int[][] {trainRows, testRows};
    }

    /** The fold (0..k-1) of each row: a seeded shuffle dealt round-robin, so fold sizes differ by at most one. */
    static int[] folds(int n, int k, long seed) {
        int[] order = shuffled(n, seed ^ 0x5DEECE66DL);
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % k;
        }
        return fold;
    }

    /** The rows whose fold is (test) or is not (training) {@code f}. */
    static int[] rows(int[] fold, int f, boolean test) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == test).toArray();
    }

    static double[][] pick(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    static double[] pick(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }
}
