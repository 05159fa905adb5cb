package org.crmworkbench.data.sample;

/**
 * Everything planted for one spec: calendar, taste space, catalogue, customers and sales force. Built in time
 * linear in customers plus products; the written rows are derived from it by the writers.
 */
final class SampleWorld {
    private final SampleDataSpec spec;
    private final SalesCalendar calendar;
    private final ProductCatalogue catalogue;
    private final CustomerPopulation customers;
    private final SalesForce salesForce;

    SampleWorld(SampleDataSpec spec) {
        this.spec = spec;
        this.calendar = new SalesCalendar(spec.startDate(), spec.endDate());
        TasteSpace taste = new TasteSpace(spec.seed());
        this.catalogue = new ProductCatalogue(spec.products(), spec.seed(), taste);
        this.customers = new CustomerPopulation(spec.customers(), spec.seed(), calendar, taste);
        this.salesForce = new SalesForce(spec.salesReps(), spec.seed(), calendar.days());
    }

    SampleDataSpec spec() {
        return spec;
    }

    long seed() {
        return spec.seed();
    }

    SalesCalendar calendar() {
        return calendar;
    }

    ProductCatalogue catalogue() {
        return catalogue;
    }

    CustomerPopulation customers() {
        return customers;
    }

    SalesForce salesForce() {
        return salesForce;
    }

    /** Dot product of a customer's and a product's latent factor vectors. */
    double dot(int u, int j) {
        double sum = 0;
        for (int d = 0; d < TasteSpace.DIMENSIONS; d++) {
            sum += customers.factor(u, d) * catalogue.factor(j, d);
        }
        return sum;
    }

    /** The planted expected rating before noise and rounding. */
    double latentScore(int u, int j) {
        return TasteSpace.score(customers.bias(u), catalogue.bias(j), dot(u, j));
    }

    /** The part of {@link #latentScore} a bias-only model can capture. */
    double baselineScore(int u, int j) {
        return TasteSpace.baseline(customers.bias(u), catalogue.bias(j));
    }
}
