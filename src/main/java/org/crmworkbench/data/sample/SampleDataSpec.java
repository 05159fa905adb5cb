package org.crmworkbench.data.sample;

import java.time.LocalDate;

/**
 * What to generate: sizes, time window and seed. Validated on construction; a bad value is rejected with an
 * {@link IllegalArgumentException} that names the parameter and its allowed range.
 *
 * <p>The order history covers {@code years} whole years ending on {@code endDate} (inclusive). The same spec
 * always produces byte-identical files.
 *
 * @param customers number of customers, {@value #MIN_CUSTOMERS}..{@value #MAX_CUSTOMERS}
 * @param products  number of products, {@value #MIN_PRODUCTS}..{@value #MAX_PRODUCTS}
 * @param salesReps number of sales reps, {@value #MIN_SALES_REPS}..{@value #MAX_SALES_REPS}
 * @param ratings   number of ratings, 0..customers × products (each customer rates a product at most once)
 * @param endDate   last day of the order history, {@link #EARLIEST_END_DATE}..{@link #LATEST_END_DATE}
 * @param years     length of the order history in years, {@value #MIN_YEARS}..{@value #MAX_YEARS}
 * @param seed      the random seed; any value
 */
public record SampleDataSpec(int customers, int products, int salesReps, long ratings, LocalDate endDate, int years,
                             long seed) {

    public static final int MIN_CUSTOMERS = 10;
    public static final int MAX_CUSTOMERS = 1_000_000;
    public static final int MIN_PRODUCTS = 20;
    public static final int MAX_PRODUCTS = 200_000;
    public static final int MIN_SALES_REPS = 1;
    public static final int MAX_SALES_REPS = 100_000;
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 10;
    public static final LocalDate EARLIEST_END_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_END_DATE = LocalDate.of(2199, 12, 31);

    /** End of the order history unless told otherwise. */
    public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2026, 9, 30);
    public static final int DEFAULT_YEARS = 3;
    /** Ratings per customer aimed at by {@link #defaultRatings(int, int)}. */
    public static final int DEFAULT_RATINGS_PER_CUSTOMER = 25;

    /** Size and seed of the sample data bundled with the application under {@code assets/sample/}. */
    public static final int BUNDLED_CUSTOMERS = 2_000;
    public static final long BUNDLED_SEED = 20_261_123L;

    public SampleDataSpec {
        requireRange("customers", customers, MIN_CUSTOMERS, MAX_CUSTOMERS);
        requireRange("products", products, MIN_PRODUCTS, MAX_PRODUCTS);
        requireRange("salesReps", salesReps, MIN_SALES_REPS, MAX_SALES_REPS);
        if (endDate == null) {
            throw new IllegalArgumentException("endDate must be a date between " + EARLIEST_END_DATE + " and "
                    + LATEST_END_DATE + ", but was missing");
        }
        if (endDate.isBefore(EARLIEST_END_DATE) || endDate.isAfter(LATEST_END_DATE)) {
            throw new IllegalArgumentException("endDate must be between " + EARLIEST_END_DATE + " and "
                    + LATEST_END_DATE + ", but was " + endDate);
        }
        requireRange("years", years, MIN_YEARS, MAX_YEARS);
        long grid = (long) customers * products;
        if (ratings < 0 || ratings > grid) {
            throw new IllegalArgumentException("ratings must be between 0 and " + grid + " (customers " + customers
                    + " x products " + products + ", one rating per customer and product at most), but was "
                    + ratings);
        }
    }

    /** A spec with the given customers and seed and everything else derived from the customer count. */
    public static SampleDataSpec defaults(int customers, long seed) {
        return builder(customers).seed(seed).build();
    }

    /** The spec of the bundled sample data: {@value #BUNDLED_CUSTOMERS} customers, seed {@value #BUNDLED_SEED}. */
    public static SampleDataSpec bundled() {
        return defaults(BUNDLED_CUSTOMERS, BUNDLED_SEED);
    }

    /** One product per eight customers, at least 200 and at most 5,000. */
    public static int defaultProducts(int customers) {
        return (int) Math.max(200, Math.min(5_000, Math.round(customers / 8.0)));
    }

    /** One sales rep per hundred customers, at least 8. */
    public static int defaultSalesReps(int customers) {
        return (int) Math.max(8, Math.min(MAX_SALES_REPS, Math.round(customers / 100.0)));
    }

    /**
     * {@value #DEFAULT_RATINGS_PER_CUSTOMER} ratings per customer, capped at half of the customers × products
     * grid.
     */
    public static long defaultRatings(int customers, int products) {
        return Math.min((long) DEFAULT_RATINGS_PER_CUSTOMER * customers, (long) customers * products / 2);
    }

    /** First day of the order history. */
    public LocalDate startDate() {
        return endDate.minusYears(years).plusDays(1);
    }

    /** The same spec with another seed. */
    public SampleDataSpec withSeed(long newSeed) {
        return new SampleDataSpec(customers, products, salesReps, ratings, endDate, years, newSeed);
    }

    /**
     * A builder for a spec with the given number of customers. Whatever is not set is derived: products, reps
     * and ratings from the customer count (ratings from the product count too), end date
     * {@link #DEFAULT_END_DATE}, {@value #DEFAULT_YEARS} years and seed {@value #BUNDLED_SEED}.
     */
    public static Builder builder(int customers) {
        return new Builder(customers);
    }

    /** Collects the parameters a caller chose and derives the others; see {@link #builder(int)}. */
    public static final class Builder {
        private final int customers;
        private Integer products;
        private Integer salesReps;
        private Long ratings;
        private LocalDate endDate = DEFAULT_END_DATE;
        private int years = DEFAULT_YEARS;
        private long seed = BUNDLED_SEED;

        private Builder(int customers) {
            this.customers = customers;
        }

        public Builder products(int value) {
            this.products = value;
            return this;
        }

        public Builder salesReps(int value) {
            this.salesReps = value;
            return this;
        }

        public Builder ratings(long value) {
            this.ratings = value;
            return this;
        }

        public Builder endDate(LocalDate value) {
            this.endDate = value;
            return this;
        }

        public Builder years(int value) {
            this.years = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The validated spec; throws {@link IllegalArgumentException} naming the first bad parameter. */
        public SampleDataSpec build() {
            requireRange("customers", customers, MIN_CUSTOMERS, MAX_CUSTOMERS);
            int p = products != null ? products : defaultProducts(customers);
            requireRange("products", p, MIN_PRODUCTS, MAX_PRODUCTS);
            int r = salesReps != null ? salesReps : defaultSalesReps(customers);
            long n = ratings != null ? ratings : defaultRatings(customers, p);
            return new SampleDataSpec(customers, p, r, n, endDate, years, seed);
        }
    }

    private static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be between " + min + " and " + max + ", but was " + value);
        }
    }
}
