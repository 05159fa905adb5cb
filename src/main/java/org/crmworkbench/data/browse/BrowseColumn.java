package org.crmworkbench.data.browse;

import java.util.Objects;

/**
 * One column an analyst sees when browsing a table.
 *
 * <p>{@code name} is a stable identifier (the import field name where there is one, such as {@code customer_id}
 * or {@code signup_date}); it is what a sort request names and what the user interface looks up as
 * {@code column.<name>} for the header text. The column is read either from the browsed table itself or, for a
 * reference, from the referenced row (so ratings show the customer's external id, not the internal one).
 *
 * @param name      stable column identifier
 * @param type      how values are read and ordered
 * @param sqlColumn the SQL column it is read from (in the browsed table, or in the lookup's table)
 * @param lookup    the referenced table it comes from, or null for a column of the browsed table
 */
public record BrowseColumn(String name, ColumnType type, String sqlColumn, Lookup lookup) {

    public BrowseColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sqlColumn, "sqlColumn");
    }

    static BrowseColumn own(String name, ColumnType type, String sqlColumn) {
        return new BrowseColumn(name, type, sqlColumn, null);
    }

    static BrowseColumn own(String name, ColumnType type) {
        return own(name, type, name);
    }

    static BrowseColumn of(Lookup lookup, String name, ColumnType type, String sqlColumn) {
        return new BrowseColumn(name, type, sqlColumn, Objects.requireNonNull(lookup, "lookup"));
    }

    /** True when the value comes from a referenced table. */
    public boolean isLookup() {
        return lookup != null;
    }

    /** The qualified SQL expression, with {@code base} as the browsed table's alias. */
    String expression(String base) {
        return (lookup == null ? base : lookup.alias()) + "." + sqlColumn;
    }
}
