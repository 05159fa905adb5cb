package org.crmworkbench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmworkbench.data.imports.FieldSpec;
import org.crmworkbench.data.imports.FieldType;
import org.crmworkbench.data.imports.TableSpec;
import org.crmworkbench.work.Progress;

/**
 * Verifies an open database without writing to it: every row of every CRM table is read (so a page H2 cannot decode is
 * found), and the schema's own invariants are checked, the ones the importer keeps row by row and the database does
 * not enforce: every reference leads to an existing row, a required value is there, a whole number or an amount is
 * within the importer's range, a key is given once, and a rating or an order line names its (customer, product) or
 * (order, product) pair once.
 */
public final class DatabaseCheck {
    private static final int EXAMPLES = 3;

    /**
     * One thing wrong.
     *
     * @param table      the table
     * @param column     the column, or null for the table as a whole
     * @param messageKey what is wrong, as a bundle key ({@code check.problem.*}); its arguments are table, column,
     *                   rows, then {@code details}
     * @param rows       how many rows show it
     * @param details    the key's further arguments (the table referred to, a range, examples)
     */
    public record Finding(String table, String column, String messageKey, long rows, List<Object> details) {
        public Finding {
            details = List.copyOf(details);
        }
    }

    /** What the check read and found; {@link #ok()} when nothing is wrong. */
    public record Report(int tables, long rowsRead, int checks, List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        public boolean ok() {
            return findings.isEmpty();
        }
    }

    private final Database database;

    public DatabaseCheck(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Report run(Progress progress) {
        return run(progress, false);
    }

    /**
     * Only the references: whether every stored row that names another one names a row that exists (what a failed
     * import must not have broken); no table is read whole.
     */
    public Report references(Progress progress) {
        return run(progress, true);
    }

    private Report run(Progress progress, boolean referencesOnly) {
        List<Finding> findings = new ArrayList<>();
        int tables = 0;
        long rows = 0;
        int checks = 0;
        try (Connection c = database.connect()) {
            List<CrmTable> present = new ArrayList<>();
            for (CrmTable table : CrmTable.loadOrder()) {
                if (exists(c, table)) {
                    present.add(table);
                }
            }
            for (CrmTable table : present) {
                progress.stage("check.stage.table", table.sqlName());
                progress.worked(tables, present.size());
                progress.checkCancelled();
                tables++;
                if (referencesOnly) {
                    for (FieldSpec field : TableSpec.of(table).fields()) {
                        if (field.type() == FieldType.REFERENCE && present.contains(field.references())) {
                            checks++;
                            dangling(c, table, field, findings);
                        }
                    }
                    continue;
                }
                TableDigest digest = TableDigest.empty();
                try {
                    rows += readAll(c, table, digest, progress);
                } catch (SQLException | RuntimeException e) {
                    findings.add(new Finding(table.sqlName(), null, "check.problem.unreadable", 0,
                            List.of(DatabaseException.firstLine(e.getMessage()))));
                    continue;
                }
                java.util.Optional<TableDigest.Value> stored = TableDigest.stored(c, table);
                if (stored.isPresent()) {
                    checks++;
                    if (!stored.get().equals(digest.value())) {
                        findings.add(new Finding(table.sqlName(), null, "check.problem.digest", digest.value().rows(),
                                List.of(stored.get().rows())));
                    }
                }
                TableSpec spec = TableSpec.of(table);
                for (FieldSpec field : spec.fields()) {
                    String column = field.column();
                    if (field.required()) {
                        checks++;
                        count(c, table, column, "SELECT COUNT(*) FROM " + table.sqlName() + " WHERE " + column
                                + " IS NULL", "check.problem.missing", List.of(), findings);
                    }
                    if (field.type() == FieldType.REFERENCE && present.contains(field.references())) {
                        checks++;
                        dangling(c, table, field, findings);
                    }
                    if ((field.type() == FieldType.INTEGER || field.type() == FieldType.MONEY)
                            && field.max() > field.min()) {
                        checks++;
                        String where = " FROM " + table.sqlName() + " WHERE " + column + " < " + field.min()
                                + " OR " + column + " > " + field.max();
                        countWithExamples(c, table, column, where, column, "check.problem.range",
                                rangeWords(field), findings);
                    }
                    if (field.type() == FieldType.KEY) {
                        checks++;
                        countWithExamples(c, table, column, " FROM (SELECT " + column + " FROM " + table.sqlName()
                                        + " GROUP BY " + column + " HAVING COUNT(*) > 1) d", column,
                                "check.problem.duplicateKey", null, findings);
                    }
                }
                if (spec.hasPairKey()) {
                    checks++;
                    String a = spec.fields().get(0).column();
                    String b = spec.fields().get(1).column();
                    count(c, table, null, "SELECT COUNT(*) FROM (SELECT " + a + ", " + b + " FROM "
                            + table.sqlName() + " GROUP BY " + a + ", " + b + " HAVING COUNT(*) > 1) d",
                            "check.problem.duplicatePair", List.of(a, b), findings);
                }
            }
            progress.worked(present.size(), present.size());
        } catch (SQLException e) {
            throw new DatabaseException("Could not check " + database.description() + ": "
                    + DatabaseException.firstLine(e.getMessage()), e);
        }
        return new Report(tables, rows, checks, findings);
    }

    private static void dangling(Connection c, CrmTable table, FieldSpec field, List<Finding> findings)
            throws SQLException {
        String column = field.column();
        String where = " FROM " + table.sqlName() + " x WHERE x." + column + " IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM " + field.references().sqlName() + " y WHERE y.id = x." + column + ")";
        countWithExamples(c, table, column, where, "x." + column, "check.problem.dangling",
                field.references().sqlName(), findings);
    }

    private static boolean exists(Connection c, CrmTable table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' AND UPPER(TABLE_NAME) = ?")) {
            s.setString(1, table.sqlName().toUpperCase(java.util.Locale.ROOT));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Reads every value of every row (H2 decodes each page it reads) into the table's fingerprint; the rows. */
    private static long readAll(Connection c, CrmTable table, TableDigest digest, Progress progress)
            throws SQLException {
        long rows = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table.sqlName())) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    digest.add(rs, columns);
                    if ((++rows & 0xFFFF) == 0) {
                        progress.checkCancelled();
                    }
                }
            }
        }
        return rows;
    }

    private static void count(Connection c, CrmTable table, String column, String sql, String key,
                              List<Object> details, List<Finding> findings) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            if (n > 0) {
                findings.add(new Finding(table.sqlName(), column, key, n, details));
            }
        }
    }

    /** Counts the rows {@code where} selects and, when there are some, names up to three values of {@code shown}. */
    private static void countWithExamples(Connection c, CrmTable table, String column, String where, String shown,
                                          String key, String detail, List<Finding> findings) throws SQLException {
        long n;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + where); ResultSet rs = s.executeQuery()) {
            rs.next();
            n = rs.getLong(1);
        }
        if (n == 0) {
            return;
        }
        List<String> examples = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + shown + where + " LIMIT " + EXAMPLES);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                examples.add(String.valueOf(rs.getObject(1)));
            }
        }
        List<Object> details = new ArrayList<>();
        if (detail != null) {
            details.add(detail);
        }
        details.add(String.join(", ", examples));
        findings.add(new Finding(table.sqlName(), column, key, n, details));
    }

    private static String rangeWords(FieldSpec field) {
        return plain(field.min()) + ".." + plain(field.max());
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
