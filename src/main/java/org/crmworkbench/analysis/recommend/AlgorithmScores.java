package org.crmworkbench.analysis.recommend;

/**
 * How one method did in an evaluation, averaged over folds. Rating metrics are NaN for methods that predict no
 * ratings. Ranking metrics judge the top {@code n} of each test customer's list against their held-out ratings at or
 * above the relevance threshold; customers with no relevant held-out rating are left out of them.
 *
 * @param algorithm      the method
 * @param parameters     its parameters ({@link RecommenderSettings#describe()})
 * @param coverage       share of all products that appear in at least one customer's top-n list
 * @param fitSeconds     mean training time per fold
 * @param predictSeconds mean time per fold to predict the held-out ratings and rank every test customer's list
 * @param testCustomers  customers the ranking metrics were averaged over (summed over folds)
 */
public record AlgorithmScores(RecommenderSettings settings, String parameters, int n, double rmse, double mae,
                              double precision, double recall, double ndcg, double map, double hitRate,
                              double coverage, double fitSeconds, double predictSeconds, int testCustomers) {

    public RecommenderAlgorithm algorithm() {
        return settings.algorithm();
    }
}
