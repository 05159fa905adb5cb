package org.crmworkbench.data.sample;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structure planted in a generated data set, for tests and demonstrations to check analyses against.
 * Obtained from {@link SampleDataGenerator#truth()}; it describes exactly the files the same generator writes.
 * Ids are those of the CSV files; an id that is not part of the data set is rejected with an
 * {@link IllegalArgumentException}.
 */
public final class PlantedTruth {
    private final SampleWorld world;
    private final FeedbackPlan feedbackPlan;
    private final FeedbackMaker feedbackMaker;
    private final Ids ids;

    PlantedTruth(SampleWorld world, FeedbackPlan feedbackPlan) {
        this.world = world;
        this.feedbackPlan = feedbackPlan;
        this.feedbackMaker = new FeedbackMaker(world);
        this.ids = new Ids(world.spec(), 0, feedbackPlan.size());
    }

    public SampleDataSpec spec() {
        return world.spec();
    }

    /** The planted groups; see {@link CustomerGroup} for their parameters. */
    public List<CustomerGroup> groups() {
        return List.of(CustomerGroup.values());
    }

    public int customerCount() {
        return world.customers().size();
    }

    public int productCount() {
        return world.catalogue().size();
    }

    public int repCount() {
        return world.salesForce().size();
    }

    public int feedbackCount() {
        return feedbackPlan.size();
    }

    /** The id of the customer with 0-based index {@code index}, e.g. 0 gives {@code C000001}. */
    public String customerId(int index) {
        return ids.customer(checkIndex(index, customerCount(), "customer"));
    }

    public String productId(int index) {
        return ids.product(checkIndex(index, productCount(), "product"));
    }

    public String repId(int index) {
        return ids.rep(checkIndex(index, repCount(), "rep"));
    }

    public String feedbackId(int index) {
        return ids.feedback(checkIndex(index, feedbackCount(), "feedback"));
    }

    public CustomerGroup group(int customerIndex) {
        return world.customers().group(checkIndex(customerIndex, customerCount(), "customer"));
    }

    public CustomerGroup group(String customerId) {
        return world.customers().group(customer(customerId));
    }

    /** The ids of all customers of a group, in id order. */
    public List<String> customerIds(CustomerGroup group) {
        List<String> result = new ArrayList<>();
        for (int u = 0; u < customerCount(); u++) {
            if (world.customers().group(u) == group) {
                result.add(ids.customer(u));
            }
        }
        return result;
    }

    /** First day the customer could order; the sign-up date lies before it. */
    public LocalDate firstActiveDate(String customerId) {
        return world.calendar().date(world.customers().joinDay(customer(customerId)));
    }

    /** For lapsing customers the first day on which they no longer order; empty for everyone else. */
    public Optional<LocalDate> lapseDate(String customerId) {
        int u = customer(customerId);
        int stop = world.customers().stopDay(u);
        return stop >= world.calendar().days() ? Optional.empty() : Optional.of(world.calendar().date(stop));
    }

    /** The planted expected rating of a customer for a product, before noise, rounding and clipping. */
    public double latentScore(String customerId, String productId) {
        return world.latentScore(customer(customerId), product(productId));
    }

    /** The part of {@link #latentScore} that global mean, customer bias and product bias explain. */
    public double baselineScore(String customerId, String productId) {
        return world.baselineScore(customer(customerId), product(productId));
    }

    /** The planted customer rating bias in stars (the group's mean plus individual noise). */
    public double customerBias(String customerId) {
        return world.customers().bias(customer(customerId));
    }

    /** The planted product rating bias in stars (brand quality plus noise). */
    public double productBias(String productId) {
        return world.catalogue().bias(product(productId));
    }

    /** A copy of the customer's latent factor vector (8 dimensions). */
    public double[] customerFactors(String customerId) {
        int u = customer(customerId);
        double[] factors = new double[TasteSpace.DIMENSIONS];
        for (int d = 0; d < factors.length; d++) {
            factors[d] = world.customers().factor(u, d);
        }
        return factors;
    }

    /** A copy of the product's latent factor vector (8 dimensions). */
    public double[] productFactors(String productId) {
        int j = product(productId);
        double[] factors = new double[TasteSpace.DIMENSIONS];
        for (int d = 0; d < factors.length; d++) {
            factors[d] = world.catalogue().factor(j, d);
        }
        return factors;
    }

    /** The planted performance multiplier of a rep (1 is average). */
    /** The product planted as bought together with {@code productId} (its external id), if it has one. */
    public Optional<String> companion(String productId) {
        int c = world.catalogue().companion(product(productId));
        return c < 0 ? Optional.empty() : Optional.of(productId(c));
    }

    /**
     * The planted territory effect of a region (by its display name, as customers.csv writes it): the factor on the
     * expected extra lines of its orders; NaN for an unknown region.
     */
    public double territoryFactor(String region) {
        for (Region r : Region.values()) {
            if (r.displayName().equals(region)) {
                return r.basketFactor();
            }
        }
        return Double.NaN;
    }

    public double repPerformance(int repIndex) {
        return world.salesForce().performance(checkIndex(repIndex, repCount(), "rep"));
    }

    public double repPerformance(String repId) {
        return repPerformance(index(ids.repFormat(), repId, repCount(), "rep"));
    }

    /** The planted sentiment of feedback number {@code index} (0-based, in file order). */
    public Sentiment sentiment(int index) {
        checkIndex(index, feedbackCount(), "feedback");
        return feedbackMaker.make(feedbackPlan.customer(index), feedbackPlan.ordinal(index)).sentiment();
    }

    public Sentiment sentiment(String feedbackId) {
        return sentiment(index(ids.feedbackFormat(), feedbackId, feedbackCount(), "feedback"));
    }

    /** The planted seasonal factor of a month (mean 1 over the year; November and December peak). */
    public double seasonality(Month month) {
        return world.calendar().season(month);
    }

    /** The planted log-growth per year of each active customer's order frequency. */
    public double growthPerYear() {
        return SalesCalendar.GROWTH_PER_YEAR;
    }

    private int customer(String id) {
        return index(ids.customerFormat(), id, customerCount(), "customer");
    }

    private int product(String id) {
        return index(ids.productFormat(), id, productCount(), "product");
    }

    private static int index(IdFormat format, String id, int count, String what) {
        long index = format.parse(id);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("unknown " + what + " id: " + id);
        }
        return (int) index;
    }

    private static int checkIndex(int index, int count, String what) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(what + " index must be between 0 and " + (count - 1) + ", but was "
                    + index);
        }
        return index;
    }
}
