package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.PredictionRunRecord;

/**
 * Saves prediction runs whole or not at all, and reads them back: the model, its settings and evaluation in
 * {@code prediction_runs}, one score per customer in {@code customer_predictions} (NaN scores as NULL).
 */
public final class PredictionRunStore {
    /** {@code analysis_runs.kind} of a prediction run. */
    public static final String KIND = "predict";

    private final Database database;

    public PredictionRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public PredictionRunRecord save(PredictionRunRecord run) {
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), run.seed(), run.appVersion(),
                run.startedAt(), run.task() + " " + run.model() + " of " + run.target() + " for "
                        + run.customerIds().length + " customers", "run.summary.predict." + run.task(),
                List.of(run.model(), run.target(), run.customerIds().length));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO prediction_runs (run_id, task, model, "
                    + "target, features, parameters, metrics, cutoff, window_days, data_source, customers) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, run.task());
                s.setString(3, run.model());
                s.setString(4, run.target());
                s.setString(5, String.join(",", run.features()));
                s.setString(6, run.parameters());
                s.setString(7, run.metrics());
                s.setDate(8, run.cutoff() == null ? null : Date.valueOf(run.cutoff()));
                RunColumns.setInteger(s, 9, run.windowDays());
                s.setString(10, run.dataSource());
                s.setInt(11, run.customerIds().length);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO customer_predictions (run_id, customer_id, prediction) VALUES (?, ?, ?)")) {
                long[] ids = run.customerIds();
                double[] values = run.values();
                AnalysisRuns.insertRows(s, ids.length, (insert, i) -> {
                    insert.setLong(1, id);
                    insert.setLong(2, ids[i]);
                    RunColumns.setDouble(insert, 3, values[i]);
                }, sent -> { });
            }
        }, e -> "Could not save the prediction run in " + database.description()));
    }

    /** Ids of the saved runs, newest first. */
    public List<Long> runIds() {
        return ids(null);
    }

    /** The latest run of a task ({@link PredictionRunRecord#REGRESSION} or {@link PredictionRunRecord#CLASSIFICATION}). */
    public Optional<PredictionRunRecord> latest(String task) {
        List<Long> ids = ids(Objects.requireNonNull(task, "task"));
        return ids.isEmpty() ? Optional.empty() : load(ids.get(0));
    }

    /** The newest run of either task. */
    public Optional<PredictionRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : load(ids.get(0));
    }

    /** The run with id {@code runId}, with its scores ordered by customer id. */
    public Optional<PredictionRunRecord> load(long runId) {
        try (Connection c = database.connect()) {
            List<Long> ids = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT customer_id, prediction FROM customer_predictions "
                    + "WHERE run_id = ? ORDER BY customer_id", runId, rs -> {
                ids.add(rs.getLong(1));
                values.add(RunColumns.getDouble(rs, 2));
            });
            return AnalysisRuns.first(c, "SELECT r.task, r.model, r.target, r.features, r.parameters, r.metrics, "
                    + "a.seed, r.cutoff, r.window_days, r.data_source, a.started_at, a.app_version "
                    + "FROM prediction_runs r JOIN analysis_runs a ON a.id = r.run_id WHERE r.run_id = ?", runId, rs -> {
                String features = rs.getString(4);
                Date cutoff = rs.getDate(8);
                int window = rs.getInt(9);
                Integer windowDays = rs.wasNull() ? null : window;
                return new PredictionRunRecord(runId, rs.getString(1), rs.getString(2), rs.getString(3),
                        features.isEmpty() ? List.of() : Arrays.asList(features.split(",")), rs.getString(5),
                        rs.getString(6), rs.getLong(7), cutoff == null ? null : cutoff.toLocalDate(), windowDays,
                        rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
                        ids.stream().mapToLong(Long::longValue).toArray(),
                        values.stream().mapToDouble(Double::doubleValue).toArray());
            });
        } catch (SQLException e) {
            throw new DatabaseException("Could not read prediction run " + runId, e);
        }
    }

    private List<Long> ids(String task) {
        List<Long> ids = new ArrayList<>();
        String sql = "SELECT run_id FROM prediction_runs" + (task == null ? "" : " WHERE task = ?")
                + " ORDER BY run_id DESC";
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (task != null) {
                s.setString(1, task);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new DatabaseException("Could not list prediction runs", e);
        }
    }

    private static String describe(PredictionRunRecord run) {
        return "task=" + run.task() + " model=" + run.model() + " target=" + run.target() + " features="
                + String.join(",", run.features()) + " parameters=" + run.parameters()
                + (run.cutoff() == null ? "" : " cutoff=" + run.cutoff() + " window_days=" + run.windowDays());
    }
}
