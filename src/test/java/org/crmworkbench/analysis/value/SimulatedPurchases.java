package org.crmworkbench.analysis.value;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Purchases drawn from the BG/NBD story with Gamma-Gamma spend, with a fixed seed: each customer first buys on a day
 * spread over the first {@code cohortDays} after {@code start}; while alive they buy at exponential intervals of
 * rate lambda ~ Gamma(r, alpha) per week, and after each repeat purchase drop out with probability p ~ Beta(a, b);
 * each purchase spends Gamma(shape p_spend, rate nu) with nu ~ Gamma(q, gamma) per customer.
 */
final class SimulatedPurchases {
    private SimulatedPurchases() {
    }

    static List<Purchase> bgNbd(int customers, double r, double alpha, double a, double b, LocalDate start,
                                int cohortDays, LocalDate end, long seed) {
        RandomGenerator random = new Well19937c(seed);
        GammaDistribution lambdas = new GammaDistribution(random, r, 1 / alpha);
        BetaDistribution dropouts = new BetaDistribution(random, a, b);
        GammaDistribution spendRates = new GammaDistribution(random, 4, 1 / 15.0);
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            LocalDate first = start.plusDays(random.nextInt(cohortDays));
            double lambda = lambdas.sample();
            double p = dropouts.sample();
            GammaDistribution amounts = new GammaDistribution(random, 6, 1 / spendRates.sample());
            ExponentialDistribution gaps = new ExponentialDistribution(random, 1 / lambda);
            String id = Integer.toString(i + 1);
            purchases.add(new Purchase(id, first, amounts.sample()));
            double weeks = 0;
            long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(first, end);
            while (true) {
                weeks += gaps.sample();
                if (weeks * 7 >= daysLeft + 1) {
                    break;
                }
                LocalDate day = first.plusDays((long) Math.floor(weeks * 7));
                purchases.add(new Purchase(id, day, amounts.sample()));
                if (random.nextDouble() < p) {
                    break;
                }
            }
        }
        return purchases;
    }
}
