package org.crmworkbench.analysis.predict;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.crmworkbench.work.Progress;
import smile.base.cart.SplitRule;
import smile.classification.DataFrameClassifier;
import smile.classification.GradientTreeBoost;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;
import smile.math.MathEx;

/**
 * A random forest or gradient boosted trees from Smile 3.1.1, fitted on encoded rows; the score is the probability
 * of class 1. Deterministic for a seed whatever the number of threads: every forest tree gets its own seed from a
 * seeded stream (Smile seeds each tree's generator on its own worker thread), and boosting, which runs on the
 * calling thread, reseeds that thread's generator before fitting. Class balance: the forest uses Smile's class
 * weights ({@link ClassWeights#forestWeights}); Smile's boosting has no sample weights, so the rarer class of the
 * training rows is oversampled with a seed ({@link ClassWeights#oversample}). Reseeding leaves the calling
 * thread's Smile generator ({@code MathEx}) in a known state afterwards; nothing else in the app relies on it.
 *
 * <p>The forest is grown {@value #FOREST_CHUNK} trees at a time (merged with Smile's {@code merge}) so a run can be
 * cancelled between chunks; Smile's boosting has no such hook, so a boosting fit is cancelled only after it ends.
 *
 * <p>Scoring is safe from several threads: Smile's fitted trees are read-only, and the one piece of shared state,
 * the formula's cached binding to a schema, is only ever bound to the one schema object kept here, so a racing
 * rebind yields an equal binding.
 */
final class TreeClassifier {
    private static final String TARGET = "churn_target";
    /** Forest trees grown per Smile call; cancellation is checked between calls. */
    private static final int FOREST_CHUNK = 10;
    private final DataFrameClassifier model;
    private final StructType schema;

    private TreeClassifier(DataFrameClassifier model, StructType schema) {
        this.model = model;
        this.schema = schema;
    }

    /** Fits {@code settings}' trees on {@code rows} of {@code x} and {@code y}. */
    static TreeClassifier fit(ClassificationSettings settings, double[][] x, double[] y, int[] rows, long seed,
                              Progress progress) {
        boolean balance = settings.balance() == ClassBalance.WEIGHTS;
        int[] used = settings.model() == ClassifierModel.GRADIENT_BOOSTING && balance
                ? ClassWeights.oversample(rows, y, seed + 17) : rows;
        int p = x.length == 0 ? 0 : x[0].length;
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        double[][] features = new double[used.length][];
        int[] target = new int[used.length];
        double[] ySub = new double[used.length];
        for (int i = 0; i < used.length; i++) {
            features[i] = x[used[i]];
            target[i] = y[used[i]] == 1 ? 1 : 0;
            ySub[i] = target[i];
        }
        DataFrame predictors = DataFrame.of(features, names);
        DataFrame frame = predictors.merge(IntVector.of(TARGET, target));
        Formula formula = Formula.lhs(TARGET);
        DataFrameClassifier model;
        if (settings.model() == ClassifierModel.RANDOM_FOREST) {
            int[] classWeight = balance ? ClassWeights.forestWeights(ySub) : null;
            SplittableRandom random = new SplittableRandom(seed);
            long[] seeds = LongStream.generate(() -> (random.nextLong() >>> 2) + 2).distinct()
                    .limit(settings.trees()).toArray();
            int mtry = Math.max(1, (int) Math.floor(Math.sqrt(p)));
            RandomForest forest = null;
            for (int from = 0; from < seeds.length; from += FOREST_CHUNK) {
                progress.checkCancelled();
                int to = Math.min(seeds.length, from + FOREST_CHUNK);
                RandomForest part = RandomForest.fit(formula, frame, to - from, mtry, SplitRule.GINI, 20,
                        Math.max(2, used.length / 5), 5, 1.0, classWeight, Arrays.stream(seeds, from, to));
                forest = forest == null ? part : forest.merge(part);
            }
            model = forest;
        } else if (settings.model() == ClassifierModel.GRADIENT_BOOSTING) {
            MathEx.setSeed(seed);
            model = GradientTreeBoost.fit(formula, frame, settings.trees(), 20, 6, 5, 0.05, 0.7);
        } else {
            throw new IllegalArgumentException("not a tree model: " + settings.model());
        }
        return new TreeClassifier(model, predictors.schema());
    }

    /** The probability of class 1 for one encoded row. */
    double score(double[] row) {
        double[] posteriori = new double[2];
        Tuple tuple = Tuple.of(row, schema);
        model.predict(tuple, posteriori);
        return posteriori[1];
    }
}
