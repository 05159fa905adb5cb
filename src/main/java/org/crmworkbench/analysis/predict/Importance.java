package org.crmworkbench.analysis.predict;

/**
 * How much one feature matters to a model, with an interval.
 *
 * @param feature the feature (or coefficient term)
 * @param value   the standardised coefficient, or the rise in held-out error when the feature is shuffled
 * @param lower   lower end of its interval (95% confidence for a coefficient; the lowest of the shuffles)
 * @param upper   upper end of its interval
 */
public record Importance(String feature, double value, double lower, double upper) {
    /** What the values mean. */
    public enum Kind {
        /** Coefficients of the standardised features with 95% intervals (linear models, logistic regression). */
        STANDARDISED_COEFFICIENT,
        /** Rise in held-out RMSE (regression) or fall in AUC (classification) when the feature is shuffled. */
        PERMUTATION
    }
}
