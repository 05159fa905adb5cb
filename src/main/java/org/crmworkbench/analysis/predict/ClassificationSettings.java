package org.crmworkbench.analysis.predict;

import java.util.Objects;
import org.crmworkbench.work.BadParameterException;

/**
 * A classifier and its knobs.
 *
 * @param model   which model
 * @param balance how the rarer class is given its due weight
 * @param lambda  L2 penalty of the logistic regression on standardised features (0 = none)
 * @param trees   trees of a random forest or boosting rounds, 10..2000
 */
public record ClassificationSettings(ClassifierModel model, ClassBalance balance, double lambda, int trees) {
    public static final int DEFAULT_TREES = 200;

    public ClassificationSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(balance, "balance");
        if (!(lambda >= 0 && Double.isFinite(lambda))) {
            throw new BadParameterException("lambda", "predict.error.lambda", "lambda must be 0 or more", lambda);
        }
        if (trees < 10 || trees > 2000) {
            throw new BadParameterException("trees", "predict.error.trees", "trees must be between 10 and 2000",
                    trees);
        }
    }

    /** The model with class weights, no penalty and 200 trees. */
    public static ClassificationSettings of(ClassifierModel model) {
        return new ClassificationSettings(model, ClassBalance.WEIGHTS, 0, DEFAULT_TREES);
    }
}
