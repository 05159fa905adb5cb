package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/** The {@code analysis_runs} row every saved run starts with: kind, parameters in words, seed, version and times. */
final class AnalysisRuns {
    private static final int MAX_TEXT = 20_000;

    private AnalysisRuns() {
    }

    /** Inserts a finished run on {@code c} (inside the caller's transaction) and returns its new id. */
    static long insert(Connection c, String kind, String parameters, long seed, String appVersion, Instant startedAt,
                       String summary) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analysis_runs (kind, parameters, seed, "
                + "app_version, started_at, finished_at, status, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, kind);
            s.setString(2, clip(parameters));
            s.setLong(3, seed);
            s.setString(4, appVersion);
            s.setTimestamp(5, Timestamp.from(startedAt == null ? Instant.now() : startedAt));
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.setString(7, "done");
            s.setString(8, clip(summary));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The run ids of one store's table, newest first.
     *
     * @param table the store's head table ({@code segment_runs}, ...), a constant of the store
     * @param what  what the store keeps, in words, for the error message
     */
    static java.util.List<Long> ids(org.crmworkbench.data.Database database, String table, String what) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id FROM " + table + " ORDER BY run_id DESC")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new org.crmworkbench.data.DatabaseException("Could not list " + what, e);
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
