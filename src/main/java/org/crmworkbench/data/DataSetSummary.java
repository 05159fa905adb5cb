package org.crmworkbench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the database holds at a glance: the row count of every CRM table, in load order, and when data was last
 * imported (from the {@code imports} provenance table). Cheap to read: a {@code COUNT(*)} per table.
 *
 * <pre>{@code
 * DataSetSummary summary = DataSetSummary.read(database);
 * summary.rowCounts().forEach((table, rows) -> System.out.println(table.sqlName() + " " + rows));
 * }</pre>
 */
public final class DataSetSummary {
    private final Map<CrmTable, Long> rowCounts;
    private final LocalDateTime lastImport;
    private final long importCount;

    public DataSetSummary(Map<CrmTable, Long> rowCounts, LocalDateTime lastImport, long importCount) {
        EnumMap<CrmTable, Long> counts = new EnumMap<>(CrmTable.class);
        for (CrmTable table : CrmTable.loadOrder()) {
            counts.put(table, rowCounts.getOrDefault(table, 0L));
        }
        this.rowCounts = Collections.unmodifiableMap(counts);
        this.lastImport = lastImport;
        this.importCount = importCount;
    }

    /** Counts every table's rows and reads the time of the latest import. */
    public static DataSetSummary read(Database database) {
        try (Connection c = database.connectForReading(); Statement s = c.createStatement()) {
            Map<CrmTable, Long> counts = new EnumMap<>(CrmTable.class);
            for (CrmTable table : CrmTable.loadOrder()) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.sqlName())) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT MAX(imported_at), COUNT(*) FROM imports")) {
                rs.next();
                Timestamp last = rs.getTimestamp(1);
                return new DataSetSummary(counts, last == null ? null : last.toLocalDateTime(), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot count the rows in " + database.description() + ": " + e.getMessage(), e);
        }
    }

    /** Rows per table, every {@link CrmTable} present, in {@linkplain CrmTable#loadOrder() load order}. */
    public Map<CrmTable, Long> rowCounts() {
        return rowCounts;
    }

    public long rowCount(CrmTable table) {
        return rowCounts.get(table);
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when no CRM table holds a row. */
    public boolean isEmpty() {
        return totalRows() == 0;
    }

    /** When the latest file was imported, if any was. */
    public Optional<LocalDateTime> lastImport() {
        return Optional.ofNullable(lastImport);
    }

    /** How many files have been imported in all. */
    public long importCount() {
        return importCount;
    }

    @Override
    public String toString() {
        return "DataSetSummary" + rowCounts + (lastImport == null ? "" : ", last import " + lastImport);
    }
}
