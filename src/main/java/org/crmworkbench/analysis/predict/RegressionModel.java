package org.crmworkbench.analysis.predict;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.crmworkbench.work.BadParameterException;

/** The regression models the workbench offers. */
public enum RegressionModel {
    /** Ordinary least squares, with the full coefficient table. */
    OLS("ols"),
    /** Least squares with an L2 penalty on the standardised coefficients. */
    RIDGE("ridge"),
    /** Least squares with an L1 penalty: some coefficients become exactly zero. */
    LASSO("lasso"),
    /** Least squares on polynomial terms of the features up to a chosen degree. */
    POLYNOMIAL("poly"),
    /** Epsilon-insensitive support vector regression with a Gaussian kernel on standardised features. */
    SVR("svr"),
    /** Random forest of regression trees (Smile). */
    RANDOM_FOREST("rf"),
    /** Gradient boosted regression trees (Smile). */
    GRADIENT_BOOSTING("gbm");

    private final String key;

    RegressionModel(String key) {
        this.key = key;
    }

    /** The command-line and stored name. */
    public String key() {
        return key;
    }

    /** Whether the model has a coefficient per term (OLS, ridge, lasso, polynomial). */
    public boolean linear() {
        return this == OLS || this == RIDGE || this == LASSO || this == POLYNOMIAL;
    }

    public static RegressionModel fromKey(String key) {
        for (RegressionModel m : values()) {
            if (m.key.equalsIgnoreCase(key.trim())) {
                return m;
            }
        }
        String keys = Arrays.stream(values()).map(RegressionModel::key).collect(Collectors.joining(", "));
        throw new BadParameterException("model", "predict.error.model", "expected one of " + keys + ", got " + key,
                key, keys);
    }
}
