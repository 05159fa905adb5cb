package org.crmworkbench.data.browse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.work.Progress;

/**
 * Reads one table a page at a time for display: counts, filters (a text that any text column, or the shown text
 * of a referenced row, contains, ignoring case) and sorts in the database, never holding the table in memory.
 *
 * <p>Two ways to page:
 * <ul>
 *   <li>{@link #page(String, String, boolean, long, int)} by position in one SQL statement
 *       ({@code ORDER BY ... LIMIT ? OFFSET ?} on the table alone, then joining only the page's rows to their
 *       lookups). Stateless; right for a first page or a small table.</li>
 *   <li>{@link #order} once per filter and sort, then {@link #page(RowOrder, long, int)} by key: every page costs
 *       the same wherever it is. This is what a scrolling view uses.</li>
 * </ul>
 *
 * <p>Measured with {@code BrowseBenchmark} ({@code mvn -q -B test-compile exec:java@browse-benchmark}) on a file
 * database holding 1,000,000 ratings, 50,000 customers and 5,000 products, JDK 17 on a shared cloud machine;
 * first run in the JVM, then in brackets the best of three later runs, each with different parameters so that H2
 * cannot reuse a cached result (two benchmark runs, ranges where they differed):
 * <ul>
 *   <li>{@code count("")} 1 ms (0.2-0.6 ms); {@code count} with a filter 1.2 s (0.5 s): one scan of the table,
 *       the referenced tables' matches found once by the {@code IN} subquery;</li>
 *   <li>{@code page} by position in table order: offset 0 in 20-30 ms (6-8 ms); offset 990,000 in 0.17-0.30 s
 *       (0.14 s), H2 stepping through its row index up to the offset; filtered, offset 0: 0.5 s (0.06-0.1 s);</li>
 *   <li>{@code page} by position sorted: by rating 2 s, by customer id 9 s, by rated_at at offset 990,000 25 s:
 *       a sort of more rows than H2's {@code MAX_MEMORY_ROWS} goes through a temporary file, and every page
 *       pays for it again;</li>
 *   <li>{@link #order}: table order 0.46-0.52 s (0.24-0.33 s), sorted by rating 0.6 s (0.3-0.5 s), by rated_at
 *       0.7-0.8 s (0.6-0.8 s), by customer id (a lookup) 0.4-0.7 s (0.3-0.5 s), filtered 0.4-0.5 s (0.3-0.5 s):
 *       one streaming scan of keys and sort values, ranked and sorted in memory;</li>
 *   <li>{@link #page(RowOrder, long, int)} of 200 rows: table order 2-5 ms at offset 0 and 2 ms at 990,000 (one
 *       key range); sorted by rating 13-20 ms (8-9 ms) at offset 0 and 5-9 ms (3-4 ms) at 990,000 (one indexed
 *       lookup per key).</li>
 * </ul>
 * Keyset paging ({@code WHERE _ROWID_ > ? ORDER BY _ROWID_ LIMIT 200}) takes 1-2 ms at row 990,000 but needs the
 * key that ends the previous page, which a scroll bar dragged to the middle of the table does not have; a row
 * order gives every position its key, for 8 bytes per row (8 MB for 1,000,000 rows).
 */
public final class TableBrowser {
    /** The largest page served at once. */
    public static final int MAX_PAGE = 10_000;
    private static final int FETCH = 10_000;
    private static final int CHECK_EVERY = 1 << 15;

    private final Database database;
    private final TableLayout layout;
    private final BrowseSql sql;

    public TableBrowser(Database database, CrmTable table) {
        this.database = Objects.requireNonNull(database, "database");
        this.layout = TableLayout.of(Objects.requireNonNull(table, "table"));
        this.sql = new BrowseSql(layout, database.engine() == Database.Engine.POSTGRESQL);
    }

    public TableLayout layout() {
        return layout;
    }

    public List<BrowseColumn> columns() {
        return layout.columns();
    }

    /** Rows whose text contains {@code filter} (ignoring case); all rows when it is null or blank. */
    public long count(String filter) {
        boolean filtered = BrowseSql.isFiltered(filter);
        try (Connection c = database.connect(); PreparedStatement p = c.prepareStatement(sql.count(filtered))) {
            bindFilter(p, 1, filter);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count the rows of", e);
        }
    }

