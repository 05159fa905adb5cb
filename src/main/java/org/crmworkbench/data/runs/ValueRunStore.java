package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.model.ValueRunRecord.ClvBin;
import org.crmworkbench.model.ValueRunRecord.Migration;
import org.crmworkbench.model.ValueRunRecord.RfmRow;
import org.crmworkbench.model.ValueRunRecord.TopCustomer;

/**
 * Saves value analyses whole or not at all, and reads them back: settings, parameters and the migration in
 * {@code value_runs}, the RFM segments in {@code value_rfm_segments}, the CLV distribution in
 * {@code value_clv_bins}, the most valuable customers in {@code value_top_customers}. The migration matrix is kept
 * as text, rows separated by {@code ;} and counts by {@code ,}, the arrivals as a last row.
 */
public final class ValueRunStore {
    /** {@code analysis_runs.kind} of a value analysis. */
    public static final String KIND = "value";

    private final Database database;

    public ValueRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public ValueRunRecord save(ValueRunRecord run) {
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), 0L, run.appVersion(),
                run.startedAt(), run.model() + " value of " + run.customers() + " customers to "
                        + run.calibrationEnd());
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            writeHead(c, id, run);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO value_rfm_segments (run_id, position, "
                    + "segment, customers, mean_recency_days, mean_purchases, mean_spend, total_clv) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.rfmSegments().size(), (st, i) -> {
                    RfmRow row = run.rfmSegments().get(i);
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setString(3, row.segment());
                    st.setInt(4, row.customers());
                    RunColumns.setDouble(st, 5, row.meanRecencyDays());
                    RunColumns.setDouble(st, 6, row.meanPurchases());
                    RunColumns.setDouble(st, 7, row.meanSpend());
                    RunColumns.setDouble(st, 8, row.totalClv());
                }, sent -> { });
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO value_clv_bins (run_id, position, "
                    + "lower_bound, upper_bound, customers) VALUES (?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.clvBins().size(), (st, i) -> {
                    ClvBin bin = run.clvBins().get(i);
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setDouble(3, bin.lower());
                    st.setDouble(4, bin.upper());
                    st.setInt(5, bin.customers());
                }, sent -> { });
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO value_top_customers (run_id, position, "
                    + "customer_id, clv, p_alive, expected_purchases, segment, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                AnalysisRuns.insertRows(s, run.topCustomers().size(), (st, i) -> {
                    TopCustomer top = run.topCustomers().get(i);
                    st.setLong(1, id);
                    st.setInt(2, i);
                    st.setString(3, top.customerId());
                    RunColumns.setDouble(st, 4, top.clv());
                    RunColumns.setDouble(st, 5, top.probabilityAlive());
                    RunColumns.setDouble(st, 6, top.expectedPurchases());
                    st.setString(7, top.segment());
                    st.setString(8, top.stage());
                }, sent -> { });
            }
        }, e -> "Could not save the value analysis in " + database.description()));
    }

    /** Ids of the saved value analyses, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "value_runs", "value analyses");
    }

    /** The newest saved value analysis, if any. */
    public Optional<ValueRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : load(ids.get(0));
    }

    /** The value analysis with id {@code runId}, its rows in their saved order. */
    public Optional<ValueRunRecord> load(long runId) {
        try (Connection c = database.connect()) {
            List<RfmRow> segments = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT segment, customers, mean_recency_days, mean_purchases, mean_spend, "
                    + "total_clv FROM value_rfm_segments WHERE run_id = ? ORDER BY position", runId, rs ->
                    segments.add(new RfmRow(rs.getString(1), rs.getInt(2), RunColumns.getDouble(rs, 3),
                            RunColumns.getDouble(rs, 4), RunColumns.getDouble(rs, 5), RunColumns.getDouble(rs, 6))));
            List<ClvBin> bins = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT lower_bound, upper_bound, customers FROM value_clv_bins "
                    + "WHERE run_id = ? ORDER BY position", runId, rs ->
                    bins.add(new ClvBin(rs.getDouble(1), rs.getDouble(2), rs.getInt(3))));
            List<TopCustomer> top = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT customer_id, clv, p_alive, expected_purchases, segment, stage "
                    + "FROM value_top_customers WHERE run_id = ? ORDER BY position", runId, rs ->
                    top.add(new TopCustomer(rs.getString(1), RunColumns.getDouble(rs, 2),
                            RunColumns.getDouble(rs, 3), RunColumns.getDouble(rs, 4), rs.getString(5),
                            rs.getString(6))));
            return AnalysisRuns.first(c, "SELECT r.data_source, r.model, r.period_unit, r.calibration_end, "
                    + "r.holdout_end, r.horizon, r.discount_rate, r.margin, r.parameters, r.customers, r.total_clv, "
                    + "r.max_frequency, r.max_age, r.migration_from, r.migration_to, r.migration, a.started_at, "
                    + "a.app_version FROM value_runs r JOIN analysis_runs a ON a.id = r.run_id WHERE r.run_id = ?",
                    runId, rs -> {
                        Date holdout = rs.getDate(5);
                        Migration migration = migration(runId, rs.getDate(14).toLocalDate(),
                                rs.getDate(15).toLocalDate(), rs.getString(16));
                        return new ValueRunRecord(runId, rs.getTimestamp(17).toInstant(), rs.getString(18),
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                                holdout == null ? null : holdout.toLocalDate(), rs.getInt(6), rs.getDouble(7),
                                rs.getDouble(8), rs.getString(9), rs.getInt(10), RunColumns.getDouble(rs, 11),
                                rs.getInt(12), rs.getDouble(13), segments, bins, top, migration);
                    });
        } catch (SQLException e) {
            throw new DatabaseException("Could not read value analysis " + runId, e);
        }
    }

    private static void writeHead(Connection c, long id, ValueRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO value_runs (run_id, data_source, model, "
                + "period_unit, calibration_end, holdout_end, horizon, discount_rate, margin, parameters, customers, "
                + "total_clv, max_frequency, max_age, migration_from, migration_to, migration) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, run.dataSource());
            s.setString(3, run.model());
            s.setString(4, run.unit());
            s.setDate(5, Date.valueOf(run.calibrationEnd()));
            if (run.holdoutEnd() == null) {
                s.setNull(6, Types.DATE);
            } else {
                s.setDate(6, Date.valueOf(run.holdoutEnd()));
            }
            s.setInt(7, run.horizon());
            s.setDouble(8, run.discountRate());
            s.setDouble(9, run.margin());
            s.setString(10, run.parameters());
            s.setInt(11, run.customers());
            RunColumns.setDouble(s, 12, run.totalClv());
            s.setInt(13, run.maxFrequency());
            s.setDouble(14, run.maxAge());
            s.setDate(15, Date.valueOf(run.migration().from()));
            s.setDate(16, Date.valueOf(run.migration().to()));
            s.setString(17, matrixText(run.migration()));
            s.executeUpdate();
        }
    }

    /** The migration counts as text: one row per stage, then the arrivals. */
    static String matrixText(Migration migration) {
        StringBuilder text = new StringBuilder();
        for (int[] row : migration.counts()) {
            text.append(joined(row)).append(';');
        }
        return text.append(joined(migration.arrivals())).toString();
    }

    private static String joined(int[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ",").append(values[i]);
        }
        return text.toString();
    }

    private static Migration migration(long runId, java.time.LocalDate from, java.time.LocalDate to, String text) {
        String[] rows = text.split(";", -1);
        int[][] counts = new int[rows.length - 1][];
        try {
            for (int r = 0; r < counts.length; r++) {
                counts[r] = numbers(rows[r]);
            }
            return new Migration(from, to, counts, numbers(rows[rows.length - 1]));
        } catch (NumberFormatException e) {
            throw new DatabaseException("Value analysis " + runId + " has an unreadable migration: " + text, null);
        }
    }

    private static int[] numbers(String row) {
        if (row.isEmpty()) {
            return new int[0];
        }
        String[] cells = row.split(",");
        int[] values = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = Integer.parseInt(cells[i].trim());
        }
        return values;
    }

    private static String describe(ValueRunRecord run) {
        return "model=" + run.model() + " period=" + run.unit() + " calibration_end=" + run.calibrationEnd()
                + (run.holdoutEnd() == null ? "" : " holdout_end=" + run.holdoutEnd()) + " horizon="
                + run.horizon() + " discount_rate=" + run.discountRate() + " margin=" + run.margin();
    }
}
