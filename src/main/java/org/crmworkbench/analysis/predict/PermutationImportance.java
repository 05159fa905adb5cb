package org.crmworkbench.analysis.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmworkbench.work.Progress;

/**
 * Permutation importance on held-out rows: for each feature (all level columns of a category together), the rise
 * in RMSE when that feature's values are shuffled among the rows, over {@value #SHUFFLES} seeded shuffles: the mean
 * rise, with the lowest and highest as the interval. Rows are predicted in parallel (a fitted model is thread-safe
 * and each prediction lands in its own slot, so the figures do not depend on the thread count).
 */
final class PermutationImportance {
    static final int SHUFFLES = 5;

    private PermutationImportance() {
    }

    static List<Importance> of(FittedRegression model, PredictorEncoding encoding, double[][] x, double[] y,
                               long seed, Progress progress) {
        double base = RegressionMetrics.rmse(y, predict(model, x));
        List<Importance> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        int column = 0;
        for (int f = 0; f < encoding.features().size(); f++) {
            int width = Math.max(1, encoding.levels().get(f).size());
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < SHUFFLES; s++) {
                progress.checkCancelled();
                int[] order = CrossValidationFolds.shuffled(x.length, random.nextLong());
                double[][] shuffled = new double[x.length][];
                for (int i = 0; i < x.length; i++) {
                    shuffled[i] = x[i].clone();
                    System.arraycopy(x[order[i]], column, shuffled[i], column, width);
                }
                double rise = RegressionMetrics.rmse(y, predict(model, shuffled)) - base;
                sum += rise;
                low = Math.min(low, rise);
                high = Math.max(high, rise);
            }
            out.add(new Importance(encoding.features().get(f), sum / SHUFFLES, low, high));
            column += width;
        }
        return out;
    }

    private static double[] predict(FittedRegression model, double[][] rows) {
        double[] out = new double[rows.length];
        java.util.stream.IntStream.range(0, rows.length).parallel().forEach(i -> out[i] = model.predict(rows[i]));
        return out;
    }
}
