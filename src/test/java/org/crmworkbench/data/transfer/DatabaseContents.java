package org.crmworkbench.data.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crmworkbench.data.Database;

/**
 * Every table of a database as sorted rows of normalised text, the same on both engines for the same values; read
 * from the catalogue independently of {@link SchemaTables}, so a table the copy misses shows as a difference.
 */
public final class DatabaseContents {
    private DatabaseContents() {
    }

    /**
     * Table name to its rows. The schema history and the import journal are left out, and of the table fingerprints
     * only table and row count: the fingerprint hashes each engine's text of the values (see {@link #digests}).
     */
    public static Map<String, List<String>> of(Database db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            for (String name : names) {
                if (name.equals("flyway_schema_history") || name.equals("import_journal")) {
                    continue;
                }
                tables.put(name, rows(s, name));
            }
        }
        return tables;
    }

    private static List<String> rows(Statement s, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    if (table.equals("table_digests") && (meta.getColumnName(i).equalsIgnoreCase("computed_at")
                            || meta.getColumnName(i).equalsIgnoreCase("digest"))) {
                        continue;
                    }
                    row.append(normalised(rs.getObject(i))).append('|');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        return rows;
    }

    private static Object normalised(Object v) {
        if (v instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Number n && !(v instanceof Double)) {
            return n.longValue();
        }
        return v;
    }

    /** The stored fingerprints, table by table: the same for the same rows on the same engine. */
    public static Map<String, String> digests(Database db) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, row_count, digest FROM table_digests")) {
            while (rs.next()) {
                digests.put(rs.getString(1), rs.getLong(2) + " " + rs.getString(3));
            }
        }
        return digests;
    }

    /** Fails naming the first table (and its first row) that differs, rather than printing both databases whole. */
    public static void assertSame(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.keySet(), actual.keySet(), "tables");
        for (String table : expected.keySet()) {
            List<String> want = expected.get(table);
            List<String> got = actual.get(table);
            if (!want.equals(got)) {
                int i = 0;
                while (i < Math.min(want.size(), got.size()) && want.get(i).equals(got.get(i))) {
                    i++;
                }
                org.junit.jupiter.api.Assertions.fail(table + ": " + want.size() + " rows expected, " + got.size()
                        + " copied; first difference at sorted row " + i + ": expected "
                        + shortened(i < want.size() ? want.get(i) : "(none)") + " but was "
                        + shortened(i < got.size() ? got.get(i) : "(none)"));
            }
        }
    }

    private static String shortened(String row) {
        return row.length() <= 300 ? row : row.substring(0, 300) + "...(" + row.length() + " chars)";
    }

    /** How many rows all tables hold together. */
    public static long rowCount(Map<String, List<String>> contents) {
        return contents.values().stream().mapToLong(List::size).sum();
    }
}
