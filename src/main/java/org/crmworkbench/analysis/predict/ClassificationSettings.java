package org.crmworkbench.analysis.predict;

import java.util.Objects;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * A classifier and its knobs.
 *
 * @param model   which model
 * @param balance how the rarer class is given its due weight
 * @param lambda  L2 penalty of the logistic regression on standardised features (0 = none), {@link #LAMBDA}
 * @param trees   trees of a random forest or boosting rounds, {@link #TREES}
 */
public record ClassificationSettings(ClassifierModel model, ClassBalance balance, double lambda, int trees) {
    /** Trees of a random forest or rounds of boosting: the same knob as a regression's. */
    public static final IntRange TREES = RegressionSettings.TREES;
    /** The L2 penalty: the same range as a regression's penalty. */
    public static final DoubleRange LAMBDA = RegressionSettings.LAMBDA;
    /** The score at or above which a row is called positive: a probability. */
    public static final DoubleRange THRESHOLD = new DoubleRange("threshold", 0, 1, 0.01);
    public static final int DEFAULT_TREES = RegressionSettings.DEFAULT_TREES;

    public ClassificationSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(balance, "balance");
        RegressionSettings.checkLambda(lambda);
        RegressionSettings.checkTrees(trees);
    }

    /** The model with class weights, no penalty and 200 trees. */
    public static ClassificationSettings of(ClassifierModel model) {
        return new ClassificationSettings(model, ClassBalance.WEIGHTS, 0, DEFAULT_TREES);
    }
}
