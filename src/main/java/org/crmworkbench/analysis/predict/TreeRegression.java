package org.crmworkbench.analysis.predict;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.crmworkbench.work.Progress;
import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.math.MathEx;
import smile.regression.DataFrameRegression;
import smile.regression.GradientTreeBoost;
import smile.regression.RandomForest;

/**
 * Random forest and gradient boosting of regression trees, by Smile 3.1.1, made reproducible.
 *
 * <p>Random forest: {@code settings.trees()} trees, each grown from a seed drawn from the study's seed and passed
 * to Smile's {@code RandomForest.fit(..., LongStream seeds)}, which seeds the generator of whatever pool thread grows
 * the tree with it (only seeds above 1 are used, which is why they are drawn from 2 up), so the forest is the same whatever the thread count. The forest is grown
 * in batches of {@value #BATCH} trees (each with its own seeds from the same sequence) merged together, so a run can
 * be cancelled between batches. Every feature is tried at every split (scikit-learn's default for regression
 * forests), not Smile's third: Smile makes a node a leaf when none of the sampled features splits it, so with few
 * features and 0/1 level columns a third starves the trees (measured on a planted step target with a category:
 * training RMSE 3.1 with a third, 0.6 with all). Smile's defaults otherwise: depth up to 20, at most n/5 leaves,
 * 5 rows per leaf, bootstrap samples of n rows.
 *
 * <p>Gradient boosting: least squares loss, {@code settings.trees()} rounds, trees of at most 6 leaves, shrinkage
 * 0.05, 70% of the rows per round. Smile draws the rows with its thread-local generator on the calling thread, which
 * {@link MathEx#setSeed} seeds just before the fit, so the result depends only on the seed. Smile fits all rounds in
 * one call, so cancellation is checked before and after it only.
 */
final class TreeRegression {
    static final int BATCH = 20;

    private TreeRegression() {
    }

    static FittedRegression forest(double[][] x, double[] y, int trees, long seed, Progress progress) {
        DataFrame frame = frame(x, y);
        Formula formula = Formula.lhs("y");
        int n = y.length;
        int p = x[0].length;
        // Smile seeds a tree only when its seed is above 1 (otherwise the thread's generator runs on), so draw from 2 on
        long[] seeds = new SplittableRandom(seed).longs(trees, 2, Long.MAX_VALUE).toArray();
        RandomForest forest = null;
        for (int from = 0; from < trees; from += BATCH) {
            progress.checkCancelled();
            int to = Math.min(trees, from + BATCH);
            RandomForest part = RandomForest.fit(formula, frame, to - from, p, 20,
                    Math.max(2, n / 5), 5, 1.0, LongStream.of(java.util.Arrays.copyOfRange(seeds, from, to)));
            forest = forest == null ? part : forest.merge(part);
            progress.worked(to, trees);
        }
        return new SmilePredictor(forest, frame.schema(), p);
    }

    static FittedRegression boosting(double[][] x, double[] y, int trees, long seed, Progress progress) {
        progress.checkCancelled();
        DataFrame frame = frame(x, y);
        MathEx.setSeed(seed);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("y"), frame, Loss.ls(), trees, 20, 6, 5, 0.05,
                0.7);
        progress.checkCancelled();
        return new SmilePredictor(model, frame.schema(), x[0].length);
    }

    /** The rows as a Smile data frame: columns x0..x(p-1), then y. */
    static DataFrame frame(double[][] x, double[] y) {
        int p = x[0].length;
        double[][] rows = new double[y.length][p + 1];
        for (int i = 0; i < y.length; i++) {
            System.arraycopy(x[i], 0, rows[i], 0, p);
            rows[i][p] = y[i];
        }
        String[] names = new String[p + 1];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        names[p] = "y";
        return DataFrame.of(rows, names);
    }

    /** A Smile data-frame model predicting encoded rows; Smile's tree models only read after fitting. */
    private record SmilePredictor(DataFrameRegression model, StructType schema, int p) implements FittedRegression {
        @Override
        public double predict(double[] row) {
            double[] values = java.util.Arrays.copyOf(row, p + 1);
            return model.predict(Tuple.of(values, schema));
        }
    }
}