    /**
     * Rows {@code offset} to {@code offset + limit - 1} among those matching {@code filter}, ordered by
     * {@code sortColumn} (one of {@link TableLayout#columnNames()}, or null for the table's own order), ties and
     * the unsorted case in key order.
     *
     * @throws IllegalArgumentException for an unknown sort column or a bad offset or limit
     */
    public BrowsePage page(String filter, String sortColumn, boolean ascending, long offset, int limit) {
        checkRange(offset, limit);
        BrowseColumn sort = sortColumn(sortColumn);
        boolean filtered = BrowseSql.isFiltered(filter);
        try (Connection c = database.connect();
             PreparedStatement p = c.prepareStatement(sql.page(filtered, sort, ascending))) {
            int next = bindFilter(p, 1, filter);
            p.setInt(next, limit);
            p.setLong(next + 1, offset);
            List<Object[]> rows = new ArrayList<>(Math.min(limit, 1024));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(values(rs));
                }
            }
            return new BrowsePage(layout.columns(), offset, rows);
        } catch (SQLException e) {
            throw failure("read a page of", e);
        }
    }

    /**
     * The keys of every row matching {@code filter}, ordered by {@code sortColumn} (null: the table's own order).
     * One scan of the table; reports progress and stops with {@code CancelledException} when cancelled.
     */
    public RowOrder order(String filter, String sortColumn, boolean ascending, Progress progress) {
        BrowseColumn sort = sortColumn(sortColumn);
        boolean filtered = BrowseSql.isFiltered(filter);
        long expected = filtered ? -1 : count(null);
        try (Connection c = database.connect()) {
            KeyScan scan = new KeyScan(sort, sort != null && sort.isLookup() ? KeyScan.lookupRanks(c, sql, sort) : null);
            boolean lazy = setLazy(c, true);
            try (PreparedStatement p = c.prepareStatement(sql.keys(filtered, sort))) {
                p.setFetchSize(FETCH);
                bindFilter(p, 1, filter);
                try (ResultSet rs = p.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        scan.add(rs, n);
                        if ((++n & (CHECK_EVERY - 1)) == 0) {
                            progress.checkCancelled();
                            progress.worked(n, expected);
                        }
                    }
                    progress.worked(n, n);
                    return new RowOrder(layout.table(), filter, sort == null ? null : sort.name(), ascending,
                            scan.ordered(n, ascending));
                }
            } finally {
                if (lazy) {
                    setLazy(c, false);
                }
            }
        } catch (SQLException e) {
            throw failure("order the rows of", e);
        }
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of {@code order}, looked up by key. */
    public BrowsePage page(RowOrder order, long offset, int limit) {
        checkRange(offset, limit);
        if (order.table() != layout.table()) {
            throw new IllegalArgumentException("a row order of " + order.table().sqlName() + " cannot page "
                    + layout.table().sqlName());
        }
        long[] keys = order.keys(offset, limit);
        try (Connection c = database.connect()) {
            Map<Long, Object[]> found = isCompactRange(keys) ? byRange(c, keys) : byKey(c, keys);
            List<Object[]> rows = new ArrayList<>(keys.length);
            for (long key : keys) {
                Object[] row = found.get(key);
                rows.add(row != null ? row : new Object[layout.columns().size()]); // deleted since the order was made
            }
            return new BrowsePage(layout.columns(), offset, rows);
        } catch (SQLException e) {
            throw failure("read a page of", e);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private BrowseColumn sortColumn(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return layout.column(name).orElseThrow(() -> new IllegalArgumentException("Cannot sort "
                + layout.table().sqlName() + " by '" + name + "'; its columns are " + String.join(", ", layout.columnNames())));
    }

    private static void checkRange(long offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 0 to " + MAX_PAGE + "; were "
                    + offset + " and " + limit);
        }
    }

    private int bindFilter(PreparedStatement p, int first, String filter) throws SQLException {
        if (!BrowseSql.isFiltered(filter)) {
            return first;
        }
        String pattern = BrowseSql.likePattern(filter);
        int n = sql.filterParameterCount();
        for (int i = 0; i < n; i++) {
            p.setString(first + i, pattern);
        }
        return first + n;
    }

    /** Keys in ascending order that fill most of their range: one range query beats one query per key. */
    private static boolean isCompactRange(long[] keys) {
        if (keys.length < 2) {
            return false;
        }
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] <= keys[i - 1]) {
                return false;
            }
        }
        return keys[keys.length - 1] - keys[0] < 2L * keys.length;
    }

    private Map<Long, Object[]> byRange(Connection c, long[] keys) throws SQLException {
        Map<Long, Object[]> found = new HashMap<>(keys.length * 2);
        try (PreparedStatement p = c.prepareStatement(sql.rowsByKeyRange())) {
            sql.bindKey(p, 1, keys[0]);
            sql.bindKey(p, 2, keys[keys.length - 1]);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), values(rs));
                }
            }
        }
        return found;
    }

    private Map<Long, Object[]> byKey(Connection c, long[] keys) throws SQLException {
        Map<Long, Object[]> found = new HashMap<>(keys.length * 2);
        try (PreparedStatement p = c.prepareStatement(sql.rowByKey())) {
            for (long key : keys) {
                sql.bindKey(p, 1, key);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        found.put(key, values(rs));
                    }
                }
            }
        }
        return found;
    }

    /** The displayed values of the current row; column 1 is the key. */
    private Object[] values(ResultSet rs) throws SQLException {
        List<BrowseColumn> columns = layout.columns();
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = ColumnValues.read(rs, i + 2, columns.get(i).type());
        }
        return row;
    }

    /** Switches H2's streaming results on or off for this connection; false when the database is not H2. */
    private boolean setLazy(Connection c, boolean on) throws SQLException {
        if (database.engine() != Database.Engine.H2) {
            return false;
        }
        database.streamResults(c, on);
        return true;
    }

    private DatabaseException failure(String what, SQLException e) {
        return new DatabaseException("Cannot " + what + " " + layout.table().sqlName() + " in " + database.description()
                + ": " + e.getMessage(), e);
    }
}
