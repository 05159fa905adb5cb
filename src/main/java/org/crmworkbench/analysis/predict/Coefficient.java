package org.crmworkbench.analysis.predict;

/**
 * One term of a linear model, as a regression summary shows it.
 *
 * @param term      {@code intercept}, a feature, an encoded level ({@code region[North]}) or a polynomial term
 *                  ({@code age^2}, {@code age*tenure_days})
 * @param estimate  the coefficient in the feature's own units (log-odds for a logistic regression)
 * @param stdError  its standard error; NaN when the model gives none (ridge, lasso)
 * @param statistic t (linear) or z (logistic) statistic; NaN when there is no standard error
 * @param pValue    two-sided p-value; NaN when there is no standard error
 * @param lower95   lower end of the 95% confidence interval; NaN when there is no standard error
 * @param upper95   upper end of the 95% confidence interval
 */
public record Coefficient(String term, double estimate, double stdError, double statistic, double pValue,
                          double lower95, double upper95) {
    /** The constant term's name. */
    public static final String INTERCEPT = "intercept";
}
