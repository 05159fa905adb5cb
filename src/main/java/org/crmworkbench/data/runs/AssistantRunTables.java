package org.crmworkbench.data.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.AssistantRunRecord.ConfusionRow;
import org.crmworkbench.model.AssistantRunRecord.CurvePoint;
import org.crmworkbench.model.AssistantRunRecord.IntentRow;
import org.crmworkbench.model.AssistantRunRecord.PredictionRow;

/** The tables of a saved assistant evaluation: per-intent scores, confusion pairs, the curve and the predictions. */
final class AssistantRunTables {
    private AssistantRunTables() {
    }

    static void write(Connection c, long id, AssistantRunRecord run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assistant_intents (run_id, position, intent, "
                + "support, predicted, precision, recall, f1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<IntentRow> rows = run.intentScores();
            AnalysisRuns.insertRows(s, rows.size(), (p, i) -> {
                IntentRow r = rows.get(i);
                p.setLong(1, id);
                p.setInt(2, i);
                p.setString(3, r.intent());
                p.setInt(4, r.support());
                p.setInt(5, r.predicted());
                RunColumns.setDouble(p, 6, r.precision());
                RunColumns.setDouble(p, 7, r.recall());
                RunColumns.setDouble(p, 8, r.f1());
            }, n -> { });
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assistant_confusions (run_id, position, expected, "
                + "predicted, count) VALUES (?, ?, ?, ?, ?)")) {
            List<ConfusionRow> rows = run.confusions();
            AnalysisRuns.insertRows(s, rows.size(), (p, i) -> {
                p.setLong(1, id);
                p.setInt(2, i);
                p.setString(3, rows.get(i).expected());
                p.setString(4, rows.get(i).predicted());
                p.setInt(5, rows.get(i).count());
            }, n -> { });
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assistant_curve (run_id, position, threshold, "
                + "answered_correctly, answered_wrongly, handed_over) VALUES (?, ?, ?, ?, ?, ?)")) {
            List<CurvePoint> rows = run.curve();
            AnalysisRuns.insertRows(s, rows.size(), (p, i) -> {
                p.setLong(1, id);
                p.setInt(2, i);
                p.setDouble(3, rows.get(i).threshold());
                p.setInt(4, rows.get(i).answeredCorrectly());
                p.setInt(5, rows.get(i).answeredWrongly());
                p.setInt(6, rows.get(i).handedOver());
            }, n -> { });
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assistant_predictions (run_id, position, question, "
                + "expected, top_intent, confidence, second_intent, second_confidence, third_intent, third_confidence, "
                + "outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<PredictionRow> rows = run.predictions();
            AnalysisRuns.insertRows(s, rows.size(), (p, i) -> {
                PredictionRow r = rows.get(i);
                p.setLong(1, id);
                p.setInt(2, i);
                p.setString(3, AnalysisRuns.clip(r.question(), 2000));
                p.setString(4, r.expected());
                p.setString(5, r.topIntent());
                RunColumns.setDouble(p, 6, r.confidence());
                p.setString(7, r.secondIntent());
                RunColumns.setDouble(p, 8, r.secondConfidence());
                p.setString(9, r.thirdIntent());
                RunColumns.setDouble(p, 10, r.thirdConfidence());
                p.setString(11, r.outcome());
            }, n -> { });
        }
    }

    static AssistantRunRecord read(Connection c, AssistantRunRecord head) throws SQLException {
        long id = head.id();
        List<IntentRow> intents = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT intent, support, predicted, precision, recall, f1 FROM assistant_intents "
                + "WHERE run_id = ? ORDER BY position", id, rs -> intents.add(new IntentRow(rs.getString(1),
                rs.getInt(2), rs.getInt(3), RunColumns.getDouble(rs, 4), RunColumns.getDouble(rs, 5),
                RunColumns.getDouble(rs, 6))));
        List<ConfusionRow> confusions = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT expected, predicted, count FROM assistant_confusions WHERE run_id = ? "
                + "ORDER BY position", id, rs -> confusions.add(new ConfusionRow(rs.getString(1), rs.getString(2),
                rs.getInt(3))));
        List<CurvePoint> curve = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT threshold, answered_correctly, answered_wrongly, handed_over FROM "
                + "assistant_curve WHERE run_id = ? ORDER BY position", id, rs -> curve.add(new CurvePoint(
                rs.getDouble(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))));
        List<PredictionRow> predictions = new ArrayList<>();
        AnalysisRuns.eachRow(c, "SELECT question, expected, top_intent, confidence, second_intent, second_confidence, "
                + "third_intent, third_confidence, outcome FROM assistant_predictions WHERE run_id = ? "
                + "ORDER BY position", id, rs -> predictions.add(new PredictionRow(rs.getString(1), rs.getString(2),
                rs.getString(3), RunColumns.getDouble(rs, 4), rs.getString(5), RunColumns.getDouble(rs, 6),
                rs.getString(7), RunColumns.getDouble(rs, 8), rs.getString(9))));
        return new AssistantRunRecord(id, head.startedAt(), head.appVersion(), head.knowledgeSource(),
                head.testSource(), head.oosLabel(), head.threshold(), head.margin(), head.chosen(), head.examples(),
                head.intents(), head.metrics(), head.summary(), intents, confusions, curve, predictions);
    }
}
