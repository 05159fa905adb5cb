package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded splits of 0/1 rows that keep the share of positives: a hold-out and k cross-validation folds. Each class is
 * shuffled on its own and dealt out, so every part gets its fair share of the rarer class.
 */
final class StratifiedFolds {
    private StratifiedFolds() {
    }

    /** Rows split into training and held-out rows, each ascending. */
    record Split(int[] train, int[] test) {
    }

    /** Holds out {@code share} of each class (at least one row of each when the class has two or more). */
    static Split holdOut(double[] y, double share, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] held = new boolean[y.length];
        for (int[] rows : byClass(y)) {
            shuffle(rows, random);
            int take = (int) Math.round(rows.length * share);
            if (take == 0 && rows.length >= 2) {
                take = 1;
            }
            if (take == rows.length && rows.length >= 2) {
                take = rows.length - 1;
            }
            for (int i = 0; i < take; i++) {
                held[rows[i]] = true;
            }
        }
        return split(held);
    }

    /** Fold number of each row, 0..k-1; each class is dealt round the folds in a seeded order. */
    static int[] folds(double[] y, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[] fold = new int[y.length];
        int next = 0;
        for (int[] rows : byClass(y)) {
            shuffle(rows, random);
            for (int row : rows) {
                fold[row] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }

    /** Training and test rows of fold {@code f}. */
    static Split fold(int[] folds, int f) {
        boolean[] held = new boolean[folds.length];
        for (int i = 0; i < folds.length; i++) {
            held[i] = folds[i] == f;
        }
        return split(held);
    }

    private static Split split(boolean[] held) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            (held[i] ? test : train).add(i);
        }
        return new Split(train.stream().mapToInt(Integer::intValue).toArray(),
                test.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int[][] byClass(double[] y) {
        int positives = 0;
        for (double v : y) {
            if (v == 1) {
                positives++;
            }
        }
        int[] zeros = new int[y.length - positives];
        int[] ones = new int[positives];
        int z = 0;
        int o = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                ones[o++] = i;
            } else {
                zeros[z++] = i;
            }
        }
        return new int[][] {zeros, ones};
    }

    private static void shuffle(int[] rows, SplittableRandom random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }
}
