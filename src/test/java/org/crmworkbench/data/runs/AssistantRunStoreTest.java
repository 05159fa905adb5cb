package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.model.AssistantRunRecord;
import org.crmworkbench.model.AssistantRunRecord.ConfusionRow;
import org.crmworkbench.model.AssistantRunRecord.CurvePoint;
import org.crmworkbench.model.AssistantRunRecord.IntentRow;
import org.crmworkbench.model.AssistantRunRecord.Metrics;
import org.crmworkbench.model.AssistantRunRecord.PredictionRow;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class AssistantRunStoreTest {

    static AssistantRunRecord run(String testSource, double oosRecall) {
        return new AssistantRunRecord(0, Instant.parse("2026-12-07T10:15:30Z"), "1.2.3", "knowledge_base.csv",
                testSource, "out_of_scope", 0.42, 0.05, true, 120, 6,
                new Metrics(10, 8, 2, 6, 1, 3, 1, 0.7, 0.75, oosRecall), "{\"accuracy\": 0.7}",
                List.of(new IntentRow("delivery_time", 4, 3, 1.0, 0.75, 6.0 / 7),
                        new IntentRow("退货", 4, 0, Double.NaN, 0.0, Double.NaN)),
                List.of(new ConfusionRow("退货", "refund_time", 2), new ConfusionRow("out_of_scope", "delivery_time", 1)),
                List.of(new CurvePoint(0.0, 7, 3, 0), new CurvePoint(0.5, 6, 1, 3), new CurvePoint(1.0, 0, 0, 10)),
                List.of(new PredictionRow("where is my parcel", "delivery_time", "delivery_time", 0.91, "order_status",
                                0.05, "退货", 0.01, "correct"),
                        new PredictionRow("什么天气", "out_of_scope", "delivery_time", 0.2, null, Double.NaN, null,
                                Double.NaN, "oos-handed-over")));
    }

    @Test
    void aSavedEvaluationReadsBackTheSameWithEveryTableInOrder() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            AssistantRunStore store = new AssistantRunStore(db);
            AssistantRunRecord saved = store.save(run("knowledge_test.csv", 0.5));
            assertTrue(saved.id() > 0);
            AssistantRunRecord back = store.find(saved.id()).orElseThrow();
            assertEquals(saved, back);
            assertTrue(Double.isNaN(back.intentScores().get(1).precision()), "a precision with no answers stays NaN");
            assertEquals("退货", back.confusions().get(0).expected());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT kind, summary, summary_key, summary_args FROM analysis_runs")) {
                assertTrue(rs.next());
                assertEquals("assistant", rs.getString(1));
                assertEquals("10 questions: accuracy 70.0%, in scope 75.0%, out-of-scope recall 50.0% at threshold "
                        + "0.42", rs.getString(2));
                assertEquals(AssistantRunStore.SUMMARY_KEY, rs.getString(3));
            }
        }
    }

    @Test
    void aCrossValidatedRunWithoutOutOfScopeQuestionsKeepsItsMissingRecallAndListsNewestFirst() {
        try (Database db = TestDatabases.fresh()) {
            AssistantRunStore store = new AssistantRunStore(db);
            AssistantRunRecord first = store.save(run(null, Double.NaN));
            AssistantRunRecord second = store.save(run("test.csv", 0.5));
            List<AssistantRunRecord> listed = store.list();
            assertEquals(List.of(second.id(), first.id()), listed.stream().map(AssistantRunRecord::id).toList());
            assertTrue(listed.get(0).predictions().isEmpty(), "the list carries no tables");
            AssistantRunRecord back = store.find(first.id()).orElseThrow();
            assertEquals(null, back.testSource());
            assertTrue(Double.isNaN(back.metrics().oosRecall()));
            assertEquals(second.id(), store.latest().orElseThrow().id());
            assertTrue(store.find(999).isEmpty());
        }
    }
}
