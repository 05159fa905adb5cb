package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;

/**
 * The frame every run store saves in: the {@code analysis_runs} row every saved run starts with (kind, parameters
 * in words, seed, version and times), then the store's own rows, in one transaction, so a run is stored whole or,
 * when a statement fails or the work is cancelled, not at all.
 */
final class AnalysisRuns {
    private static final int MAX_TEXT = 20_000;
    /** Rows sent to the database at once by {@link #insertRows}. */
    static final int BATCH = 5_000;

    private AnalysisRuns() {
    }

    /**
     * The {@code analysis_runs} row of one save.
     *
     * @param kind       the store's kind ({@code segment}, {@code forecast}, ...)
     * @param parameters the parameters in words (clipped to the column's length)
     * @param seed       the seed the run used
     * @param appVersion the version that computed the run
     * @param startedAt  when the run started; null means now
     * @param summary    what the run found, in a line of English (clipped to the column's length)
     * @param summaryKey the same as a message key ({@code run.summary.<kind>}), so each reader sees it in their
     *                   language; null when there is none
     * @param summaryArgs the key's arguments
     */
    record Entry(String kind, String parameters, long seed, String appVersion, Instant startedAt, String summary,
                 String summaryKey, List<?> summaryArgs) {
        Entry {
            summaryArgs = summaryArgs == null ? List.of() : List.copyOf(summaryArgs);
        }

        Entry(String kind, String parameters, long seed, String appVersion, Instant startedAt, String summary) {
            this(kind, parameters, seed, appVersion, startedAt, summary, null, List.of());
        }
    }

    /** What a store reads from one row of a query. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** What a store makes of the first row of a query. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Sets the parameters of one row of a batch insert. */
    @FunctionalInterface
    interface RowBinder {
        void bind(PreparedStatement s, int row) throws SQLException;
    }

    /** Hears how many rows have been sent after each full batch (to report progress or stop). */
    @FunctionalInterface
    interface BatchSent {
        void sent(int rows);
    }

    /** What a store writes after the {@code analysis_runs} row, inside the same transaction. */
    @FunctionalInterface
    interface Rows {
        void write(Connection c, long runId) throws SQLException;
    }

    /**
     * Saves one run whole or not at all: inserts {@code entry}, lets {@code rows} write the store's own rows under
     * the new id, and commits. Any failure, including a {@link org.crmworkbench.work.CancelledException} thrown by
     * {@code rows}, rolls everything back; an SQL failure becomes a {@link DatabaseException} worded by
     * {@code failure}.
     *
     * @return the new run's id
     */
    static long saveWhole(Database database, Entry entry, Rows rows, Function<SQLException, String> failure) {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                long id = insert(c, entry, database.userName());
                rows.write(c, id);
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(failure.apply(e), e);
        }
    }

    /** Inserts a finished run on {@code c} (inside the caller's transaction) and returns its new id. */
    private static long insert(Connection c, Entry entry, String madeBy) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analysis_runs (kind, parameters, seed, "
                + "app_version, started_at, finished_at, status, summary, summary_key, summary_args, made_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, entry.kind());
            s.setString(2, clip(entry.parameters(), MAX_TEXT));
            s.setLong(3, entry.seed());
            s.setString(4, entry.appVersion());
            s.setTimestamp(5, Timestamp.from(entry.startedAt() == null ? Instant.now() : entry.startedAt()));
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.setString(7, "done");
            s.setString(8, clip(entry.summary(), MAX_TEXT));
            s.setString(9, entry.summaryKey());
            s.setString(10, entry.summaryKey() == null ? null : clip(entry.summaryArgs().stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(
                            RunCatalogue.ARGUMENT_SEPARATOR)), 2000));
            s.setString(11, madeBy == null ? null : clip(madeBy, 128));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Inserts {@code rows} rows through {@code s}: {@code binder} sets each row's parameters; rows go to the database
     * every {@link #BATCH} rows (then {@code sent} hears the count) and once more at the end.
     */
    static void insertRows(PreparedStatement s, int rows, RowBinder binder, BatchSent sent) throws SQLException {
        for (int i = 0; i < rows; i++) {
            binder.bind(s, i);
            s.addBatch();
            if ((i + 1) % BATCH == 0) {
                s.executeBatch();
                sent.sent(i + 1);
            }
        }
        s.executeBatch();
    }

    /** Runs {@code sql} (its one parameter the run id) on {@code c} and hands every row to {@code reader}. */
    static void eachRow(Connection c, String sql, long runId, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** The first row of {@code sql} (its one parameter the run id) as {@code mapper} reads it; empty when none. */
    static <T> Optional<T> first(Connection c, String sql, long runId, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The run ids of one store's table, newest first.
     *
     * @param table the store's head table ({@code segment_runs}, ...), a constant of the store
     * @param what  what the store keeps, in words, for the error message
     */
    static List<Long> ids(Database database, String table, String what) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id FROM " + table + " ORDER BY run_id DESC")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new DatabaseException("Could not list " + what, e);
        }
    }

    /** {@code text} cut to {@code max} characters, ending with an ellipsis when cut; null stays null. */
    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
