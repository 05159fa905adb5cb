package org.crmworkbench.workflow;

import java.util.List;
import java.util.Objects;
import org.crmworkbench.data.features.FeatureFile;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.FeatureTable;

/**
 * The rows a segmentation runs on: the customers of a database (with their revenue, ids and the date their features
 * were measured from) or the rows of a feature file.
 *
 * @param table     the features, one row per customer or file row
 * @param file      the feature file they came from, or null for the database
 * @param customers the database's customers, or null for a file
 */
public record SegmentSource(FeatureTable table, FeatureFile file, CustomerFeatureSet customers) {

    public SegmentSource {
        Objects.requireNonNull(table, "table");
        if ((file == null) == (customers == null)) {
            throw new IllegalArgumentException("rows come either from a file or from the database");
        }
    }

    static SegmentSource of(FeatureFile file) {
        return new SegmentSource(file.table(), file, null);
    }

    static SegmentSource of(CustomerFeatureSet customers) {
        return new SegmentSource(customers.table(), null, customers);
    }

    /** Revenue per row for the segments' revenue shares, or null (a file has none). */
    public double[] revenue() {
        return customers == null ? null : customers.revenue();
    }

    /**
     * The features used when none are chosen: the customers' behaviour set, or every numeric column of a file.
     */
    public List<String> defaultFeatures() {
        return customers != null ? customers.defaultFeatures()
                : table.numeric().stream().map(FeatureTable.NumericColumn::name).toList();
    }

    public int rows() {
        return table.rowCount();
    }
}
