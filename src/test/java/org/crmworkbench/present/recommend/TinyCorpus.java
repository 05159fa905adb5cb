package org.crmworkbench.present.recommend;

import java.util.List;
import org.crmworkbench.analysis.recommend.RecommendationCorpus;
import org.crmworkbench.model.Customer;
import org.crmworkbench.model.Product;
import org.crmworkbench.model.PurchaseRows;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.model.RecommendationData;

/** Three customers (the third without ratings) and four products with known names, for wording and file tests. */
final class TinyCorpus {
    private TinyCorpus() {
    }

    static RecommendationCorpus corpus() {
        List<Customer> customers = List.of(new Customer(11, "C001", "Ada Lovelace"),
                new Customer(12, "C002", "Bo Li"), new Customer(13, "C003", "New, Customer"));
        List<Product> products = List.of(
                new Product(101, "P1", "Threadline Denim Jeans", "Clothing", "Threadline", 49, "denim casual", ""),
                new Product(102, "P2", "Trail Shoes", "Sports", "Peak", 80, "outdoor", ""),
                new Product(103, "P3", "Tea Kettle", "Home", "Brew", 25, "kitchen", ""),
                new Product(104, "P4", "", "Home", "Brew", 9, "", ""));
        RatingRows ratings = new RatingRows(new long[] {11, 11, 12, 12, 12}, new long[] {101, 102, 101, 102, 103},
                new float[] {5, 3, 4, 4, 2}, new long[] {1_700_000_000L, 1_700_086_400L, 1_700_000_000L,
                    1_700_000_000L, RatingRows.UNKNOWN_TIME});
        PurchaseRows purchases = new PurchaseRows(new long[] {11}, new long[] {103}, new float[] {2}, new int[] {1});
        return RecommendationCorpus.of(new RecommendationData(customers, products, ratings, purchases,
                "database test"));
    }
}
