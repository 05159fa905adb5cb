package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.ForecastRunRecord.ForecastPoint;
import org.crmworkbench.model.ForecastRunRecord.HistoryPoint;
import org.crmworkbench.model.SeriesFrequency;

/**
 * Saves forecasts whole or not at all, and reads them back: the model and its fitted parameters in
 * {@code forecast_runs}, the observed periods with their one-step fitted values in {@code forecast_history}, the
 * forecast in {@code forecast_points} and its interval bounds per level in {@code forecast_intervals}. Missing
 * numbers (NaN fitted values, a NaN sum of squares) are stored as NULL and read back as NaN.
 */
public final class ForecastRunStore {
    /** {@code analysis_runs.kind} of a forecast. */
    public static final String KIND = "forecast";

    private final Database database;

    public ForecastRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public ForecastRunRecord save(ForecastRunRecord run) {
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), run.seed(), run.appVersion(),
                run.startedAt(), run.model() + " forecast of " + run.seriesName() + ": " + run.forecast().size()
                        + " periods from " + run.history().size(), "run.summary.forecast",
                List.of(run.model(), run.forecast().size(), run.history().size()));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO forecast_runs (run_id, series_name, unit, "
                    + "frequency, model, requested, parameters, sse, backtest, data_source, periods, horizon) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, run.seriesName());
                s.setString(3, run.unit());
                s.setString(4, run.frequency().key());
                s.setString(5, run.model());
                s.setString(6, run.requested());
                s.setString(7, run.parameters());
                RunColumns.setDouble(s, 8, run.sse());
                s.setString(9, run.backtest());
                s.setString(10, run.dataSource());
                s.setInt(11, run.history().size());
                s.setInt(12, run.forecast().size());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO forecast_history (run_id, period_start, "
                    + "actual, fitted) VALUES (?, ?, ?, ?)")) {
                for (HistoryPoint p : run.history()) {
                    s.setLong(1, id);
                    s.setDate(2, Date.valueOf(p.period()));
                    s.setDouble(3, p.actual());
                    RunColumns.setDouble(s, 4, p.fitted());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement points = c.prepareStatement(
                    "INSERT INTO forecast_points (run_id, period_start, forecast) VALUES (?, ?, ?)");
                 PreparedStatement bounds = c.prepareStatement("INSERT INTO forecast_intervals (run_id, "
                         + "period_start, level_pct, lower_bound, upper_bound) VALUES (?, ?, ?, ?, ?)")) {
                for (ForecastPoint p : run.forecast()) {
                    points.setLong(1, id);
                    points.setDate(2, Date.valueOf(p.period()));
                    RunColumns.setDouble(points, 3, p.forecast());
                    points.addBatch();
                    for (int l = 0; l < p.levels().length; l++) {
                        bounds.setLong(1, id);
                        bounds.setDate(2, Date.valueOf(p.period()));
                        bounds.setInt(3, p.levels()[l]);
                        RunColumns.setDouble(bounds, 4, p.lower()[l]);
                        RunColumns.setDouble(bounds, 5, p.upper()[l]);
                        bounds.addBatch();
                    }
                }
                points.executeBatch();
                bounds.executeBatch();
            }
        }, e -> "Could not save the forecast in " + database.description()));
    }

    /** Ids of the saved forecasts, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "forecast_runs", "forecasts");
    }

    /** The newest saved forecast, if any. */
    public Optional<ForecastRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : load(ids.get(0));
    }

    /** The forecast with id {@code runId}, periods in date order, interval levels ascending. */
    public Optional<ForecastRunRecord> load(long runId) {
        try (Connection c = database.connect()) {
            List<HistoryPoint> history = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT period_start, actual, fitted FROM forecast_history "
                    + "WHERE run_id = ? ORDER BY period_start", runId, rs -> {
                history.add(new HistoryPoint(rs.getDate(1).toLocalDate(), rs.getDouble(2),
                        RunColumns.getDouble(rs, 3)));
            });
            Map<LocalDate, List<double[]>> intervals = new LinkedHashMap<>();
            AnalysisRuns.eachRow(c, "SELECT period_start, level_pct, lower_bound, upper_bound "
                    + "FROM forecast_intervals WHERE run_id = ? ORDER BY period_start, level_pct", runId, rs -> {
                intervals.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new ArrayList<>()).add(
                        new double[] {rs.getInt(2), RunColumns.getDouble(rs, 3), RunColumns.getDouble(rs, 4)});
            });
            List<ForecastPoint> forecast = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT period_start, forecast FROM forecast_points "
                    + "WHERE run_id = ? ORDER BY period_start", runId, rs -> {
                LocalDate period = rs.getDate(1).toLocalDate();
                List<double[]> rows = intervals.getOrDefault(period, List.of());
                int[] levels = new int[rows.size()];
                double[] lower = new double[rows.size()];
                double[] upper = new double[rows.size()];
                for (int l = 0; l < levels.length; l++) {
                    levels[l] = (int) rows.get(l)[0];
                    lower[l] = rows.get(l)[1];
                    upper[l] = rows.get(l)[2];
                }
                forecast.add(new ForecastPoint(period, RunColumns.getDouble(rs, 2), levels, lower, upper));
            });
            return AnalysisRuns.first(c, "SELECT r.series_name, r.unit, r.frequency, r.model, r.requested, "
                    + "r.parameters, r.sse, r.backtest, a.seed, r.data_source, a.started_at, a.app_version "
                    + "FROM forecast_runs r JOIN analysis_runs a ON a.id = r.run_id WHERE r.run_id = ?", runId, rs -> {
                SeriesFrequency frequency = SeriesFrequency.fromKeyOrNull(rs.getString(3));
                if (frequency == null) {
                    throw new DatabaseException("Forecast " + runId + " has an unknown frequency "
                            + rs.getString(3), null);
                }
                return new ForecastRunRecord(runId, rs.getString(1), rs.getString(2), frequency, rs.getString(4),
                        rs.getString(5), rs.getString(6), RunColumns.getDouble(rs, 7), rs.getString(8),
                        rs.getLong(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
                        history, forecast);
            });
        } catch (SQLException e) {
            throw new DatabaseException("Could not read forecast " + runId, e);
        }
    }

    private static String describe(ForecastRunRecord run) {
        return "series=" + run.seriesName() + " frequency=" + run.frequency().key() + " model=" + run.model()
                + " requested=" + run.requested() + " parameters=" + run.parameters();
    }
}
