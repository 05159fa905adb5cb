package org.crmworkbench.model;

/**
 * What each customer bought, one row per customer and product: {@code quantities[i]} units of product
 * {@code productIds[i]} bought by customer {@code customerIds[i]} in {@code orders[i]} orders. Implicit feedback for
 * recommendation; ids are the database's internal ids.
 */
public record PurchaseRows(long[] customerIds, long[] productIds, float[] quantities, int[] orders) {
    public PurchaseRows {
        int n = customerIds.length;
        if (productIds.length != n || quantities.length != n || orders.length != n) {
            throw new IllegalArgumentException("purchase arrays differ in length");
        }
    }

    public static PurchaseRows empty() {
        return new PurchaseRows(new long[0], new long[0], new float[0], new int[0]);
    }

    public int size() {
        return customerIds.length;
    }
}
