package org.crmworkbench.model;

import java.util.List;

/**
 * Everything recommendation works from: all customers and products (including those without ratings, the cold
 * start), the ratings, and the purchases. Every id in {@code ratings} and {@code purchases} is one of the customers'
 * and products' ids; the readers guarantee it.
 *
 * @param source where the data came from, for provenance ("database /path", "file ratings.csv")
 */
public record RecommendationData(List<Customer> customers, List<Product> products, RatingRows ratings,
                                 PurchaseRows purchases, String source) {
    public RecommendationData {
        customers = List.copyOf(customers);
        products = List.copyOf(products);
    }
}
