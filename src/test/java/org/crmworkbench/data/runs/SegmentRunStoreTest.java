package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.model.SegmentRunRecord.NamedSegment;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class SegmentRunStoreTest {

    @Test
    void aSavedRunReadsBackTheSameAndCanBeRenamed(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            long[] ids = new CustomerFeatureReader(db).read(Progress.none()).customerIds();
            SegmentRunStore store = new SegmentRunStore(db);
            Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            SegmentRunRecord run = new SegmentRunRecord(0, "kmeans", 2, null, null, 10, 42L, "zscore",
                    List.of("recency_days", "monetary"), LocalDate.of(2024, 1, 4), 0.61, started, "test",
                    List.of(new NamedSegment(0, "Big spenders", 2, 0.7), new NamedSegment(1, "Light", 3, 0.3)),
                    ids, new int[] {0, 1, 1, 0, 1});
            SegmentRunRecord saved = store.save(run);
            assertTrue(saved.id() > 0);
            store.rename(saved.id(), 1, "Occasional");
            SegmentRunRecord back = store.latest().orElseThrow();
            assertEquals(saved.id(), back.id());
            assertEquals(2, back.k());
            assertEquals(42L, back.seed());
            assertEquals(List.of("recency_days", "monetary"), back.features());
            assertEquals(started, back.startedAt());
            assertArrayEquals(ids, back.customerIds());
            assertArrayEquals(new int[] {0, 1, 1, 0, 1}, back.labels());
            assertEquals("Occasional", back.segments().get(1).name());
            assertEquals(0.61, back.silhouette(), 0);
        }
    }

    @Test
    void aRunWithoutASilhouetteReadsBackWithout(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            long[] ids = new CustomerFeatureReader(db).read(Progress.none()).customerIds();
            SegmentRunStore store = new SegmentRunStore(db);
            SegmentRunRecord noise = new SegmentRunRecord(0, "dbscan", null, 0.5, 5, null, 1L, "zscore",
                    List.of("recency_days"), LocalDate.of(2024, 1, 4), Double.NaN, Instant.now(), "test",
                    List.of(new NamedSegment(-1, "Noise", 5, 1.0)), ids, new int[] {-1, -1, -1, -1, -1});
            store.save(noise);
            assertTrue(Double.isNaN(store.latest().orElseThrow().silhouette()), "no silhouette, not 0");
        }
    }

    @Test
    void aRunThatCannotBeStoredLeavesNothingBehind(@TempDir Path dir) throws Exception {
        try (Database db = TestDatabases.fresh()) {
            SampleData.load(db, dir);
            SegmentRunStore store = new SegmentRunStore(db);
            SegmentRunRecord bad = new SegmentRunRecord(0, "dbscan", null, 0.5, 5, null, 1L, "none",
                    List.of("x"), null, Double.NaN, Instant.now(), "test", List.of(),
                    new long[] {1, 999_999}, new int[] {0, -1});
            assertThrows(DatabaseException.class, () -> store.save(bad));
            assertTrue(store.runIds().isEmpty());
            assertTrue(store.latest().isEmpty());
        }
    }
}
