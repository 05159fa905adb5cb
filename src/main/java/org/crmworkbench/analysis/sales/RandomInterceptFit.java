package org.crmworkbench.analysis.sales;

/**
 * A fitted random-intercept model.
 *
 * @param beta            fixed effects, in the design's column order (aliased columns dropped get NaN)
 * @param betaStdErrors   their standard errors
 * @param groupSd         the SD of the random intercepts (sigma_u)
 * @param residualSd      the residual SD (sigma)
 * @param remlCriterion   -2 x the restricted log-likelihood at the optimum (lme4's "REML criterion at convergence")
 * @param effects         each group's predicted intercept (BLUP, conditional mode), shrunk toward 0
 * @param effectStdErrors each group's conditional SD (lme4's condVar), for intervals effect +- 1.96 x SE
 * @param groupSizes      observations per group
 * @param observations    observations in all
 */
public record RandomInterceptFit(double[] beta, double[] betaStdErrors, double groupSd, double residualSd,
                                 double remlCriterion, double[] effects, double[] effectStdErrors, int[] groupSizes,
                                 int observations) {
    public RandomInterceptFit {
        beta = beta.clone();
        betaStdErrors = betaStdErrors.clone();
        effects = effects.clone();
        effectStdErrors = effectStdErrors.clone();
        groupSizes = groupSizes.clone();
    }

    /** The share of the outcome's variance between groups: sigma_u^2 / (sigma_u^2 + sigma^2). */
    public double intraclassCorrelation() {
        double between = groupSd * groupSd;
        return between / (between + residualSd * residualSd);
    }
}
