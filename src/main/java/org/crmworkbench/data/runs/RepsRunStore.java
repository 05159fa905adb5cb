package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.RepsRunRecord;
import org.crmworkbench.model.RepsRunRecord.Effect;
import org.crmworkbench.model.RepsRunRecord.Shift;

/**
 * Saves sales-team analyses whole or not at all, and reads them back: settings, observations and the model's text in
 * {@code reps_runs}, the factors adjusted for in {@code reps_factors}, the league table in {@code reps_effects} and
 * the rank shifts in {@code reps_shifts}, each in its saved order. A number that is not finite is stored as NULL and
 * reads back as NaN.
 */
public final class RepsRunStore {
    /** {@code analysis_runs.kind} of a sales-team analysis. */
    public static final String KIND = "reps";
    /**
     * The summary's message key; its arguments: reps in the league table, observations behind the model (whole
     * numbers) and the outcome's command-line name ({@code order-value}, {@code orders}, {@code retention}).
     */
    public static final String SUMMARY_KEY = "sales.run.summary";

    private final Database database;

    public RepsRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public RepsRunRecord save(RepsRunRecord run) {
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), 0L, run.appVersion(),
                run.startedAt(), run.effects().size() + " reps, " + run.observations() + " observations; outcome "
                        + run.outcome() + (run.shifts().isEmpty() ? "" : "; " + run.shifts().size()
                        + " reps rank differently once adjusted"), SUMMARY_KEY,
                List.of(run.effects().size(), run.observations(), run.outcome()));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            writeHead(c, id, run);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO reps_factors (run_id, position, factor) "
                    + "VALUES (?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.adjustFor().size(), (st, i) -> {
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setString(3, run.adjustFor().get(i));
                }, sent -> { });
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO reps_effects (run_id, position, rep_id, name, "
                    + "region, observations, raw_value, effect, lower95, upper95, rank_raw, rank_adjusted) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.effects().size(), (st, i) -> {
                    Effect e = run.effects().get(i);
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setString(3, e.repId());
                    st.setString(4, e.name() == null ? e.repId() : e.name());
                    st.setString(5, e.region() == null ? "" : e.region());
                    st.setInt(6, e.observations());
                    number(st, 7, e.rawValue());
                    number(st, 8, e.effect());
                    number(st, 9, e.lower());
                    number(st, 10, e.upper());
                    st.setInt(11, e.rankRaw());
                    st.setInt(12, e.rankAdjusted());
                }, sent -> { });
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO reps_shifts (run_id, position, rep_id, name, "
                    + "rank_raw, rank_adjusted, reps) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.shifts().size(), (st, i) -> {
                    Shift shift = run.shifts().get(i);
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setString(3, shift.repId());
                    st.setString(4, shift.name() == null ? shift.repId() : shift.name());
                    st.setInt(5, shift.rankRaw());
                    st.setInt(6, shift.rankAdjusted());
                    st.setInt(7, shift.reps());
                }, sent -> { });
            }
        }, e -> "Could not save the sales-team analysis in " + database.description()));
    }

    /** Ids of the saved sales-team analyses, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "reps_runs", "sales-team analyses");
    }

    /** The newest saved sales-team analysis, if any. */
    public Optional<RepsRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    /** Every saved sales-team analysis, newest first, with its settings but without league table and shifts. */
    public List<RepsRunRecord> list() {
        List<RepsRunRecord> runs = new ArrayList<>();
        try (Connection c = database.connect()) {
            for (long id : runIds()) {
                head(c, id, factors(c, id), List.of(), List.of()).ifPresent(runs::add);
            }
            return runs;
        } catch (SQLException e) {
            throw new DatabaseException("Could not list the sales-team analyses", e);
        }
    }

    /** The sales-team analysis with id {@code runId}, its league table and shifts in their saved order. */
    public Optional<RepsRunRecord> find(long runId) {
        try (Connection c = database.connect()) {
            List<Effect> effects = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT rep_id, name, region, observations, raw_value, effect, lower95, upper95, "
                    + "rank_raw, rank_adjusted FROM reps_effects WHERE run_id = ? ORDER BY position", runId,
                    rs -> effects.add(new Effect(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            number(rs, 5), number(rs, 6), number(rs, 7), number(rs, 8), rs.getInt(9),
                            rs.getInt(10))));
            List<Shift> shifts = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT rep_id, name, rank_raw, rank_adjusted, reps FROM reps_shifts "
                    + "WHERE run_id = ? ORDER BY position", runId, rs -> shifts.add(new Shift(rs.getString(1),
                    rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))));
            return head(c, runId, factors(c, runId), effects, shifts);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read sales-team analysis " + runId, e);
        }
    }

    private static List<String> factors(Connection c, long runId) throws SQLException {
        List<String> factors = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT factor FROM reps_factors WHERE run_id = ? ORDER BY position", runId,
                rs -> factors.add(rs.getString(1)));
        return factors;
    }

    private static Optional<RepsRunRecord> head(Connection c, long runId, List<String> factors, List<Effect> effects,
                                                List<Shift> shifts) throws SQLException {
        return AnalysisRuns.first(c, "SELECT r.data_source, r.outcome, r.season, r.period, r.churn_window_days, "
                + "r.observations, r.model, a.started_at, a.app_version FROM reps_runs r JOIN analysis_runs a "
                + "ON a.id = r.run_id WHERE r.run_id = ?", runId, rs -> new RepsRunRecord(runId,
                rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(1), rs.getString(2), factors,
                rs.getBoolean(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7), effects, shifts));
    }

    private static void writeHead(Connection c, long id, RepsRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reps_runs (run_id, data_source, outcome, season, "
                + "period, churn_window_days, observations, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, AnalysisRuns.clip(run.dataSource(), 1000));
            s.setString(3, run.outcome());
            s.setBoolean(4, run.season());
            s.setString(5, run.period());
            s.setInt(6, run.churnWindowDays());
            s.setInt(7, run.observations());
            s.setString(8, run.model());
            s.executeUpdate();
        }
    }

    private static void number(PreparedStatement s, int column, double value) throws SQLException {
        if (Double.isFinite(value)) {
            s.setDouble(column, value);
        } else {
            s.setNull(column, Types.DOUBLE);
        }
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }

    private static String describe(RepsRunRecord run) {
        return "outcome=" + run.outcome() + " adjust_for=" + String.join(",", run.adjustFor()) + " season="
                + run.season() + " period=" + run.period() + " churn_window=" + run.churnWindowDays();
    }
}
