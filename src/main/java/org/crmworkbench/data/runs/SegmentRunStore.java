package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.model.SegmentRunRecord.NamedSegment;

/**
 * Saves segmentation runs and reads them back: parameters, named segments and every customer's segment, in one
 * transaction per save, so a run is either stored whole or not at all.
 */
public final class SegmentRunStore {
    /** The {@code analysis_runs.kind} of segmentation runs. */
    public static final String KIND = "segment";

    private final Database database;

    public SegmentRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores {@code run} and returns it with the id the database gave it. */
    public SegmentRunRecord save(SegmentRunRecord run) {
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describeParameters(run), run.seed(),
                run.appVersion(), run.startedAt(),
                run.segments().size() + " segments of " + run.labels().length + " customers",
                "run.summary.segment", List.of(run.segments().size(), run.labels().length));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO segment_runs (run_id, algorithm, k, eps, "
                    + "min_pts, restarts, scaling, features, as_of, customers, silhouette) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, run.algorithm());
                RunColumns.setInteger(s, 3, run.k());
                if (run.eps() == null) {
                    s.setNull(4, Types.DOUBLE);
                } else {
                    s.setDouble(4, run.eps());
                }
                RunColumns.setInteger(s, 5, run.minPts());
                RunColumns.setInteger(s, 6, run.restarts());
                s.setString(7, run.scaling());
                s.setString(8, String.join(",", run.features()));
                s.setDate(9, run.asOf() == null ? null : Date.valueOf(run.asOf()));
                s.setInt(10, run.labels().length);
                RunColumns.setDouble(s, 11, run.silhouette());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO segments (run_id, segment, name, customers, revenue_share) VALUES (?, ?, ?, ?, ?)")) {
                for (NamedSegment seg : run.segments()) {
                    s.setLong(1, id);
                    s.setInt(2, seg.segment());
                    s.setString(3, seg.name());
                    s.setInt(4, seg.customers());
                    RunColumns.setDouble(s, 5, seg.revenueShare());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO segment_assignments (run_id, customer_id, segment) VALUES (?, ?, ?)")) {
                long[] ids = run.customerIds();
                int[] labels = run.labels();
                AnalysisRuns.insertRows(s, ids.length, (insert, i) -> {
                    insert.setLong(1, id);
                    insert.setLong(2, ids[i]);
                    insert.setInt(3, labels[i]);
                }, sent -> { });
            }
        }, e -> "Could not save the segmentation run in " + database.description()));
    }

    /** Gives segment {@code segment} of run {@code runId} a new name. */
    public void rename(long runId, int segment, String name) {
        try (Connection c = database.connect();
             PreparedStatement s = c.prepareStatement("UPDATE segments SET name = ? WHERE run_id = ? AND segment = ?")) {
            s.setString(1, name);
            s.setLong(2, runId);
            s.setInt(3, segment);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException("Could not rename the segment", e);
        }
    }

    /** Ids of the saved runs, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "segment_runs", "segmentation runs");
    }

    /** The newest saved run, if any. */
    public Optional<SegmentRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : load(ids.get(0));
    }

    /** The run with id {@code runId}, with its assignments ordered by customer id. */
    public Optional<SegmentRunRecord> load(long runId) {
        try (Connection c = database.connect()) {
            List<NamedSegment> segments = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT segment, name, customers, revenue_share "
                    + "FROM segments WHERE run_id = ? ORDER BY segment", runId, rs -> {
                double share = rs.getDouble(4);
                segments.add(new NamedSegment(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        rs.wasNull() ? Double.NaN : share));
            });
            List<long[]> rows = new ArrayList<>();
            AnalysisRuns.eachRow(c, "SELECT customer_id, segment FROM segment_assignments WHERE run_id = ? "
                    + "ORDER BY customer_id", runId, rs -> rows.add(new long[] {rs.getLong(1), rs.getInt(2)}));
            long[] ids = new long[rows.size()];
            int[] labels = new int[rows.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = rows.get(i)[0];
                labels[i] = (int) rows.get(i)[1];
            }
            return AnalysisRuns.first(c, "SELECT r.algorithm, r.k, r.eps, r.min_pts, r.restarts, a.seed, r.scaling, "
                    + "r.features, r.as_of, r.silhouette, a.started_at, a.app_version, r.customers "
                    + "FROM segment_runs r JOIN analysis_runs a ON a.id = r.run_id WHERE r.run_id = ?", runId, rs -> {
                Date asOf = rs.getDate(9);
                double silhouette = RunColumns.getDouble(rs, 10); // NULL (no silhouette) reads back as NaN
                return new SegmentRunRecord(runId, rs.getString(1), (Integer) rs.getObject(2),
                        (Double) rs.getObject(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5),
                        rs.getLong(6), rs.getString(7), Arrays.asList(rs.getString(8).split(",")),
                        asOf == null ? null : asOf.toLocalDate(), silhouette,
                        rs.getTimestamp(11).toInstant(), rs.getString(12), segments, ids, labels);
            });
        } catch (SQLException e) {
            throw new DatabaseException("Could not read segmentation run " + runId, e);
        }
    }

    private static String describeParameters(SegmentRunRecord run) {
        StringBuilder b = new StringBuilder("algorithm=").append(run.algorithm());
        if (run.k() != null) {
            b.append(" k=").append(run.k());
        }
        if (run.eps() != null) {
            b.append(" eps=").append(run.eps()).append(" min_pts=").append(run.minPts());
        }
        if (run.restarts() != null) {
            b.append(" restarts=").append(run.restarts());
        }
        return b.append(" scaling=").append(run.scaling()).append(" features=")
                .append(String.join(",", run.features())).toString();
    }
}
