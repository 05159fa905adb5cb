package org.crmworkbench.data.browse;

import java.util.List;

/**
 * Rows {@code offset} to {@code offset + rows.size() - 1} of a browsed table, one {@code Object[]} per row with
 * one value per column (Java types as {@link ColumnType} says, null when missing).
 */
public record BrowsePage(List<BrowseColumn> columns, long offset, List<Object[]> rows) {

    public BrowsePage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public List<String> columnNames() {
        return columns.stream().map(BrowseColumn::name).toList();
    }

    public List<ColumnType> columnTypes() {
        return columns.stream().map(BrowseColumn::type).toList();
    }

    public int size() {
        return rows.size();
    }
}
