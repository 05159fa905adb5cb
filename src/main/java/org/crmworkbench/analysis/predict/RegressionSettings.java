package org.crmworkbench.analysis.predict;

import java.util.Objects;
import org.crmworkbench.work.BadParameterException;

/**
 * A regression model and its knobs. Knobs a model does not use are ignored.
 *
 * @param model  which model
 * @param degree polynomial degree, 2..5 (polynomial only)
 * @param lambda penalty of ridge or lasso on standardised features; NaN chooses it by cross-validation
 * @param trees  trees of a random forest or boosting rounds, 10..2000
 */
public record RegressionSettings(RegressionModel model, int degree, double lambda, int trees) {
    public static final int DEFAULT_DEGREE = 2;
    public static final int DEFAULT_TREES = 200;

    public RegressionSettings {
        Objects.requireNonNull(model, "model");
        if (degree < 2 || degree > 5) {
            throw new BadParameterException("degree", "predict.error.degree", "the degree must be between 2 and 5",
                    degree);
        }
        if (!Double.isNaN(lambda) && !(lambda >= 0 && Double.isFinite(lambda))) {
            throw new BadParameterException("lambda", "predict.error.lambda", "lambda must be 0 or more", lambda);
        }
        if (trees < 10 || trees > 2000) {
            throw new BadParameterException("trees", "predict.error.trees", "trees must be between 10 and 2000",
                    trees);
        }
    }

    /** The model with its default knobs (degree 2, lambda by cross-validation, 200 trees). */
    public static RegressionSettings of(RegressionModel model) {
        return new RegressionSettings(model, DEFAULT_DEGREE, Double.NaN, DEFAULT_TREES);
    }
}
