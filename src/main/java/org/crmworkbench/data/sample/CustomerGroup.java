package org.crmworkbench.data.sample;

import java.util.List;

/**
 * The five planted customer groups. Every customer belongs to exactly one; the group fixes how often, how much
 * and what the customer buys, when the customer is active, how kindly the customer rates and writes.
 *
 * <table>
 * <caption>Group parameters</caption>
 * <tr><th>group</th><th>share</th><th>orders/year</th><th>extra lines</th><th>price taste</th>
 *     <th>rating bias</th><th>feedback/customer</th><th>life cycle</th><th>favourite categories</th></tr>
 * <tr><td>champions</td><td>10%</td><td>10</td><td>1.6</td><td>dear +0.5</td><td>+0.35</td><td>0.8</td>
 *     <td>established</td><td>electronics, computers, sports</td></tr>
 * <tr><td>loyal_regulars</td><td>24%</td><td>5</td><td>1.1</td><td>neutral 0</td><td>+0.25</td><td>0.6</td>
 *     <td>established</td><td>groceries, home &amp; kitchen, beauty</td></tr>
 * <tr><td>bargain_hunters</td><td>26%</td><td>3.5</td><td>1.3</td><td>cheap −1.0</td><td>−0.05</td>
 *     <td>0.5</td><td>established</td><td>clothing, toys, groceries</td></tr>
 * <tr><td>newcomers</td><td>18%</td><td>5</td><td>0.8</td><td>neutral 0</td><td>+0.10</td><td>0.4</td>
 *     <td>first order in the last 240 days</td><td>sports, beauty, books</td></tr>
 * <tr><td>lapsing</td><td>22%</td><td>4.5</td><td>0.9</td><td>slightly cheap −0.2</td><td>−0.55</td>
 *     <td>0.9</td><td>stops 90–300 days before the end, declining over the 180 days before</td>
 *     <td>books, garden, home &amp; kitchen</td></tr>
 * </table>
 */
public enum CustomerGroup {
    // key, display name, share, life cycle;
    // orders per year, extra lines, price taste, units boost, discount affinity, rating propensity, rating bias,
    // feedback per customer, mean birth year;
    // preferred channel weights (online, store, phone);
    // category weights in Category order (electronics, computers, home & kitchen, clothing, beauty,
    // sports & outdoors, books, toys & games, groceries, garden)
    CHAMPIONS("champions", "Champions", 0.10, Lifecycle.ESTABLISHED,
            10.0, 1.6, 0.5, 1.0, 0.6, 1.8, 0.35, 0.8, 1978,
            new double[] {0.50, 0.35, 0.15},
            new double[] {0.26, 0.16, 0.13, 0.08, 0.04, 0.15, 0.04, 0.04, 0.04, 0.06}),
    LOYAL_REGULARS("loyal_regulars", "Loyal regulars", 0.24, Lifecycle.ESTABLISHED,
            5.0, 1.1, 0.0, 1.1, 1.0, 1.2, 0.25, 0.6, 1969,
            new double[] {0.35, 0.50, 0.15},
            new double[] {0.06, 0.04, 0.22, 0.08, 0.12, 0.05, 0.08, 0.05, 0.24, 0.06}),
    BARGAIN_HUNTERS("bargain_hunters", "Bargain hunters", 0.26, Lifecycle.ESTABLISHED,
            3.5, 1.3, -1.0, 1.5, 2.5, 0.9, -0.05, 0.5, 1990,
            new double[] {0.80, 0.15, 0.05},
            new double[] {0.05, 0.03, 0.08, 0.26, 0.10, 0.05, 0.04, 0.20, 0.15, 0.04}),
    NEWCOMERS("newcomers", "Newcomers", 0.18, Lifecycle.NEW,
            5.0, 0.8, 0.0, 1.0, 1.2, 0.5, 0.10, 0.4, 1996,
            new double[] {0.75, 0.15, 0.10},
            new double[] {0.10, 0.06, 0.06, 0.12, 0.18, 0.22, 0.14, 0.04, 0.04, 0.04}),
    LAPSING("lapsing", "Lapsing", 0.22, Lifecycle.LAPSING,
            4.5, 0.9, -0.2, 1.0, 1.0, 0.8, -0.55, 0.9, 1975,
            new double[] {0.45, 0.35, 0.20},
            new double[] {0.06, 0.04, 0.12, 0.08, 0.06, 0.06, 0.24, 0.08, 0.08, 0.18});

