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
import org.crmworkbench.model.RecommendationEvaluationRecord;
import org.crmworkbench.model.RecommendationEvaluationRecord.MethodScore;

/**
 * Saves recommendation evaluations whole or not at all, and reads them back: the split and list length in
 * {@code recommendation_evaluations}, one row of metrics per method in {@code evaluation_scores} (NaN as NULL).
 */
public final class EvaluationRunStore {
    /** {@code analysis_runs.kind} of a recommendation evaluation. */
    public static final String KIND = "recommend-eval";

    private final Database database;

    public EvaluationRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the evaluation in one transaction and returns it with its new id. */
    public RecommendationEvaluationRecord save(RecommendationEvaluationRecord run) {
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), run.seed(), run.appVersion(),
                run.startedAt(), summary(run), "run.summary.evaluation",
                List.of(run.scores().size(), run.listLength()));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO recommendation_evaluations (run_id, "
                    + "split, list_length, relevant, data_source) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, run.split());
                s.setInt(3, run.listLength());
                RunColumns.setDouble(s, 4, run.relevant());
                s.setString(5, run.dataSource());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO evaluation_scores (run_id, position, "
                    + "algorithm, parameters, rmse, mae, precision_at_n, recall_at_n, ndcg, map, hit_rate, "
                    + "coverage, fit_seconds, predict_seconds, test_customers) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (MethodScore m : run.scores()) {
                    s.setLong(1, id);
                    s.setInt(2, position++);
                    s.setString(3, m.algorithm());
                    s.setString(4, m.parameters() == null ? "" : m.parameters());
                    double[] metrics = {m.rmse(), m.mae(), m.precision(), m.recall(), m.ndcg(), m.map(),
                        m.hitRate(), m.coverage(), m.fitSeconds(), m.predictSeconds()};
                    for (int i = 0; i < metrics.length; i++) {
                        RunColumns.setDouble(s, 5 + i, metrics[i]);
                    }
                    s.setInt(15, m.testCustomers());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }, e -> "Could not save the recommendation evaluation in "
                + database.description()));
    }

    /** Ids of the saved evaluations, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "recommendation_evaluations", "recommendation evaluations");
    }

    /** The newest evaluation. */
    public Optional<RecommendationEvaluationRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : load(ids.get(0));
    }

    /** The evaluation with id {@code runId}, its methods in the order evaluated. */
    public Optional<RecommendationEvaluationRecord> load(long runId) {
        try (Connection c = database.connect()) {
            List<MethodScore> scores = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT algorithm, parameters, rmse, mae, precision_at_n, "
                    + "recall_at_n, ndcg, map, hit_rate, coverage, fit_seconds, predict_seconds, test_customers "
                    + "FROM evaluation_scores WHERE run_id = ? ORDER BY position", runId, rs -> {
                double[] m = new double[10];
                for (int i = 0; i < m.length; i++) {
                    m[i] = RunColumns.getDouble(rs, 3 + i);
                }
                scores.add(new MethodScore(rs.getString(1), rs.getString(2), m[0], m[1], m[2], m[3], m[4],
                        m[5], m[6], m[7], m[8], m[9], rs.getInt(13)));
            });
            return AnalysisRuns.first(c, "SELECT r.split, r.list_length, r.relevant, a.seed, r.data_source, "
                    + "a.started_at, a.app_version FROM recommendation_evaluations r "
                    + "JOIN analysis_runs a ON a.id = r.run_id WHERE r.run_id = ?", runId,
                    rs -> new RecommendationEvaluationRecord(runId, rs.getString(1), rs.getInt(2),
                            RunColumns.getDouble(rs, 3), rs.getLong(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant(), rs.getString(7), scores));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read recommendation evaluation " + runId, e);
        }
    }

    private static String describe(RecommendationEvaluationRecord run) {
        StringBuilder b = new StringBuilder("split=").append(run.split()).append(" n=").append(run.listLength())
                .append(" relevant=").append(run.relevant()).append(" methods=");
        for (int i = 0; i < run.scores().size(); i++) {
            MethodScore m = run.scores().get(i);
            b.append(i == 0 ? "" : ";").append(m.algorithm());
            if (m.parameters() != null && !m.parameters().isBlank()) {
                b.append('(').append(m.parameters()).append(')');
            }
        }
        return b.toString();
    }

    private static String summary(RecommendationEvaluationRecord run) {
        return run.scores().size() + " methods compared on top-" + run.listLength() + " lists";
    }
}
