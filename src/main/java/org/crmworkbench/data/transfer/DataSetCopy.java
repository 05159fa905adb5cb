package org.crmworkbench.data.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseAddress;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.TableDigest;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.Progress;

/**
 * Copies a whole data set and its saved runs from one workbench database to another, across engines (an H2 file to a
 * team database on PostgreSQL and back) or within one: every table of the schema ({@link SchemaTables}), each after the
 * tables it refers to, with its ids kept so saved runs still name their customers and products.
 *
 * <p>The source is only read (on a team database, one read-only snapshot, streamed). The target is written in one
 * transaction: a failure or a cancel leaves it exactly as it was. A target that already holds data is refused unless
 * it is to be replaced, and then it is emptied in the same transaction. After the rows, the numbering of the tables
 * whose ids the database gives continues after the largest copied id, and the fingerprints {@code check} compares are
 * computed again on the target (the engines write some values as different text).
 */
public final class DataSetCopy {
    /** Rows between two looks at the cancel flag. */
    private static final int CHECK_EVERY = 1_000;

    /** One table copied: its name, its rows and the time it took. */
    public record CopiedTable(String table, long rows, long nanos) {
    }

    /** What was copied: the tables in the order they were written, and the whole copy's time. */
    public record Result(List<CopiedTable> tables, long nanos) {
        public Result {
            tables = List.copyOf(tables);
        }

        public long rows() {
            return tables.stream().mapToLong(CopiedTable::rows).sum();
        }

        /** Rows per second over the whole copy, commit included. */
        public double rowsPerSecond() {
            return nanos <= 0 ? 0 : rows() * 1e9 / nanos;
        }
    }

    private final Database source;
    private final Database target;
    private boolean unseenTarget;

    /** A copy from {@code source} (opened for reading only is enough) into {@code target}. */
    public DataSetCopy(Database source, Database target) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * Tells the copy that no one sees the target until it is complete (a new file under a temporary name, which the
     * caller moves into place after the copy and deletes after a failure): its rows are then committed batch by
     * batch, twice as fast on H2 as one transaction of a whole data set, whose commit alone takes as long as a third
     * of the copy. On PostgreSQL the copy stays one transaction (COPY is fast either way).
     */
    public DataSetCopy intoUnseenTarget() {
        this.unseenTarget = true;
        return this;
    }

    /** Whether two addresses name the same database: the same file, or the same database on the same server. */
    public static boolean sameDatabase(DatabaseAddress a, DatabaseAddress b) {
        return identity(a).equals(identity(b));
    }

    private static String identity(DatabaseAddress address) {
        if (address instanceof DatabaseAddress.Server s) {
            return "server:" + s.host().toLowerCase(Locale.ROOT) + ":" + s.port() + "/" + s.name();
        }
        String path = address.description();
        return "file:" + (path.endsWith(".mv.db") ? path.substring(0, path.length() - ".mv.db".length()) : path);
    }

    /**
     * Copies everything; with {@code replace}, whatever the target holds is removed in the same transaction.
     *
     * @throws CopyRefusedException when the target holds data (without {@code replace}), source and target are the
     *                              same, or the source is no workbench database at the target's schema version
     * @throws CancelledException   when {@code progress} is cancelled; the target is as it was
     * @throws DatabaseException    when reading or writing fails; the target is as it was
     */
    public Result run(boolean replace, Progress progress) {
        if (source.description().equals(target.description())) {
            throw new CopyRefusedException(CopyRefusedException.Reason.SAME_DATABASE,
                    "The source and the target are the same database: " + target.description(),
                    target.description());
        }
        long start = System.nanoTime();
        try (Connection from = source.connectForReading(); Connection to = target.connect()) {
            refuseOtherSchema(from, to);
            List<SchemaTables.Table> tables = SchemaTables.of(from);
            List<SchemaTables.Table> present = SchemaTables.of(to);
            to.setAutoCommit(false);
            try {
                if (replace) {
                    progress.stage("copy.stage.emptying", target.description());
                    empty(to, present);
                } else {
                    refuseData(to, present);
                }
                List<CopiedTable> copied = copyTables(from, to, tables, progress);
                progress.stage("copy.stage.finishing", target.description());
                continueNumbering(to, present);
                storeDigests(to);
                progress.checkCancelled();
                progress.committing();
                to.commit();
                return new Result(copied, System.nanoTime() - start);
            } catch (SQLException | RuntimeException e) {
                rollback(to, e);
                throw e;
            } finally {
                if (!to.isClosed()) {
                    to.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Copying " + source.description() + " to " + target.description()
                    + " failed, and nothing was written to the target: " + DatabaseException.firstLine(
                    e.getMessage()), e);
        }
    }

    private static void rollback(Connection to, Exception cause) {
        try {
            to.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void refuseOtherSchema(Connection from, Connection to) {
        int sourceVersion = schemaVersion(from);
        if (sourceVersion < 0) {
            throw new CopyRefusedException(CopyRefusedException.Reason.SOURCE_NOT_WORKBENCH,
                    "The source " + source.description() + " is not a workbench database (it has no schema history).",
                    source.description());
        }
        int targetVersion = schemaVersion(to);
        if (sourceVersion != targetVersion) {
            throw new CopyRefusedException(CopyRefusedException.Reason.SCHEMA_VERSIONS_DIFFER,
                    "The source " + source.description() + " is at schema version " + sourceVersion + " and the "
                            + "target " + target.description() + " at " + targetVersion + ".",
                    source.description(), sourceVersion, target.description(), targetVersion);
        }
    }

    /** The schema version Flyway recorded, or -1 when there is no history (not a workbench database). */
    private static int schemaVersion(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL AND \"success\" = TRUE")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        } finally {
            clearFailedRead(c);
        }
    }

    /** On a team database a failed query spoils the read transaction; end it so the next query starts afresh. */
    private static void clearFailedRead(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the next query says what is wrong
        }
    }

