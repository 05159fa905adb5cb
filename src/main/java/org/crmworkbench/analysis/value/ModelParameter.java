package org.crmworkbench.analysis.value;

/**
 * One fitted parameter.
 *
 * @param name          its usual name ({@code r}, {@code alpha}, {@code a}, {@code b}, {@code s}, {@code beta},
 *                      {@code p}, {@code q}, {@code gamma})
 * @param value         the maximum likelihood estimate
 * @param standardError from the inverse Hessian of the negative log-likelihood (delta method from the log scale);
 *                      NaN when the Hessian is not positive definite
 */
public record ModelParameter(String name, double value, double standardError) {
}
