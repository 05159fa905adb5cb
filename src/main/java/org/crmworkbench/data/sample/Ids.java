package org.crmworkbench.data.sample;

/** The id formats of one generated data set; widths depend on the row counts. */
final class Ids {
    private final IdFormat customers;
    private final IdFormat products;
    private final IdFormat reps;
    private final IdFormat orders;
    private final IdFormat feedback;
    private final String[] productIds;

    Ids(SampleDataSpec spec, long orderCount, long feedbackCount) {
        customers = IdFormat.forCount('C', spec.customers(), IdFormat.CUSTOMER_WIDTH);
        products = IdFormat.forCount('P', spec.products(), IdFormat.PRODUCT_WIDTH);
        reps = IdFormat.forCount('R', spec.salesReps(), IdFormat.REP_WIDTH);
        orders = IdFormat.forCount('O', orderCount, IdFormat.ORDER_WIDTH);
        feedback = IdFormat.forCount('F', feedbackCount, IdFormat.FEEDBACK_WIDTH);
        productIds = new String[spec.products()];
        for (int j = 0; j < productIds.length; j++) {
            productIds[j] = products.format(j);
        }
    }

    String customer(int u) {
        return customers.format(u);
    }

    String product(int j) {
        return productIds[j];
    }

    String rep(int r) {
        return reps.format(r);
    }

    String order(long i) {
        return orders.format(i);
    }

    String feedback(long i) {
        return feedback.format(i);
    }

    IdFormat customerFormat() {
        return customers;
    }

    IdFormat productFormat() {
        return products;
    }

    IdFormat repFormat() {
        return reps;
    }

    IdFormat feedbackFormat() {
        return feedback;
    }
}