    private void refuseData(Connection to, List<SchemaTables.Table> tables) throws SQLException {
        for (SchemaTables.Table table : tables) {
            long rows = count(to, table.name());
            if (rows > 0) {
                throw new CopyRefusedException(CopyRefusedException.Reason.TARGET_NOT_EMPTY, "The target "
                        + target.description() + " already holds data (" + rows + " rows in " + table.name() + ").",
                        target.description(), table.name(), rows);
            }
        }
    }

    private void empty(Connection to, List<SchemaTables.Table> tables) throws SQLException {
        try (Statement s = to.createStatement()) {
            if (target.engine() == Database.Engine.POSTGRESQL) {
                s.execute("TRUNCATE " + tables.stream().map(SchemaTables.Table::name)
                        .collect(Collectors.joining(", ")));
                return;
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                s.executeUpdate("DELETE FROM " + tables.get(i).name());
            }
        }
    }

    private List<CopiedTable> copyTables(Connection from, Connection to, List<SchemaTables.Table> tables,
                                         Progress progress) throws SQLException {
        long total = 0;
        List<Long> counts = new ArrayList<>();
        for (SchemaTables.Table table : tables) {
            long rows = count(from, table.name());
            counts.add(rows);
            total += rows;
        }
        source.streamResults(from, true);
        List<CopiedTable> copied = new ArrayList<>();
        long done = 0;
        progress.worked(0, total);
        for (int t = 0; t < tables.size(); t++) {
            SchemaTables.Table table = tables.get(t);
            progress.stage("copy.stage.table", table.name(), counts.get(t));
            progress.checkCancelled();
            long began = System.nanoTime();
            long rows = 0;
            try (PreparedStatement read = from.prepareStatement("SELECT " + table.columnList() + " FROM "
                    + table.name());
                 TargetRows write = target.engine() == Database.Engine.POSTGRESQL
                         ? TargetRows.copyInto(to, table) : TargetRows.insertInto(to, table, unseenTarget)) {
                read.setFetchSize(10_000);
                try (ResultSet rs = read.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int columns = meta.getColumnCount();
                    int[] types = new int[columns];
                    for (int i = 0; i < columns; i++) {
                        types[i] = meta.getColumnType(i + 1);
                    }
                    while (rs.next()) {
                        Object[] values = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            values[i] = value(rs, i + 1, types[i]);
                        }
                        write.add(values);
                        rows++;
                        if (rows % CHECK_EVERY == 0) {
                            progress.checkCancelled();
                            progress.worked(done + rows, total);
                        }
                    }
                }
                write.finish();
            }
            done += rows;
            progress.worked(done, total);
            copied.add(new CopiedTable(table.name(), rows, System.nanoTime() - began));
        }
        source.streamResults(from, false);
        return copied;
    }

    /** Column {@code i}'s value as the type both engines take back unchanged. */
    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object v;
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> v = rs.getLong(i);
            case Types.DECIMAL, Types.NUMERIC -> v = rs.getBigDecimal(i);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> v = rs.getDouble(i);
            case Types.BOOLEAN, Types.BIT -> v = rs.getBoolean(i);
            case Types.DATE -> v = rs.getObject(i, LocalDate.class);
            case Types.TIMESTAMP -> v = rs.getObject(i, LocalDateTime.class);
            default -> v = rs.getString(i);
        }
        return rs.wasNull() ? null : v;
    }

    /** Makes the next id the database gives in each numbered table follow the largest id copied. */
    private void continueNumbering(Connection to, List<SchemaTables.Table> tables) throws SQLException {
        for (SchemaTables.Table table : tables) {
            if (table.identity().isEmpty()) {
                continue;
            }
            String column = table.identity().get();
            long next;
            try (Statement s = to.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table.name())) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement s = to.createStatement()) {
                if (target.engine() == Database.Engine.POSTGRESQL) {
                    s.executeQuery("SELECT setval(pg_get_serial_sequence('" + table.name() + "', '" + column + "'), "
                            + next + ", false)").close();
                } else {
                    s.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column + " RESTART WITH " + next);
                }
            }
        }
    }

    /** Fingerprints again, on the target, the CRM tables whose fingerprints came with the data set. */
    private static void storeDigests(Connection to) throws SQLException {
        Set<String> kept = new java.util.HashSet<>();
        try (Statement s = to.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM table_digests")) {
            while (rs.next()) {
                kept.add(rs.getString(1));
            }
        }
        for (CrmTable table : CrmTable.loadOrder()) {
            if (kept.contains(table.sqlName())) {
                TableDigest.store(to, table);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
