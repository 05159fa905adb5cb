package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.ValueRunRecord;
import org.crmworkbench.model.ValueRunRecord.ClvBin;
import org.crmworkbench.model.ValueRunRecord.Migration;
import org.crmworkbench.model.ValueRunRecord.RfmRow;
import org.crmworkbench.model.ValueRunRecord.TopCustomer;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class ValueRunStoreTest {

    @Test
    void aSavedValueRunReadsBackTheSame() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            ValueRunStore store = new ValueRunStore(db);
            ValueRunRecord run = run(LocalDate.of(2024, 6, 30), null, new TopCustomer("C-7", 812.5, 0.93, 4.2,
                    "champions", "active"));
            ValueRunRecord saved = store.save(run);
            assertTrue(saved.id() > 0);
            ValueRunRecord other = store.save(run(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31),
                    new TopCustomer("C-9", 100, Double.NaN, 1, "loyal", "at_risk")));
            ValueRunRecord back = store.load(saved.id()).orElseThrow();
            assertEquals(saved.id(), back.id());
            assertEquals(run.startedAt(), back.startedAt());
            assertEquals("9.9", back.appVersion());
            assertEquals("orders.csv", back.dataSource());
            assertEquals("bgnbd", back.model());
            assertEquals("week", back.unit());
            assertEquals(LocalDate.of(2024, 6, 30), back.calibrationEnd());
            assertNull(back.holdoutEnd());
            assertEquals(52, back.horizon());
            assertEquals(0.1, back.discountRate(), 0);
            assertEquals(0.6, back.margin(), 0);
            assertEquals("{\"model\":\"bgnbd\",\"r\":0.243}", back.parameters());
            assertEquals(2357, back.customers());
            assertEquals(123456.75, back.totalClv(), 0);
            assertEquals(29, back.maxFrequency());
            assertEquals(78.86, back.maxAge(), 0);
            assertEquals(run.rfmSegments(), back.rfmSegments());
            assertTrue(Double.isNaN(back.rfmSegments().get(1).totalClv()), "a missing number stays missing");
            assertEquals(run.clvBins(), back.clvBins());
            assertEquals(run.topCustomers(), back.topCustomers());
            assertEquals(run.migration().from(), back.migration().from());
            assertEquals(run.migration().to(), back.migration().to());
            for (int r = 0; r < 6; r++) {
                assertArrayEquals(run.migration().counts()[r], back.migration().counts()[r], "stage row " + r);
            }
            assertArrayEquals(run.migration().arrivals(), back.migration().arrivals());

            ValueRunRecord second = store.load(other.id()).orElseThrow();
            assertEquals(LocalDate.of(2024, 12, 31), second.holdoutEnd());
            assertTrue(Double.isNaN(second.topCustomers().get(0).probabilityAlive()));
            assertEquals(List.of(other.id(), saved.id()), store.runIds());
            assertEquals(other.id(), store.latest().orElseThrow().id());
            assertTrue(store.load(123_456).isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT kind, status FROM analysis_runs WHERE id = " + saved.id())) {
                assertTrue(rs.next());
                assertEquals(ValueRunStore.KIND, rs.getString(1));
                assertEquals("done", rs.getString(2));
            }
        }
    }

    @Test
    void aValueRunThatCannotBeStoredLeavesNothingBehind() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            ValueRunStore store = new ValueRunStore(db);
            ValueRunRecord good = run(LocalDate.of(2024, 6, 30), null, new TopCustomer("C-1", 1, 1, 1, "new", "new"));
            List<TopCustomer> tooLong = new ArrayList<>(good.topCustomers());
            tooLong.add(new TopCustomer("x".repeat(65), 1, 1, 1, "new", "new"));
            ValueRunRecord bad = new ValueRunRecord(0, good.startedAt(), good.appVersion(), good.dataSource(),
                    good.model(), good.unit(), good.calibrationEnd(), null, good.horizon(), good.discountRate(),
                    good.margin(), good.parameters(), good.customers(), good.totalClv(), good.maxFrequency(),
                    good.maxAge(), good.rfmSegments(), good.clvBins(), tooLong, good.migration());
            assertThrows(DatabaseException.class, () -> store.save(bad));
            assertTrue(store.runIds().isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT (SELECT COUNT(*) FROM analysis_runs) + (SELECT COUNT(*) FROM value_rfm_segments) "
                            + "+ (SELECT COUNT(*) FROM value_clv_bins) + (SELECT COUNT(*) FROM value_top_customers)")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }

    private static ValueRunRecord run(LocalDate end, LocalDate holdout, TopCustomer top) {
        int[][] counts = new int[6][6];
        for (int a = 0; a < 6; a++) {
            for (int b = 0; b < 6; b++) {
                counts[a][b] = a * 10 + b;
            }
        }
        return new ValueRunRecord(0, Instant.now().truncatedTo(ChronoUnit.MILLIS), "9.9", "orders.csv", "bgnbd",
                "week", end, holdout, 52, 0.1, 0.6, "{\"model\":\"bgnbd\",\"r\":0.243}", 2357, 123456.75, 29, 78.86,
                List.of(new RfmRow("champions", 120, 12.5, 9.1, 840.25, 50_000),
                        new RfmRow("lost", 800, 300, 1, 20, Double.NaN)),
                List.of(new ClvBin(0, 50, 1500), new ClvBin(50, 100, 600), new ClvBin(100, 2000, 257)),
                List.of(top), new Migration(end.minusYears(1), end, counts, new int[] {5, 0, 0, 0, 0, 0}));
    }
}
