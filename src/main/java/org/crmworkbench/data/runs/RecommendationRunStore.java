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
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.RecommendationRunRecord;
import org.crmworkbench.model.RecommendationRunRecord.RecommendedItem;
import org.crmworkbench.work.Progress;

/**
 * Saves recommendation runs and reads them back, each save in one transaction: a run is stored whole or, when it
 * fails or is cancelled, not at all.
 */
public final class RecommendationRunStore {
    /** The {@code analysis_runs.kind} of recommendation runs. */
    public static final String KIND = "recommend";
    private static final int BATCH = 5_000;

    private final Database database;

    public RecommendationRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores {@code run} and returns it with the id the database gave it. */
    public RecommendationRunRecord save(RecommendationRunRecord run, Progress progress) {
        progress.stage("recommend.stage.save", run.items().size());
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                long id = insertRun(c, run);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO recommendations (run_id, customer_id, rank, "
                        + "product_id, score, score_is_rating, source, cold_start, explanation) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    List<RecommendedItem> items = run.items();
                    for (int i = 0; i < items.size(); i++) {
                        RecommendedItem r = items.get(i);
                        s.setLong(1, id);
                        s.setLong(2, r.customerId());
                        s.setInt(3, r.rank());
                        s.setLong(4, r.productId());
                        s.setDouble(5, r.score());
                        s.setBoolean(6, r.scoreIsRating());
                        s.setString(7, r.source());
                        s.setString(8, r.coldStart());
                        s.setString(9, clip(r.explanation(), 2000));
                        s.addBatch();
                        if ((i + 1) % BATCH == 0) {
                            s.executeBatch();
                            progress.checkCancelled();
                            progress.worked(i + 1, items.size());
                        }
                    }
                    s.executeBatch();
                }
                progress.checkCancelled();
                c.commit();
                progress.worked(run.items().size(), run.items().size());
                return run.withId(id);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not save the recommendations in " + database.description() + ": "
                    + e.getMessage(), e);
        }
    }

    private static long insertRun(Connection c, RecommendationRunRecord run) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO analysis_runs (kind, parameters, seed, app_version, "
                + "started_at, finished_at, status, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, KIND);
            s.setString(2, clip("algorithm=" + run.algorithm() + " " + run.parameters() + " n=" + run.listLength(),
                    20_000));
            s.setLong(3, run.seed());
            s.setString(4, run.appVersion());
            s.setTimestamp(5, Timestamp.from(run.startedAt()));
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.setString(7, "done");
            s.setString(8, "top-" + run.listLength() + " lists for " + run.customers() + " customers");
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO recommendation_runs (run_id, algorithm, parameters, "
                + "list_length, customers, data_source) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, run.algorithm());
            s.setString(3, clip(run.parameters(), 1000));
            s.setInt(4, run.listLength());
            s.setInt(5, run.customers());
            s.setString(6, clip(run.dataSource(), 1000));
            s.executeUpdate();
        }
        return id;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** Ids of the saved runs, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "recommendation_runs", "recommendation runs");
    }

    /** The run with id {@code runId}, lists ordered by customer id and rank. */
    public Optional<RecommendationRunRecord> load(long runId) {
        try (Connection c = database.connect()) {
            RecommendationRunRecord head;
            try (PreparedStatement s = c.prepareStatement("SELECT r.algorithm, r.parameters, a.seed, r.list_length, "
                    + "r.data_source, a.started_at, a.app_version FROM recommendation_runs r "
                    + "JOIN analysis_runs a ON a.id = r.run_id WHERE r.run_id = ?")) {
                s.setLong(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    head = new RecommendationRunRecord(runId, rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), List.of());
                }
            }
            List<RecommendedItem> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT customer_id, rank, product_id, score, score_is_rating, "
                    + "source, cold_start, explanation FROM recommendations WHERE run_id = ? "
                    + "ORDER BY customer_id, rank")) {
                s.setLong(1, runId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(new RecommendedItem(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4),
                                rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return Optional.of(new RecommendationRunRecord(runId, head.algorithm(), head.parameters(), head.seed(),
                    head.listLength(), head.dataSource(), head.startedAt(), head.appVersion(), items));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read recommendation run " + runId, e);
        }
    }
}
