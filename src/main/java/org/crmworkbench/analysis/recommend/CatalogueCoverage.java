package org.crmworkbench.analysis.recommend;

import java.util.BitSet;

/**
 * Which products appear in at least one recommendation list: catalogue coverage is their share of all products. Not
 * thread-safe: each thread keeps its own and they are {@linkplain #add(CatalogueCoverage) added}.
 */
public final class CatalogueCoverage {
    private final int products;
    private final BitSet shown;

    /** Nothing shown yet, out of {@code products} products. */
    public CatalogueCoverage(int products) {
        this.products = products;
        this.shown = new BitSet(products);
    }

    /** Notes the products of one list. */
    public void add(int[] list) {
        for (int item : list) {
            shown.set(item);
        }
    }

    /** Notes the products another has seen. */
    public void add(CatalogueCoverage other) {
        shown.or(other.shown);
    }

    /** Distinct products shown. */
    public int distinct() {
        return shown.cardinality();
    }

    /** Distinct products shown over all products; NaN when there are no products. */
    public double share() {
        return products == 0 ? Double.NaN : (double) distinct() / products;
    }
}
