package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.model.PredictionRunRecord;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class RunCatalogueTest {

    @Test
    void listsEveryKindNewestFirstAndFindsTheLatestOfAKind(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            long[] ids = new CustomerFeatureReader(db).read(Progress.none()).customerIds();
            Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
            long eval1 = new EvaluationRunStore(db).save(EvaluationRunStoreTest.evaluation(t0, "itemknn")).id();
            long predict = new PredictionRunStore(db).save(new PredictionRunRecord(0, PredictionRunRecord.REGRESSION,
                    "ols", "next_spend", List.of("monetary"), null, null, 7L, LocalDate.of(2024, 1, 1), 90, "db",
                    t0.plusSeconds(60), "1.2.3", new long[] {ids[0]}, new double[] {1})).id();
            long eval2 = new EvaluationRunStore(db).save(EvaluationRunStoreTest.evaluation(t0.plusSeconds(120),
                    "userknn")).id();

            RunCatalogue catalogue = new RunCatalogue(db);
            List<SavedRun> runs = catalogue.runs();
            assertEquals(List.of(eval2, predict, eval1), runs.stream().map(SavedRun::id).toList());
            assertEquals(List.of("recommend-eval", "predict", "recommend-eval"),
                    runs.stream().map(SavedRun::kind).toList());
            assertEquals(eval2, catalogue.latest("recommend-eval").orElseThrow().id());
            assertEquals(predict, catalogue.latest("predict").orElseThrow().id());
            assertTrue(catalogue.latest("segment").isEmpty());
            SavedRun found = catalogue.find(predict).orElseThrow();
            assertEquals(7L, found.seed());
            assertEquals("1.2.3", found.appVersion());
            assertEquals(t0.plusSeconds(60), found.startedAt());
            assertTrue(found.parameters().contains("model=ols"), found.parameters());
            assertTrue(catalogue.find(999_999).isEmpty());
        }
    }
}
