package org.crmworkbench.analysis.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.crmworkbench.model.Customer;
import org.crmworkbench.model.Product;
import org.crmworkbench.model.PurchaseRows;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.model.RecommendationData;

/**
 * A data set prepared for recommendation: the rating and purchase matrices and product texts over one numbering of
 * all customers and products, with the customers and products themselves for look-ups by index or by the shop's id.
 */
public final class RecommendationCorpus {
    private final RecommendationData data;
    private final RecommenderInput input;
    private final CrossSellRules crossSell;

    private RecommendationCorpus(RecommendationData data, RecommenderInput input, CrossSellRules crossSell) {
        this.data = data;
        this.input = input;
        this.crossSell = crossSell == null ? CrossSellRules.none(input.ratings().itemCount()) : crossSell;
    }

    /** The bought-together rules the hybrid adds (none unless a saved basket run was attached). */
    public CrossSellRules crossSell() {
        return crossSell;
    }

    /** The same data with the rules of a saved basket analysis, numbered over this corpus's products. */
    public RecommendationCorpus withCrossSell(org.crmworkbench.model.BasketRunRecord run) {
        return new RecommendationCorpus(data, input, run == null ? null
                : CrossSellRules.of(run, this::productIndex, input.ratings().itemCount()));
    }

    /** Numbers customers and products in the order the data lists them. */
    public static RecommendationCorpus of(RecommendationData data) {
        long[] customerIds = data.customers().stream().mapToLong(Customer::id).toArray();
        long[] productIds = data.products().stream().mapToLong(Product::id).toArray();
        RatingMatrix purchases = RatingMatrix.ofPurchases(data.purchases(), customerIds, productIds);
        // nothing reads the purchases' rows once their matrix is made: let them go before the ratings' matrix (the
        // 30.6M purchases of a 1M-customer database are 734 MB of rows)
        data = new RecommendationData(data.customers(), data.products(), data.ratings(), PurchaseRows.empty(),
                data.source());
        RatingMatrix ratings = RatingMatrix.of(data.ratings(), customerIds, productIds);
        // the same for the ratings' rows: the matrix holds them, with their times (10M ratings: 280 MB of rows)
        data = new RecommendationData(data.customers(), data.products(), RatingRows.empty(), PurchaseRows.empty(),
                data.source());
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Product p : data.products()) {
            categories.add(p.category());
            tags.add(p.tags());
            descriptions.add(p.description());
        }
        return new RecommendationCorpus(data, new RecommenderInput(ratings, purchases,
                new ItemTexts(categories, tags, descriptions)), null);
    }

    public RecommendationData data() {
        return data;
    }

    public RecommenderInput input() {
        return input;
    }

    public RatingMatrix ratings() {
        return input.ratings();
    }

    /** Whether the customer already rated or bought the product: such products are not recommended to them. */
    public IntPredicate alreadyHas(int user) {
        RatingMatrix rated = input.ratings();
        RatingMatrix bought = input.purchases();
        return item -> rated.hasRated(user, item) || bought.hasRated(user, item);
    }

    /** The customer at a matrix index. */
    public Customer customer(int user) {
        return data.customers().get(user);
    }

    /** The product at a matrix index. */
    public Product product(int item) {
        return data.products().get(item);
    }

    /** The index of the customer with this shop id (exact, case-insensitive), or -1. */
    public int customerIndex(String externalId) {
        List<Customer> cs = data.customers();
        for (int u = 0; u < cs.size(); u++) {
            if (cs.get(u).externalId().equalsIgnoreCase(externalId.trim())) {
                return u;
            }
        }
        return -1;
    }

    /** The index of the product with this shop id (exact, case-insensitive), or -1. */
    public int productIndex(String externalId) {
        List<Product> ps = data.products();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).externalId().equalsIgnoreCase(externalId.trim())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Customers whose id or name contains the text (case-insensitive), at most {@code limit}, ids that start with the
     * text first.
     */
    public List<Integer> findCustomers(String text, int limit) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Integer> starts = new ArrayList<>();
        List<Integer> contains = new ArrayList<>();
        List<Customer> cs = data.customers();
        for (int u = 0; u < cs.size() && starts.size() < limit; u++) {
            String id = cs.get(u).externalId().toLowerCase(Locale.ROOT);
            String name = cs.get(u).name().toLowerCase(Locale.ROOT);
            if (id.startsWith(t)) {
                starts.add(u);
            } else if (contains.size() < limit && (id.contains(t) || name.contains(t))) {
                contains.add(u);
            }
        }
        starts.addAll(contains);
        return starts.subList(0, Math.min(limit, starts.size()));
    }

    /** Products whose id or name contains the text (case-insensitive), at most {@code limit}. */
    public List<Integer> findProducts(String text, int limit) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        List<Product> ps = data.products();
        for (int i = 0; i < ps.size() && out.size() < limit; i++) {
            Product p = ps.get(i);
            if (p.externalId().toLowerCase(Locale.ROOT).contains(t) || p.name().toLowerCase(Locale.ROOT).contains(t)) {
                out.add(i);
            }
        }
        return out;
    }
}
