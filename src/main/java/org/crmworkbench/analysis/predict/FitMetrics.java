package org.crmworkbench.analysis.predict;

/**
 * How close predictions came to the truth on rows the model did not see.
 *
 * @param rmse        root mean squared error
 * @param mae         mean absolute error
 * @param rSquared    1 - SSE / total sum of squares about the rows' mean
 * @param mape        mean absolute percentage error in percent, over rows whose actual value is not 0
 * @param mapeSkipped rows left out of the MAPE because their actual value is 0
 */
public record FitMetrics(double rmse, double mae, double rSquared, double mape, int mapeSkipped) {
}
