package org.crmworkbench.analysis.predict;

import java.util.List;

/**
 * The regression summary a statistician expects of ordinary least squares (fitted on all rows).
 *
 * @param coefficients  the coefficient table, intercept first
 * @param observations  rows fitted
 * @param modelDf       terms besides the intercept
 * @param residualDf    observations minus all terms
 * @param rSquared      share of variance explained
 * @param adjustedRSquared R² adjusted for the number of terms
 * @param residualStandardError square root of the residual sum of squares over {@code residualDf}
 * @param fStatistic    F statistic of the model against the intercept alone
 * @param fPValue       its p-value
 */
public record OlsSummary(List<Coefficient> coefficients, int observations, int modelDf, int residualDf,
                         double rSquared, double adjustedRSquared, double residualStandardError, double fStatistic,
                         double fPValue) {
    public OlsSummary {
        coefficients = List.copyOf(coefficients);
    }
}
