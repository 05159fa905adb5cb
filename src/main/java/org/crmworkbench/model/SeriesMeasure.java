package org.crmworkbench.model;

import java.util.Locale;

/** What a sales series adds up per period. */
public enum SeriesMeasure {
    /** Sum of order totals (for a category: sum of its order lines, quantity times unit price). */
    REVENUE,
    /** Number of orders (for a category: orders with at least one line of it). */
    ORDERS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SeriesMeasure fromKeyOrNull(String key) {
        for (SeriesMeasure m : values()) {
            if (m.key().equalsIgnoreCase(key.trim())) {
                return m;
            }
        }
        return null;
    }
}
