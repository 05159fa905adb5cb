package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    private final Database database;

    public RecommendationRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores {@code run} and returns it with the id the database gave it. */
    public RecommendationRunRecord save(RecommendationRunRecord run, Progress progress) {
        progress.stage("recommend.stage.save", run.items().size());
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, "algorithm=" + run.algorithm() + " "
                + run.parameters() + " n=" + run.listLength(), run.seed(), run.appVersion(), run.startedAt(),
                "top-" + run.listLength() + " lists for " + run.customers() + " customers", "run.summary.recommend",
                List.of(run.listLength(), run.customers()));
        long id = AnalysisRuns.saveWhole(database, entry, (c, runId) -> {
            insertHead(c, runId, run);
            insertItems(c, runId, run.items(), progress);
            progress.checkCancelled();
        }, e -> "Could not save the recommendations in " + database.description() + ": " + e.getMessage());
        progress.worked(run.items().size(), run.items().size());
        return run.withId(id);
    }

    private static void insertHead(Connection c, long id, RecommendationRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO recommendation_runs (run_id, algorithm, parameters, "
                + "list_length, customers, data_source) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, run.algorithm());
            s.setString(3, AnalysisRuns.clip(run.parameters(), 1000));
            s.setInt(4, run.listLength());
            s.setInt(5, run.customers());
            s.setString(6, AnalysisRuns.clip(run.dataSource(), 1000));
            s.executeUpdate();
        }
    }

    private static void insertItems(Connection c, long id, List<RecommendedItem> items, Progress progress)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO recommendations (run_id, customer_id, rank, "
                + "product_id, score, score_is_rating, source, cold_start, explanation) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            AnalysisRuns.insertRows(s, items.size(), (insert, i) -> {
                RecommendedItem r = items.get(i);
                insert.setLong(1, id);
                insert.setLong(2, r.customerId());
                insert.setInt(3, r.rank());
                insert.setLong(4, r.productId());
                insert.setDouble(5, r.score());
                insert.setBoolean(6, r.scoreIsRating());
                insert.setString(7, r.source());
                insert.setString(8, r.coldStart());
                insert.setString(9, AnalysisRuns.clip(r.explanation(), 2000));
            }, sent -> {
                progress.checkCancelled();
                progress.worked(sent, items.size());
            });
        }
    }

    /** Ids of the saved runs, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "recommendation_runs", "recommendation runs");
    }

    /** The run with id {@code runId}, lists ordered by customer id and rank. */
    public Optional<RecommendationRunRecord> load(long runId) {
        try (Connection c = database.connect()) {
            List<RecommendedItem> items = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT customer_id, rank, product_id, score, score_is_rating, "
                    + "source, cold_start, explanation FROM recommendations WHERE run_id = ? "
                    + "ORDER BY customer_id, rank", runId, rs -> {
                items.add(new RecommendedItem(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            });
            return AnalysisRuns.first(c, "SELECT r.algorithm, r.parameters, a.seed, r.list_length, r.data_source, "
                    + "a.started_at, a.app_version FROM recommendation_runs r "
                    + "JOIN analysis_runs a ON a.id = r.run_id WHERE r.run_id = ?", runId,
                    rs -> new RecommendationRunRecord(runId, rs.getString(1), rs.getString(2), rs.getLong(3),
                            rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), items));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read recommendation run " + runId, e);
        }
    }
}
