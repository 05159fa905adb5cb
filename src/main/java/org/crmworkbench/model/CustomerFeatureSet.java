package org.crmworkbench.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The customer feature table read from the database: one row per customer, in the order of their internal ids.
 *
 * @param table            the features (row ids are the customers' external ids)
 * @param customerIds      the database's internal id of each row
 * @param revenue          each customer's revenue (sum of order totals), for revenue shares
 * @param asOf             the date recency and tenure are measured from (the day after the last order)
 * @param defaultFeatures  the behaviour features used when the analyst picks none
 */
public record CustomerFeatureSet(FeatureTable table, long[] customerIds, double[] revenue, LocalDate asOf,
                                 List<String> defaultFeatures) {

    public CustomerFeatureSet {
        Objects.requireNonNull(table, "table");
        if (customerIds.length != table.rowCount() || revenue.length != table.rowCount()) {
            throw new IllegalArgumentException("ids and revenue must have one value per row");
        }
        defaultFeatures = List.copyOf(defaultFeatures);
    }
}
