package org.crmworkbench.analysis.sales;

/**
 * A linear mixed model with one random intercept per group, fitted by restricted maximum likelihood as lme4's
 * {@code lmer(y ~ X + (1 | group), REML = TRUE)}: y = X beta + u[group] + e, u ~ N(0, sigma_u^2), e ~ N(0, sigma^2).
 * On lme4's Dyestuff data (6 batches of 5 yields) it gives the REML criterion 319.65, batch SD 42.00 and residual SD
 * 49.51 (Bates, lme4 book, chapter 1).
 */
public final class RandomInterceptModel {
    // skeleton: the analysis helper implements it

    /**
     * Fits the model.
     *
     * @param y      the outcome, one value per observation
     * @param x      the fixed-effect design, one row per observation, the first column all ones (the intercept)
     * @param group  the group (rep) of each observation, 0 .. groups - 1
     * @param groups the number of groups
     * @throws org.crmworkbench.work.UnsuitableDataException when the design is rank-deficient beyond what can be
     *         dropped, or there are fewer than two groups
     */
    public RandomInterceptFit fit(double[] y, double[][] x, int[] group, int groups) {
        throw new UnsupportedOperationException("not yet");
    }
}
