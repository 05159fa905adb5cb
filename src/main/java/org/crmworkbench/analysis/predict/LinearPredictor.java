package org.crmworkbench.analysis.predict;

/**
 * A fitted linear model: intercept plus coefficients times the encoded row (expanded to polynomial terms first when
 * the model has them). Immutable, so safe from several threads.
 */
final class LinearPredictor implements FittedRegression {
    private final double intercept;
    private final double[] coefficients;
    private final PolynomialTerms terms;

    /** @param terms the expansion of a row into terms, or null when the coefficients apply to the row as is */
    LinearPredictor(double intercept, double[] coefficients, PolynomialTerms terms) {
        this.intercept = intercept;
        this.coefficients = coefficients.clone();
        this.terms = terms;
    }

    @Override
    public double predict(double[] row) {
        double[] x = terms == null ? row : terms.expand(row);
        double s = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            s += coefficients[j] * x[j];
        }
        return s;
    }
}
