package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class PredictionRunStoreTest {

    @Test
    void aSavedRunReadsBackTheSame(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            long[] ids = new CustomerFeatureReader(db).read(Progress.none()).customerIds();
            PredictionRunStore store = new PredictionRunStore(db);
            Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            PredictionRunRecord churn = new PredictionRunRecord(0, PredictionRunRecord.CLASSIFICATION, "logistic",
                    "churned", List.of("recency_days", "frequency"), "{\"lambda\":0.1}", "{\"auc\":0.81}", 42L,
                    LocalDate.of(2024, 1, 1), 180, "test db", started, "1.2.3", ids,
                    new double[] {0.1, 0.9, Double.NaN, 0.5, 0.25});
            PredictionRunRecord saved = store.save(churn);
            assertTrue(saved.id() > 0);
            PredictionRunRecord spend = store.save(new PredictionRunRecord(0, PredictionRunRecord.REGRESSION, "ols",
                    "next_spend", List.of("monetary"), null, null, 7L, null, null, "test db", started, "1.2.3",
                    new long[] {ids[0]}, new double[] {123.5}));

            PredictionRunRecord back = store.latest(PredictionRunRecord.CLASSIFICATION).orElseThrow();
            assertEquals(saved.id(), back.id());
            assertEquals("logistic", back.model());
            assertEquals("churned", back.target());
            assertEquals(List.of("recency_days", "frequency"), back.features());
            assertEquals("{\"lambda\":0.1}", back.parameters());
            assertEquals("{\"auc\":0.81}", back.metrics());
            assertEquals(42L, back.seed());
            assertEquals(LocalDate.of(2024, 1, 1), back.cutoff());
            assertEquals(180, back.windowDays());
            assertEquals("test db", back.dataSource());
            assertEquals(started, back.startedAt());
            assertEquals("1.2.3", back.appVersion());
            assertArrayEquals(ids, back.customerIds());
            assertArrayEquals(churn.values(), back.values(), 0, "NaN scores come back as NaN");

            PredictionRunRecord reg = store.latest(PredictionRunRecord.REGRESSION).orElseThrow();
            assertEquals(spend.id(), reg.id());
            assertNull(reg.cutoff());
            assertNull(reg.windowDays());
            assertEquals("{}", reg.metrics());
            assertEquals(spend.id(), store.latest().orElseThrow().id());
            assertEquals(List.of(spend.id(), saved.id()), store.runIds());
            assertTrue(store.load(999_999).isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT kind, status, seed, app_version FROM analysis_runs WHERE id = " + saved.id())) {
                assertTrue(rs.next());
                assertEquals(PredictionRunStore.KIND, rs.getString(1));
                assertEquals("done", rs.getString(2));
                assertEquals(42L, rs.getLong(3));
                assertEquals("1.2.3", rs.getString(4));
            }
        }
    }

    @Test
    void aRunThatCannotBeStoredLeavesNothingBehind(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            PredictionRunStore store = new PredictionRunStore(db);
            PredictionRunRecord bad = new PredictionRunRecord(0, PredictionRunRecord.REGRESSION, "ols", "next_spend",
                    List.of("monetary"), null, null, 1L, null, null, "test", Instant.now(), "test",
                    new long[] {1, 999_999}, new double[] {1, 2});
            assertThrows(DatabaseException.class, () -> store.save(bad));
            assertTrue(store.runIds().isEmpty());
            assertTrue(store.latest(PredictionRunRecord.REGRESSION).isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM analysis_runs")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }
}
