package org.crmworkbench.present.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table for a report: column headings and rows of cells. A cell is a {@link String}, a {@link Number} (written as
 * a number in XLSX and right-aligned elsewhere), a {@link java.time.LocalDate}, or null for an empty cell.
 *
 * @param columns the headings, in the language of the report
 * @param rows    the rows, each exactly as long as {@code columns}
 */
public record ReportTable(List<String> columns, List<List<Object>> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + row.size() + " cells, not "
                        + columns.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        Objects.requireNonNull(columns, "columns");
    }
}
