package org.crmworkbench.data.sample;

/**
 * The hidden traits of every customer, in compact arrays: planted group, region, name culture, preferred
 * channel, activity factor, rating bias, category taste, latent factor vector and life cycle (sign-up day,
 * first active day and the day ordering stops). Written rows are derived from these traits on the fly.
 *
 * <p>Days are numbered as in {@link SalesCalendar}; sign-up days of long-standing customers are negative.
 */
final class CustomerPopulation {
    private static final double ACTIVITY_SPREAD = 0.35;
    private static final double BIAS_SPREAD = 0.3;
    private static final double TASTE_SPREAD = 0.5;
    private static final int NEWCOMER_WINDOW = 240;
    private static final int LAPSE_EARLIEST = 300;
    private static final int LAPSE_LATEST = 90;
    /** Days of declining order frequency before a lapsing customer stops. */
    static final int DECLINE_DAYS = 180;
    /** Days after stopping in which a lapsing customer may still rate or complain. */
    static final int AFTERGLOW_DAYS = 45;

    private final int size;
    private final int days;
    private final byte[] group;
    private final byte[] region;
    private final boolean[] chinese;
    private final byte[] channel;
    private final float[] activity;
    private final float[] bias;
    private final float[] factors;
    private final float[] categoryCum;
    private final int[] signupDay;
    private final int[] joinDay;
    private final int[] stopDay;

    CustomerPopulation(int size, long seed, SalesCalendar calendar, TasteSpace taste) {
        this.size = size;
        this.days = calendar.days();
        int categories = Category.values().length;
        group = new byte[size];
        region = new byte[size];
        chinese = new boolean[size];
        channel = new byte[size];
        activity = new float[size];
        bias = new float[size];
        factors = new float[size * TasteSpace.DIMENSIONS];
        categoryCum = new float[size * categories];
        signupDay = new int[size];
        joinDay = new int[size];
        stopDay = new int[size];
        double[] groupCum = cumulative(CustomerGroup.values().length, g -> CustomerGroup.of(g).share());
        double[] regionCum = cumulative(Region.count(), r -> Region.of(r).customerShare());
        for (int u = 0; u < size; u++) {
            Dice dice = Dice.of(seed, RandomStream.CUSTOMER, u);
            CustomerGroup g = CustomerGroup.of(dice.pick(groupCum));
            Region r = Region.of(dice.pick(regionCum));
            group[u] = (byte) g.ordinal();
            region[u] = (byte) r.ordinal();
            chinese[u] = dice.chance(r.chineseShare());
            channel[u] = (byte) dice.pick(cumulative(3, g::channelWeight));
            activity[u] = (float) dice.logNormal(ACTIVITY_SPREAD);
            bias[u] = (float) (g.ratingBias() + BIAS_SPREAD * dice.gaussian());
            makeTaste(u, g, dice, taste);
            makeLifecycle(u, g, dice);
        }
    }

    private void makeTaste(int u, CustomerGroup g, Dice dice, TasteSpace taste) {
        int categories = Category.values().length;
        double[] weights = new double[categories];
        double total = 0;
        for (int c = 0; c < categories; c++) {
            weights[c] = g.categoryWeight(Category.of(c)) * dice.logNormal(TASTE_SPREAD);
            total += weights[c];
        }
        double running = 0;
        for (int c = 0; c < categories; c++) {
            weights[c] /= total;
            running += weights[c];
            categoryCum[u * categories + c] = (float) running;
        }
        for (int d = 0; d < TasteSpace.DIMENSIONS; d++) {
            double pull = 0;
            for (int c = 0; c < categories; c++) {
                pull += weights[c] * taste.centroid(c, d);
            }
            factors[u * TasteSpace.DIMENSIONS + d] =
                    (float) (TasteSpace.CATEGORY_PULL * pull + TasteSpace.CUSTOMER_NOISE * dice.gaussian());
        }
    }

    private void makeLifecycle(int u, CustomerGroup g, Dice dice) {
        int join;
        int signup;
        int stop = days;
        switch (g.lifecycle()) {
            case NEW -> {
                join = dice.between(Math.max(0, days - NEWCOMER_WINDOW), days - 10);
                signup = join - 1 - dice.below(11);
            }
            case LAPSING -> {
                join = dice.chance(0.6) ? 0 : dice.below(Math.max(1, (int) (days * 0.3)));
                stop = dice.between(Math.max(0, days - LAPSE_EARLIEST), days - LAPSE_LATEST);
                stop = Math.min(days - 1, Math.max(stop, join + 90));
                signup = join == 0 ? -dice.between(1, 1500) : join - 1 - dice.below(31);
            }
            default -> {
                join = dice.chance(0.55) ? 0 : dice.below(Math.max(1, (int) (days * 0.6)));
                signup = join == 0 ? -dice.between(1, 1500) : join - 1 - dice.below(31);
            }
        }
        signupDay[u] = signup;
        joinDay[u] = join;
        stopDay[u] = stop;
    }

    private static double[] cumulative(int n, java.util.function.IntToDoubleFunction weight) {
        double[] cum = new double[n];
        double running = 0;
        for (int i = 0; i < n; i++) {
            running += weight.applyAsDouble(i);
            cum[i] = running;
        }
        return cum;
    }

    int size() {
        return size;
    }

    CustomerGroup group(int u) {
        return CustomerGroup.of(group[u]);
    }

    Region region(int u) {
        return Region.of(region[u]);
    }

    /** True when the customer has a Chinese name and writes feedback in Chinese. */
    boolean chinese(int u) {
        return chinese[u];
    }

    /** Ordinal of the customer's preferred {@link Channel}. */
    int preferredChannel(int u) {
        return channel[u];
    }

    /** The customer's own order-frequency factor (log-normal, mean 1). */
    double activity(int u) {
        return activity[u];
    }

    /** The planted customer rating bias in stars. */
    double bias(int u) {
        return bias[u];
    }

    float factor(int u, int d) {
        return factors[u * TasteSpace.DIMENSIONS + d];
    }

    /** A category drawn by the customer's own category taste. */
    int drawCategory(int u, Dice dice) {
        int categories = Category.values().length;
        return dice.pick(categoryCum, u * categories, categories);
    }

    /** The customer's own weight of a category; the weights of all categories sum to one. */
    double categoryWeight(int u, int category) {
        int at = u * Category.values().length + category;
        return category == 0 ? categoryCum[at] : categoryCum[at] - categoryCum[at - 1];
    }

    /** Day of sign-up; before the first order, negative when before the window. */
    int signupDay(int u) {
        return signupDay[u];
    }

    /** First day the customer may order. */
    int joinDay(int u) {
        return joinDay[u];
    }

    /** One past the last day the customer may order ({@code days} unless lapsing). */
    int stopDay(int u) {
        return stopDay[u];
    }

    /** Last day the customer may rate or write: the end, or shortly after a lapsing customer stopped. */
    int lastActiveDay(int u) {
        return stopDay[u] >= days ? days - 1 : Math.min(days - 1, stopDay[u] + AFTERGLOW_DAYS);
    }

    /** Factor on order frequency: falls linearly from 1 to 0.1 over the last {@value #DECLINE_DAYS} days. */
    double decline(int u, int day) {
        if (stopDay[u] >= days) {
            return 1;
        }
        double left = (stopDay[u] - day) / (double) DECLINE_DAYS;
        return left >= 1 ? 1 : 0.1 + 0.9 * Math.max(0, left);
    }
}
