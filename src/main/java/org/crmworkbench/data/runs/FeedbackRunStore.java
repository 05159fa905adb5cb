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
import org.crmworkbench.model.FeedbackRunRecord;
import org.crmworkbench.model.FeedbackRunRecord.TextRow;

/**
 * Saves feedback analyses whole or not at all, and reads them back: settings and {@code summary.json} in
 * {@code feedback_runs}, the tables in their own (see {@link FeedbackRunTables}).
 */
public final class FeedbackRunStore {
    /** {@code analysis_runs.kind} of a feedback analysis. */
    public static final String KIND = "feedback";
    /** The summary's message key; its arguments: texts, positive, neutral and negative texts (whole numbers). */
    public static final String SUMMARY_KEY = "feedback.run.summary";

    private final Database database;

    public FeedbackRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public FeedbackRunRecord save(FeedbackRunRecord run) {
        int[] labels = new int[3];
        for (TextRow t : run.texts()) {
            labels["positive".equals(t.label()) ? 0 : "negative".equals(t.label()) ? 2 : 1]++;
        }
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), 0L, run.appVersion(), run.startedAt(),
                run.texts().size() + " texts: " + labels[0] + " positive, " + labels[1] + " neutral, " + labels[2]
                        + " negative", SUMMARY_KEY, List.of(run.texts().size(), labels[0], labels[1], labels[2]));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback_runs (run_id, data_source, language, "
                    + "period, topics_asked, summary) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, AnalysisRuns.clip(run.dataSource(), 1000));
                s.setString(3, run.language());
                s.setString(4, run.period());
                s.setInt(5, run.topicsAsked());
                s.setString(6, run.summary());
                s.executeUpdate();
            }
            FeedbackRunTables.write(c, id, run);
        }, e -> "Could not save the feedback analysis in " + database.description()));
    }

    /** Ids of the saved feedback analyses, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "feedback_runs", "feedback analyses");
    }

    /** The newest saved feedback analysis, if any. */
    public Optional<FeedbackRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    /** Every saved run, newest first, with its settings and summary but without its tables. */
    public List<FeedbackRunRecord> list() {
        List<FeedbackRunRecord> runs = new ArrayList<>();
        try (Connection c = database.connect()) {
            for (long id : runIds()) {
                head(c, id).ifPresent(runs::add);
            }
            return runs;
        } catch (SQLException e) {
            throw new DatabaseException("Could not list the feedback analyses", e);
        }
    }

    /** The feedback analysis with id {@code runId} and its tables in their saved order. */
    public Optional<FeedbackRunRecord> find(long runId) {
        try (Connection c = database.connect()) {
            Optional<FeedbackRunRecord> head = head(c, runId);
            return head.isEmpty() ? head : Optional.of(FeedbackRunTables.read(c, head.get()));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read feedback analysis " + runId, e);
        }
    }

    private static Optional<FeedbackRunRecord> head(Connection c, long runId) throws SQLException {
        return AnalysisRuns.first(c, "SELECT r.data_source, r.language, r.period, r.topics_asked, r.summary, "
                + "a.started_at, a.app_version FROM feedback_runs r JOIN analysis_runs a ON a.id = r.run_id "
                + "WHERE r.run_id = ?", runId, rs -> new FeedbackRunRecord(runId, rs.getTimestamp(6).toInstant(),
                rs.getString(7), rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    private static String describe(FeedbackRunRecord run) {
        return "language=" + run.language() + " period=" + run.period() + " topics=" + run.topicsAsked();
    }
}
