package org.crmworkbench.workflow;

import java.util.Objects;
import org.crmworkbench.analysis.recommend.RecommenderSettings;

/**
 * What a recommendation run asks for: the method with its parameters, whose list (one customer's, or every
 * customer's when {@code customer} is null) and how long each list is. Out-of-range values are refused with a
 * {@link org.crmworkbench.work.BadParameterException} naming the parameter; N's range is
 * {@link RecommenderSettings#N}.
 *
 * @param recommender the method and its parameters
 * @param customer    the external id of the one customer to recommend to, or null for every customer
 * @param n           the length of each list
 */
public record RecommendSettings(RecommenderSettings recommender, String customer, int n) {
    public RecommendSettings {
        Objects.requireNonNull(recommender, "recommender");
        RecommenderSettings.checked(RecommenderSettings.N, n);
    }

    /** Every customer's list. */
    public static RecommendSettings everyone(RecommenderSettings recommender, int n) {
        return new RecommendSettings(recommender, null, n);
    }

    public boolean everyCustomer() {
        return customer == null;
    }
}
