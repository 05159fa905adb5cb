package org.crmworkbench.data.sample;

/**
 * The contents of an order, a pure function of (customer, ordinal, day).
 *
 * <ul>
 *   <li>Channel: the customer's preferred channel three times in four, else any; store and phone orders get a
 *       rep from {@link SalesForce}, whose performance {@code m} multiplies extra lines and units.</li>
 *   <li>Lines: 1 + Poisson(group extra lines × m × the region's territory factor), distinct products. Each
 *       product: a category drawn by the customer's taste, three candidates drawn by popularity, the one with the
 *       best {@code affinity + priceTaste × priceZ} bought.</li>
 *   <li>Units: 1 + Poisson(category extra units × group boost × m).</li>
 *   <li>Price: list price, 10–30% off with the month's promotion chance × the group's discount affinity.</li>
 *   <li>Bought together: after those lines, each chosen product with a planted companion
 *       ({@link ProductCatalogue#companion}) brings it along with chance {@value #COMPANION_CHANCE} (one unit, list
 *       price), while the order has room; the draws come after the others, so the rest of the order is unchanged.</li>
 * </ul>
 */
final class BasketMaker {
    private static final double PREFERRED_CHANNEL = 0.75;
    private static final int CANDIDATES = 3;
    private static final int MAX_UNITS = 24;
    /** Chance that a product with a planted companion brings it into the order. */
    static final double COMPANION_CHANCE = 0.4;

    private final SampleWorld world;

    BasketMaker(SampleWorld world) {
        this.world = world;
    }

    void make(int u, int ordinal, int day, Basket basket) {
        Dice dice = Dice.of(world.seed(), RandomStream.ORDER, u, ordinal);
        CustomerPopulation customers = world.customers();
        CustomerGroup group = customers.group(u);
        int channel = dice.chance(PREFERRED_CHANNEL) ? customers.preferredChannel(u) : dice.below(3);
        int rep = -1;
        double boost = 1;
        if (channel != Channel.ONLINE.ordinal()) {
            SalesForce reps = world.salesForce();
            rep = reps.pick(customers.region(u).ordinal(), day, dice);
            boost = reps.performance(rep);
        }
        basket.reset(channel, rep);
        double territory = customers.region(u).basketFactor();
        int wanted = Math.min(Basket.MAX_LINES, 1 + dice.poisson(group.extraLines() * boost * territory));
        ProductCatalogue catalogue = world.catalogue();
        double discountChance = Math.min(0.9, world.calendar().discountChance(day) * group.discountAffinity());
        for (int line = 0; line < wanted; line++) {
            int product = -1;
            for (int attempt = 0; attempt < 6 && product < 0; attempt++) {
                int candidate = choose(u, group, dice);
                if (!basket.contains(candidate)) {
                    product = candidate;
                }
            }
            if (product < 0) {
                continue;
            }
            Category category = Category.of(catalogue.category(product));
            int units = Math.min(MAX_UNITS, 1 + dice.poisson(category.extraUnits() * group.unitsBoost() * boost));
            long unit = catalogue.priceCents(product);
            if (dice.chance(discountChance)) {
                int percentOff = 5 * dice.between(2, 6);
                unit = Math.round(unit * (100 - percentOff) / 100.0);
            }
            basket.add(product, units, unit);
        }
        int chosen = basket.lines();
        for (int line = 0; line < chosen && basket.lines() < Basket.MAX_LINES; line++) {
            int companion = catalogue.companion(basket.product(line));
            if (companion >= 0 && !basket.contains(companion) && dice.chance(COMPANION_CHANCE)) {
                basket.add(companion, 1, catalogue.priceCents(companion));
            }
        }
    }

    private int choose(int u, CustomerGroup group, Dice dice) {
        ProductCatalogue catalogue = world.catalogue();
        int category = world.customers().drawCategory(u, dice);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < CANDIDATES; i++) {
            int j = catalogue.drawFromCategory(category, dice);
            double score = TasteSpace.INTERACTION_SCALE * world.dot(u, j) + group.priceTaste() * catalogue.priceZ(j);
            if (score > bestScore) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }
}
