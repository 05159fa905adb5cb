package org.crmworkbench.analysis.value;

import java.util.List;

/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2005, "RFM and CLV"), fitted on the customers
 * with at least one repeat purchase.
 *
 * @param p             shape of the per-purchase spend
 * @param q             shape of the gamma mixing distribution
 * @param gamma         scale of the gamma mixing distribution
 * @param parameters    p, q, gamma with their standard errors
 * @param logLikelihood the log-likelihood at the estimates
 * @param customers     the repeat customers it was fitted on
 */
public record GammaGammaModel(double p, double q, double gamma, List<ModelParameter> parameters,
                              double logLikelihood, int customers) {
    public GammaGammaModel {
        parameters = List.copyOf(parameters);
    }

    /**
     * E[M | x, m_x]: the expected mean spend per purchase of a customer with {@code x} repeat purchases whose mean
     * was {@code m}; the population mean {@code p gamma / (q - 1)} when x is 0.
     */
    public double expectedAverageSpend(int x, double m) {
        if (x == 0) {
            return p * gamma / (q - 1);
        }
        double weight = p * x / (p * x + q - 1);
        return (1 - weight) * p * gamma / (q - 1) + weight * m;
    }
}
