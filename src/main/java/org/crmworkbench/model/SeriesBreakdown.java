package org.crmworkbench.model;

import java.util.Locale;

/** Which slice of the orders a sales series covers. */
public enum SeriesBreakdown {
    /** All orders. */
    OVERALL,
    /** Orders of customers in one region. */
    REGION,
    /** Order lines of one product category. */
    CATEGORY,
    /** Orders of customers in one segment of the latest saved segmentation run. */
    SEGMENT,
    /** Orders taken by one sales rep. */
    SALES_REP;

    /** {@code overall}, {@code region}, {@code category}, {@code segment}, {@code rep}. */
    public String key() {
        return this == SALES_REP ? "rep" : name().toLowerCase(Locale.ROOT);
    }

    public static SeriesBreakdown fromKeyOrNull(String key) {
        for (SeriesBreakdown b : values()) {
            if (b.key().equalsIgnoreCase(key.trim())) {
                return b;
            }
        }
        return null;
    }
}
