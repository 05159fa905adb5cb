package org.crmworkbench.data.runs;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.crmworkbench.model.ForecastRunRecord;
import org.crmworkbench.model.ForecastRunRecord.ForecastPoint;
import org.crmworkbench.model.ForecastRunRecord.HistoryPoint;
import org.crmworkbench.model.SeriesFrequency;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class ForecastRunStoreTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void aSavedForecastReadsBackTheSame() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            ForecastRunStore store = new ForecastRunStore(db);
            ForecastRunRecord run = forecast(START, 0);
            ForecastRunRecord saved = store.save(run);
            assertTrue(saved.id() > 0);
            ForecastRunRecord other = store.save(forecast(START, 5));
            ForecastRunRecord back = store.load(saved.id()).orElseThrow();
            assertEquals(saved.id(), back.id());
            assertEquals("revenue/month", back.seriesName());
            assertEquals("revenue", back.unit());
            assertEquals(SeriesFrequency.MONTH, back.frequency());
            assertEquals("hw-mult", back.model());
            assertEquals("auto", back.requested());
            assertEquals("{\"alpha\":0.3}", back.parameters());
            assertEquals(1234.5, back.sse(), 0);
            assertEquals("{\"mae\":1.0}", back.backtest());
            assertEquals(99L, back.seed());
            assertEquals("sales.csv", back.dataSource());
            assertEquals(run.startedAt(), back.startedAt());
            assertEquals("9.9", back.appVersion());
            assertEquals(run.history().size(), back.history().size());
            for (int i = 0; i < run.history().size(); i++) {
                assertEquals(run.history().get(i), back.history().get(i), "history point " + i);
            }
            assertTrue(Double.isNaN(back.history().get(0).fitted()), "a missing fitted value stays missing");
            assertEquals(run.forecast().size(), back.forecast().size());
            for (int i = 0; i < run.forecast().size(); i++) {
                ForecastPoint a = run.forecast().get(i);
                ForecastPoint b = back.forecast().get(i);
                assertEquals(a.period(), b.period());
                assertEquals(a.forecast(), b.forecast(), 0);
                assertArrayEquals(a.levels(), b.levels());
                assertArrayEquals(a.lower(), b.lower(), 0);
                assertArrayEquals(a.upper(), b.upper(), 0);
            }
            assertEquals(other.id(), store.latest().orElseThrow().id());
            assertEquals(List.of(other.id(), saved.id()), store.runIds());
            assertTrue(store.load(123_456).isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT r.kind, r.status, f.periods, f.horizon FROM analysis_runs r "
                            + "JOIN forecast_runs f ON f.run_id = r.id WHERE r.id = " + saved.id())) {
                assertTrue(rs.next());
                assertEquals(ForecastRunStore.KIND, rs.getString(1));
                assertEquals("done", rs.getString(2));
                assertEquals(6, rs.getInt(3));
                assertEquals(3, rs.getInt(4));
            }
        }
    }

    @Test
    void aForecastThatCannotBeStoredLeavesNothingBehind() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            ForecastRunStore store = new ForecastRunStore(db);
            ForecastRunRecord good = forecast(START, 0);
            List<HistoryPoint> repeated = new ArrayList<>(good.history());
            repeated.add(repeated.get(0));
            ForecastRunRecord bad = new ForecastRunRecord(0, good.seriesName(), good.unit(), good.frequency(),
                    good.model(), good.requested(), good.parameters(), good.sse(), good.backtest(), good.seed(),
                    good.dataSource(), good.startedAt(), good.appVersion(), repeated, good.forecast());
            assertThrows(DatabaseException.class, () -> store.save(bad));
            assertTrue(store.runIds().isEmpty());
            assertTrue(store.latest().isEmpty());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT (SELECT COUNT(*) FROM analysis_runs) + (SELECT COUNT(*) FROM forecast_history)")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }

    private static ForecastRunRecord forecast(LocalDate start, double shift) {
        List<HistoryPoint> history = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            history.add(new HistoryPoint(start.plusMonths(i), 100 + i + shift, i == 0 ? Double.NaN : 99.5 + i));
        }
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            double f = 106 + h + shift;
            points.add(new ForecastPoint(start.plusMonths(6 + h), f, new int[] {80, 95},
                    new double[] {f - 5 - h, f - 8 - h}, new double[] {f + 5 + h, f + 8 + h}));
        }
        return new ForecastRunRecord(0, "revenue/month", "revenue", SeriesFrequency.MONTH, "hw-mult", "auto",
                "{\"alpha\":0.3}", 1234.5, "{\"mae\":1.0}", 99L, "sales.csv",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "9.9", history, points);
    }
}
