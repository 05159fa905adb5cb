package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.AssistantRunRecord.Metrics;

/**
 * Saved assistant evaluations, whole or not at all: kind {@code assistant} in {@code analysis_runs}, the settings,
 * figures and {@code metrics.json} in {@code assistant_runs}, the tables in their own (see
 * {@link AssistantRunTables}).
 */
public final class AssistantRunStore {
    public static final String KIND = "assistant";
    /**
     * Message key of a saved run's one-line summary; its arguments: accuracy, in-scope accuracy, out-of-scope recall
     * and threshold, as numbers 0..1 (NaN when there was nothing to count).
     */
    public static final String SUMMARY_KEY = "assistant.run.summary";

    private static final String HEAD = "SELECT r.knowledge_source, r.test_source, r.oos_label, r.threshold, r.margin, "
            + "r.chosen, r.examples, r.intents, r.questions, r.in_scope, r.out_of_scope, r.answered_correctly, "
            + "r.answered_wrongly, r.handed_over, r.oos_handed_over, r.accuracy, r.in_scope_accuracy, r.oos_recall, "
            + "r.summary, a.started_at, a.app_version FROM assistant_runs r JOIN analysis_runs a ON a.id = r.run_id "
            + "WHERE r.run_id = ?";

    private final Database database;

    public AssistantRunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores the run in one transaction and returns it with its new id. */
    public AssistantRunRecord save(AssistantRunRecord run) {
        Metrics m = run.metrics();
        AnalysisRuns.Entry entry = new AnalysisRuns.Entry(KIND, describe(run), 0L, run.appVersion(), run.startedAt(),
                String.format(java.util.Locale.ROOT, "%d questions: accuracy %s, in scope %s, out-of-scope recall %s "
                                + "at threshold %.2f", m.questions(), percent(m.accuracy()),
                        percent(m.inScopeAccuracy()), percent(m.oosRecall()), run.threshold()),
                SUMMARY_KEY, List.of(m.accuracy(), m.inScopeAccuracy(), m.oosRecall(), run.threshold()));
        return run.withId(AnalysisRuns.saveWhole(database, entry, (c, id) -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO assistant_runs (run_id, knowledge_source, "
                    + "test_source, oos_label, threshold, margin, chosen, examples, intents, questions, in_scope, "
                    + "out_of_scope, answered_correctly, answered_wrongly, handed_over, oos_handed_over, accuracy, "
                    + "in_scope_accuracy, oos_recall, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, AnalysisRuns.clip(run.knowledgeSource(), 1000));
                s.setString(3, AnalysisRuns.clip(run.testSource(), 1000));
                s.setString(4, run.oosLabel());
                s.setDouble(5, run.threshold());
                s.setDouble(6, run.margin());
                s.setBoolean(7, run.chosen());
                s.setInt(8, run.examples());
                s.setInt(9, run.intents());
                s.setInt(10, m.questions());
                s.setInt(11, m.inScope());
                s.setInt(12, m.outOfScope());
                s.setInt(13, m.answeredCorrectly());
                s.setInt(14, m.answeredWrongly());
                s.setInt(15, m.handedOver());
                s.setInt(16, m.oosHandedOver());
                RunColumns.setDouble(s, 17, m.accuracy());
                RunColumns.setDouble(s, 18, m.inScopeAccuracy());
                RunColumns.setDouble(s, 19, m.oosRecall());
                s.setString(20, run.summary());
                s.executeUpdate();
            }
            AssistantRunTables.write(c, id, run);
        }, e -> "Could not save the assistant evaluation in " + database.description()));
    }

    /** Ids of the saved evaluations, newest first. */
    public List<Long> runIds() {
        return AnalysisRuns.ids(database, "assistant_runs", "assistant evaluations");
    }

    /** The newest saved evaluation with its tables, if any. */
    public Optional<AssistantRunRecord> latest() {
        List<Long> ids = runIds();
        return ids.isEmpty() ? Optional.empty() : find(ids.get(0));
    }

    /** Every saved evaluation, newest first, with its settings and figures but without its tables. */
    public List<AssistantRunRecord> list() {
        List<AssistantRunRecord> runs = new ArrayList<>();
        try (Connection c = database.connect()) {
            for (long id : runIds()) {
                AnalysisRuns.first(c, HEAD, id, rs -> head(rs, id)).ifPresent(runs::add);
            }
            return runs;
        } catch (SQLException e) {
            throw new DatabaseException("Could not list the assistant evaluations", e);
        }
    }

    /** The evaluation with id {@code runId} and its tables in their saved order. */
    public Optional<AssistantRunRecord> find(long runId) {
        try (Connection c = database.connect()) {
            Optional<AssistantRunRecord> head = AnalysisRuns.first(c, HEAD, runId, rs -> head(rs, runId));
            return head.isEmpty() ? head : Optional.of(AssistantRunTables.read(c, head.get()));
        } catch (SQLException e) {
            throw new DatabaseException("Could not read assistant evaluation " + runId, e);
        }
    }

    private static AssistantRunRecord head(ResultSet rs, long id) throws SQLException {
        Metrics metrics = new Metrics(rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                rs.getInt(14), rs.getInt(15), RunColumns.getDouble(rs, 16), RunColumns.getDouble(rs, 17),
                RunColumns.getDouble(rs, 18));
        return new AssistantRunRecord(id, rs.getTimestamp(20).toInstant(), rs.getString(21), rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5), rs.getBoolean(6), rs.getInt(7),
                rs.getInt(8), metrics, rs.getString(19), List.of(), List.of(), List.of(), List.of());
    }

    private static String describe(AssistantRunRecord run) {
        return String.format(java.util.Locale.ROOT, "threshold=%.2f margin=%.2f%s oos-label=%s test=%s",
                run.threshold(), run.margin(), run.chosen() ? " (chosen)" : "", run.oosLabel(),
                run.testSource() == null ? "cross-validation" : run.testSource());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }
}
