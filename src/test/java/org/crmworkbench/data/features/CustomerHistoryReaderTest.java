package org.crmworkbench.data.features;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.PlantedSample;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.data.sample.CustomerGroup;
import org.crmworkbench.data.sample.PlantedTruth;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class CustomerHistoryReaderTest {
    private static Database db;
    private static CustomerHistory history;

    @BeforeAll
    static void load() throws Exception {
        db = TestDatabases.fresh();
        PlantedSample.load(db);
        history = new CustomerHistoryReader(db).read(180, Progress.none());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theCutoffLiesTheWindowBeforeTheDayAfterTheLastOrder() throws Exception {
        LocalDate last = queryDate("SELECT MAX(order_date) FROM orders");
        assertEquals(last.plusDays(1).minusDays(180), history.cutoff());
        assertEquals(history.cutoff(), history.atCutoff().asOf());
        assertEquals(last.plusDays(1), history.current().asOf());
        assertEquals(180, history.windowDays());
    }

    @Test
    void bothTablesHaveTheSameRowsAndFeatureColumns() {
        FeatureTable before = history.atCutoff().table();
        FeatureTable now = history.current().table();
        assertArrayEquals(history.atCutoff().customerIds(), history.current().customerIds());
        assertEquals(before.rowIds(), now.rowIds());
        assertEquals(PlantedSample.truth().customerCount(), before.rowCount());
        for (int i = 1; i < before.rowCount(); i++) {
            assertTrue(history.atCutoff().customerIds()[i - 1] < history.atCutoff().customerIds()[i], "id order");
        }
        java.util.List<String> expected = new java.util.ArrayList<>();
        now.numeric().forEach(c -> expected.add(c.name()));
        expected.addAll(CustomerHistory.OUTCOMES);
        java.util.List<String> found = new java.util.ArrayList<>();
        before.numeric().forEach(c -> found.add(c.name()));
        assertEquals(expected, found, "the outcomes follow the same numeric features");
        assertEquals(java.util.List.of("gender", "region", "channel"),
                before.categories().stream().map(c -> c.name()).toList());
        assertEquals(now.numeric().size() + 3, before.numeric().size());
    }

    @Test
    void currentFeaturesAreThoseOfTheWholeData() {
        CustomerFeatureSet all = new CustomerFeatureReader(db).read(Progress.none());
        double[] a = all.table().numeric("monetary").orElseThrow().values();
        double[] b = history.current().table().numeric("monetary").orElseThrow().values();
        assertArrayEquals(a, b, 1e-9);
        assertArrayEquals(all.table().numeric("recency_days").orElseThrow().values(),
                history.current().table().numeric("recency_days").orElseThrow().values(), 0);
    }

    @Test
    void featuresAtTheCutoffIgnoreLaterOrders() throws Exception {
        Map<Long, double[]> before = perCustomer("SELECT customer_id, COUNT(*), SUM(total) FROM orders "
                + "WHERE order_date < ? GROUP BY customer_id", history.cutoff());
        FeatureTable t = history.atCutoff().table();
        long[] ids = history.atCutoff().customerIds();
        double[] frequency = t.numeric("frequency").orElseThrow().values();
        double[] monetary = t.numeric("monetary").orElseThrow().values();
        double[] recency = t.numeric("recency_days").orElseThrow().values();
        for (int i = 0; i < ids.length; i++) {
            double[] sql = before.getOrDefault(ids[i], new double[2]);
            assertEquals(sql[0], frequency[i], 0, "orders before the cutoff of customer " + ids[i]);
            assertEquals(sql[1], monetary[i], 1e-6);
            assertTrue(Double.isNaN(recency[i]) || recency[i] >= 1, "recency measured from the cutoff");
        }
    }

    @Test
    void outcomesMatchTheOrdersInTheWindow() throws Exception {
        Map<Long, double[]> window = perCustomer("SELECT customer_id, COUNT(*), SUM(total) FROM orders "
                + "WHERE order_date >= ? GROUP BY customer_id", history.cutoff());
        FeatureTable t = history.atCutoff().table();
        long[] ids = history.atCutoff().customerIds();
        double[] spend = t.numeric(CustomerHistory.NEXT_SPEND).orElseThrow().values();
        double[] orders = t.numeric(CustomerHistory.NEXT_ORDERS).orElseThrow().values();
        double[] churned = t.numeric(CustomerHistory.CHURNED).orElseThrow().values();
        double[] frequency = t.numeric("frequency").orElseThrow().values();
        double spendSum = 0;
        double knownSum = 0;
        int newcomers = 0;
        for (int i = 0; i < ids.length; i++) {
            double[] sql = window.getOrDefault(ids[i], new double[2]);
            if (Double.isNaN(spend[i])) {
                // not a customer at the cutoff: no order before it, so churn is undefined too
                assertEquals(0, frequency[i]);
                assertTrue(Double.isNaN(orders[i]) && Double.isNaN(churned[i]));
                if (sql[0] > 0) {
                    newcomers++;
                }
                continue;
            }
            assertEquals(sql[0], orders[i], 0);
            assertEquals(sql[1], spend[i], 1e-6);
            knownSum += sql[1];
            spendSum += spend[i];
            if (frequency[i] == 0) {
                assertTrue(Double.isNaN(churned[i]), "no order before the cutoff: churn undefined");
            } else {
                assertEquals(orders[i] == 0 ? 1 : 0, churned[i]);
            }
        }
        assertEquals(knownSum, spendSum, 1e-6);
        assertTrue(newcomers > 10, "newcomers who first ordered in the window have no outcomes: " + newcomers);
    }

    @Test
    void plantedLapsersChurn() {
        PlantedTruth truth = PlantedSample.truth();
        FeatureTable t = history.atCutoff().table();
        double[] churned = t.numeric(CustomerHistory.CHURNED).orElseThrow().values();
        LocalDate end = history.cutoff().plusDays(history.windowDays());
        int lapsedBeforeCutoff = 0;
        int churnedLapsers = 0;
        int lapsers = 0;
        int churnedOthers = 0;
        int others = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (Double.isNaN(churned[i])) {
                continue;
            }
            String id = t.rowIds().get(i);
            Optional<LocalDate> lapse = truth.lapseDate(id);
            if (truth.group(id) == CustomerGroup.LAPSING) {
                assertTrue(lapse.isPresent() && lapse.get().isBefore(end), "lapsers stop before the data ends");
                lapsers++;
                churnedLapsers += (int) churned[i];
                if (!lapse.get().isAfter(history.cutoff())) {
                    lapsedBeforeCutoff++;
                    assertEquals(1, churned[i], "a customer who stopped before the window placed no order in it");
                }
            } else {
                others++;
                churnedOthers += (int) churned[i];
            }
        }
        assertTrue(lapsedBeforeCutoff > 20, "lapsed before the cutoff: " + lapsedBeforeCutoff);
        double lapserRate = (double) churnedLapsers / lapsers;
        double otherRate = (double) churnedOthers / others;
        assertTrue(lapserRate > 0.7, "churn rate of lapsers " + lapserRate);
        assertTrue(lapserRate > 3 * otherRate, "lapsers " + lapserRate + " against the rest " + otherRate);
        assertTrue(churnedLapsers > churnedOthers, "most churned customers are planted lapsers: "
                + churnedLapsers + " against " + churnedOthers);
    }

    @Test
    void windowsTooShortOrTooLongAreRefusedWithTheDataSpan() {
        CustomerHistoryReader reader = new CustomerHistoryReader(db);
        BadParameterException shortWindow = assertThrows(BadParameterException.class,
                () -> reader.read(6, Progress.none()));
        assertEquals("window-days", shortWindow.parameter());
        assertEquals("predict.error.window", shortWindow.messageKey());
        BadParameterException longWindow = assertThrows(BadParameterException.class,
                () -> reader.read(600, Progress.none()));
        assertTrue(longWindow.getMessage().contains("2023-10-0"), longWindow.getMessage());
        assertTrue(longWindow.getMessage().contains("2026-09-"), longWindow.getMessage());
    }

    @Test
    void theHandWrittenSampleHasTooLittleHistory(@TempDir Path dir) throws Exception {
        try (Database small = TestDatabases.fresh()) {
            SampleData.load(small, dir);
            assertThrows(BadParameterException.class, () -> new CustomerHistoryReader(small).read(7, Progress.none()));
        }
    }

    private static LocalDate queryDate(String sql) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getDate(1).toLocalDate();
        }
    }

    private static Map<Long, double[]> perCustomer(String sql, LocalDate date) throws Exception {
        Map<Long, double[]> result = new HashMap<>();
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(date));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getLong(1), new double[] {rs.getLong(2), rs.getDouble(3)});
                }
            }
        }
        return result;
    }
}