    /** When a group's customers are active. */
    public enum Lifecycle {
        /** A customer before the window (55%) or joining in its first 60%; active to the end. */
        ESTABLISHED,
        /** First order within the last 240 days of the window. */
        NEW,
        /**
         * A customer before the window (60%) or joining in its first 30%; stops ordering 90–300 days before the
         * end, with order frequency falling linearly to a tenth over the 180 days before stopping.
         */
        LAPSING
    }

    private static final List<CustomerGroup> ALL = List.of(values());

    private final String key;
    private final String displayName;
    private final double share;
    private final Lifecycle lifecycle;
    private final double ordersPerYear;
    private final double extraLines;
    private final double priceTaste;
    private final double unitsBoost;
    private final double discountAffinity;
    private final double ratingPropensity;
    private final double ratingBias;
    private final double feedbackPerCustomer;
    private final int birthYearMean;
    private final List<Double> channelWeights;
    private final List<Double> categoryWeights;

    CustomerGroup(String key, String displayName, double share, Lifecycle lifecycle, double ordersPerYear,
                  double extraLines, double priceTaste, double unitsBoost, double discountAffinity,
                  double ratingPropensity, double ratingBias, double feedbackPerCustomer, int birthYearMean,
                  double[] channelWeights, double[] categoryWeights) {
        this.key = key;
        this.displayName = displayName;
        this.share = share;
        this.lifecycle = lifecycle;
        this.ordersPerYear = ordersPerYear;
        this.extraLines = extraLines;
        this.priceTaste = priceTaste;
        this.unitsBoost = unitsBoost;
        this.discountAffinity = discountAffinity;
        this.ratingPropensity = ratingPropensity;
        this.ratingBias = ratingBias;
        this.feedbackPerCustomer = feedbackPerCustomer;
        this.birthYearMean = birthYearMean;
        this.channelWeights = List.of(channelWeights[0], channelWeights[1], channelWeights[2]);
        Double[] boxed = new Double[categoryWeights.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = categoryWeights[i];
        }
        this.categoryWeights = List.of(boxed);
    }

    /** The lower-case key written to {@code truth_customers.csv}. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /** Planned share of all customers. */
    public double share() {
        return share;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Mean orders per active year, before seasonality, trend and the customer's own activity factor. */
    public double ordersPerYear() {
        return ordersPerYear;
    }

    /** Mean number of order lines beyond the first (Poisson). */
    public double extraLines() {
        return extraLines;
    }

    /** Preference for expensive (positive) or cheap (negative) products within a category. */
    public double priceTaste() {
        return priceTaste;
    }

    /** Multiplier on the extra units per order line. */
    public double unitsBoost() {
        return unitsBoost;
    }

    /** Multiplier on the chance that an order line is bought at a discount. */
    public double discountAffinity() {
        return discountAffinity;
    }

    /** Relative number of ratings a customer of the group gives. */
    public double ratingPropensity() {
        return ratingPropensity;
    }

    /** Mean of the customer rating bias (stars above or below the global mean); also drives feedback mood. */
    public double ratingBias() {
        return ratingBias;
    }

    /** Mean number of feedback texts per customer (Poisson). */
    public double feedbackPerCustomer() {
        return feedbackPerCustomer;
    }

    public int birthYearMean() {
        return birthYearMean;
    }

    /** Preferred-channel weight of online (0), store (1) and phone (2). */
    double channelWeight(int channel) {
        return channelWeights.get(channel);
    }

    /** The group's category preference; the weights of all categories sum to one. */
    public double categoryWeight(Category category) {
        return categoryWeights.get(category.ordinal());
    }

    static CustomerGroup of(int ordinal) {
        return ALL.get(ordinal);
    }

    /** The group with the given {@link #key()}. */
    public static CustomerGroup ofKey(String key) {
        for (CustomerGroup group : ALL) {
            if (group.key.equals(key)) {
                return group;
            }
        }
        throw new IllegalArgumentException("unknown customer group: " + key);
    }
}
