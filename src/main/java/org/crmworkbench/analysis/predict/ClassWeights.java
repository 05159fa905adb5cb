package org.crmworkbench.analysis.predict;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The ways a classifier gives the rarer class its due ({@link ClassBalance#WEIGHTS}): row weights for the logistic
 * regression, Smile's integer class weights for the forest, and seeded oversampling of the rarer class for boosting.
 */
final class ClassWeights {
    private ClassWeights() {
    }

    /** Weight {@code n / (2 n_class)} per row, so each class weighs n/2 in total. */
    static double[] rowWeights(double[] y) {
        int ones = positives(y);
        int zeros = y.length - ones;
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = y[i] == 1 ? y.length / (2.0 * ones) : y.length / (2.0 * zeros);
        }
        return w;
    }

    /**
     * Smile 3.1.1's forest class weights (class 0, class 1): each tree draws {@code n_class / weight} rows of a
     * class, so the commoner class gets the rounded ratio of the class sizes and is sampled down to about the size
     * of the rarer one.
     */
    static int[] forestWeights(double[] y) {
        int ones = positives(y);
        int zeros = y.length - ones;
        if (ones == 0 || zeros == 0) {
            return new int[] {1, 1};
        }
        return zeros >= ones ? new int[] {(int) Math.max(1, Math.round((double) zeros / ones)), 1}
                : new int[] {1, (int) Math.max(1, Math.round((double) ones / zeros))};
    }

    /**
     * Rows to train on with the rarer class drawn again (seeded, with replacement) until both classes are the same
     * size: all given rows first, then the extra draws.
     */
    static int[] oversample(int[] rows, double[] y, long seed) {
        int ones = 0;
        for (int r : rows) {
            if (y[r] == 1) {
                ones++;
            }
        }
        int zeros = rows.length - ones;
        if (ones == 0 || zeros == 0 || ones == zeros) {
            return rows.clone();
        }
        double rare = ones < zeros ? 1 : 0;
        int[] pool = Arrays.stream(rows).filter(r -> y[r] == rare).toArray();
        int extra = Math.abs(zeros - ones);
        int[] out = Arrays.copyOf(rows, rows.length + extra);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < extra; i++) {
            out[rows.length + i] = pool[random.nextInt(pool.length)];
        }
        return out;
    }

    private static int positives(double[] y) {
        int ones = 0;
        for (double v : y) {
            if (v == 1) {
                ones++;
            }
        }
        return ones;
    }
}
