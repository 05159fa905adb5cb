package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.SavedRun;

/** Every saved analysis run of any kind, as the report builder and {@code workbench report} list them. */
public final class RunCatalogue {
    private static final String COLUMNS = "SELECT id, kind, started_at, app_version, seed, parameters, summary, "
            + "summary_key, summary_args, made_by FROM analysis_runs";

    /** Separates a summary's arguments in {@code analysis_runs.summary_args}. */
    public static final String ARGUMENT_SEPARATOR = "\u001F";

    private final Database database;

    public RunCatalogue(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** All runs, newest first (by start time, then id). */
    public List<SavedRun> runs() {
        return query(COLUMNS + " ORDER BY started_at DESC, id DESC", null);
    }

    /** The newest run of a stored kind ({@code segment}, {@code recommend-eval}, ...). */
    public Optional<SavedRun> latest(String kind) {
        return query(COLUMNS + " WHERE kind = ? ORDER BY started_at DESC, id DESC LIMIT 1",
                Objects.requireNonNull(kind, "kind")).stream().findFirst();
    }

    /** The run with id {@code id}. */
    public Optional<SavedRun> find(long id) {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not read analysis run " + id, e);
        }
    }

    private List<SavedRun> query(String sql, String kind) {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (kind != null) {
                s.setString(1, kind);
            }
            List<SavedRun> runs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    runs.add(row(rs));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new DatabaseException("Could not list the saved analysis runs", e);
        }
    }

    private static SavedRun row(ResultSet rs) throws SQLException {
        Timestamp started = rs.getTimestamp(3);
        long seed = rs.getLong(5);
        Long seedOrNull = rs.wasNull() ? null : seed;
        return new SavedRun(rs.getLong(1), rs.getString(2), started == null ? null : started.toInstant(),
                rs.getString(4), seedOrNull, rs.getString(6), rs.getString(7), rs.getString(8),
                arguments(rs.getString(9)), rs.getString(10));
    }

    private static List<String> arguments(String text) {
        return text == null || text.isEmpty() ? List.of()
                : List.of(text.split(ARGUMENT_SEPARATOR, -1));
    }
}
