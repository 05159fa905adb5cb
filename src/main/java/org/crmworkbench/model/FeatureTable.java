package org.crmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows of things to segment (customers, or the rows of a CSV) with their numeric and categorical features, in
 * the order the rows came in. A numeric value that is missing is {@link Double#NaN}; a missing category is null.
 *
 * @param source  what the rows are, for provenance (a database path or a file name)
 * @param rowIds  an identifier per row (a customer's external id, or the id column of a CSV)
 * @param numeric numeric columns, each as long as {@code rowIds}
 * @param categories categorical columns, each as long as {@code rowIds}
 */
public record FeatureTable(String source, List<String> rowIds, List<NumericColumn> numeric,
                           List<CategoryColumn> categories) {

    public FeatureTable {
        Objects.requireNonNull(source, "source");
        rowIds = List.copyOf(rowIds);
        numeric = List.copyOf(numeric);
        categories = List.copyOf(categories);
        int n = rowIds.size();
        List<String> seen = new ArrayList<>();
        for (NumericColumn c : numeric) {
            if (c.values().length != n) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.values().length
                        + " values for " + n + " rows");
            }
            seen.add(c.name());
        }
        for (CategoryColumn c : categories) {
            if (c.values().length != n) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.values().length
                        + " values for " + n + " rows");
            }
            seen.add(c.name());
        }
        if (seen.stream().distinct().count() != seen.size()) {
            throw new IllegalArgumentException("column names repeat: " + seen);
        }
    }

    public int rowCount() {
        return rowIds.size();
    }

    /** Names of all columns, numeric first, in order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        numeric.forEach(c -> names.add(c.name()));
        categories.forEach(c -> names.add(c.name()));
        return names;
    }

    public Optional<NumericColumn> numeric(String name) {
        return numeric.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<CategoryColumn> category(String name) {
        return categories.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A numeric column; NaN marks a missing value. The array is shared, not copied. */
    public record NumericColumn(String name, double[] values) {
        public NumericColumn {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(values, "values");
        }
    }

    /** A categorical column; null marks a missing value. The array is shared, not copied. */
    public record CategoryColumn(String name, String[] values) {
        public CategoryColumn {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(values, "values");
        }
    }
}
