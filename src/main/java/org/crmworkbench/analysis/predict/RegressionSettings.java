package org.crmworkbench.analysis.predict;

import java.util.Objects;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.DoubleRange;
import org.crmworkbench.work.IntRange;

/**
 * A regression model and its knobs. Knobs a model does not use are ignored.
 *
 * @param model  which model
 * @param degree polynomial degree, {@link #DEGREE} (polynomial only)
 * @param lambda penalty of ridge or lasso on standardised features, {@link #LAMBDA}; NaN chooses it by
 *               cross-validation
 * @param trees  trees of a random forest or boosting rounds, {@link #TREES}
 */
public record RegressionSettings(RegressionModel model, int degree, double lambda, int trees) {
    /** Degrees of a polynomial regression. */
    public static final IntRange DEGREE = new IntRange("degree", 2, 5);
    /** Trees of a random forest or rounds of boosting (classifiers too). */
    public static final IntRange TREES = new IntRange("trees", 10, 2000);
    /** A penalty of ridge, lasso or the penalised logistic regression: 0 or more, finite. */
    public static final DoubleRange LAMBDA = new DoubleRange("lambda", 0, Double.MAX_VALUE, 0.01);
    public static final int DEFAULT_DEGREE = 2;
    public static final int DEFAULT_TREES = 200;

    public RegressionSettings {
        Objects.requireNonNull(model, "model");
        if (!DEGREE.contains(degree)) {
            throw new BadParameterException("degree", "predict.error.degree", "the degree must be between "
                    + DEGREE.min() + " and " + DEGREE.max(), degree, DEGREE.min(), DEGREE.max());
        }
        if (!Double.isNaN(lambda)) {
            checkLambda(lambda);
        }
        checkTrees(trees);
    }

    static void checkLambda(double lambda) {
        if (!LAMBDA.contains(lambda)) {
            throw new BadParameterException("lambda", "predict.error.lambda", "lambda must be 0 or more", lambda);
        }
    }

    static void checkTrees(int trees) {
        if (!TREES.contains(trees)) {
            throw new BadParameterException("trees", "predict.error.trees", "trees must be between " + TREES.min()
                    + " and " + TREES.max(), trees, TREES.min(), TREES.max());
        }
    }

    /** The model with its default knobs (degree 2, lambda by cross-validation, 200 trees). */
    public static RegressionSettings of(RegressionModel model) {
        return new RegressionSettings(model, DEFAULT_DEGREE, Double.NaN, DEFAULT_TREES);
    }
}
