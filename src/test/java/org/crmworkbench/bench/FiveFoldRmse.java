package org.crmworkbench.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.crmworkbench.analysis.recommend.RatingMatrix;

/**
 * Surprise's protocol: the ratings (not each customer's) shuffled with a seed and dealt into 5 folds; each fold is
 * predicted by a model fitted on the other four; the RMSE is the mean of the five folds' RMSEs. Every model
 * predicts in the whole matrix's customer and product numbering ({@link RatingMatrix#keep} keeps it).
 */
final class FiveFoldRmse {
    static final int FOLDS = 5;

    interface Predictor {
        double predict(int user, int item);
    }

    private FiveFoldRmse() {
    }

    /** The fold of every position of the matrix. */
    static int[] folds(RatingMatrix all, long seed) {
        int n = all.size();
        int[] perm = IntStream.range(0, n).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] fold = new int[n];
        for (int k = 0; k < n; k++) {
            fold[perm[k]] = k % FOLDS;
        }
        return fold;
    }

    /** Mean over the folds of each fold's RMSE; {@code fit} makes a predictor from the training matrix. */
    static double rmse(RatingMatrix all, int[] fold, Function<RatingMatrix, Predictor> fit) {
        double sum = 0;
        for (int f = 0; f < FOLDS; f++) {
            boolean[] train = new boolean[all.size()];
            for (int p = 0; p < train.length; p++) {
                train[p] = fold[p] != f;
            }
            Predictor model = fit.apply(all.keep(train));
            sum += RecommendBenchmark.rmse(all, train, model::predict);
        }
        return sum / FOLDS;
    }

    static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }
}
