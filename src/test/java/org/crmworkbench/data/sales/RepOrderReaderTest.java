package org.crmworkbench.data.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(org.crmworkbench.testing.TestDatabases.BOTH_ENGINES)
class RepOrderReaderTest {
    @TempDir
    static Path dir;
    private static Database db;
    private static RepOrders read;

    @BeforeAll
    static void sample() throws Exception {
        db = GeneratedSample.open(dir, 200, 11);
        read = new RepOrderReader(db).read(Progress.none());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyOrderWithARepIsReadOldestFirstWithItsTotal() throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*), SUM(total), COUNT(DISTINCT sales_rep_id), COUNT(DISTINCT customer_id) "
                        + "FROM orders WHERE sales_rep_id IS NOT NULL")) {
            rs.next();
            assertTrue(rs.getInt(1) > 100, "the sample has orders with reps");
            assertEquals(rs.getInt(1), read.orders().size());
            assertEquals(rs.getDouble(2), read.orders().stream().mapToDouble(RepOrder::amount).sum(), 1e-6);
            assertEquals(rs.getInt(3), read.orders().stream().map(RepOrder::repId).distinct().count());
            assertEquals(rs.getInt(4), read.orders().stream().map(RepOrder::customerId).distinct().count());
        }
        assertEquals(RepOrderReader.FACTORS, read.factorNames());
        for (int i = 1; i < read.orders().size(); i++) {
            assertFalse(read.orders().get(i).date().isBefore(read.orders().get(i - 1).date()), "oldest first");
        }
        assertEquals(read.orders().size(), read.orders().stream().map(RepOrder::orderId).distinct().count());
    }

    @Test
    void repsAreNamedAndPlacedFromTheRepTable() throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT external_id, name, region FROM sales_reps")) {
            int reps = 0;
            while (rs.next()) {
                reps++;
                assertEquals(rs.getString(2), read.name(rs.getString(1)));
                assertEquals(rs.getString(3), read.repRegions().get(rs.getString(1)));
            }
            assertEquals(reps, read.repNames().size());
        }
    }

    @Test
    void regionIsTheCustomersAndChannelTheOrdersAsStored() throws Exception {
        Map<String, String[]> stored = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT o.external_id, cu.region, o.channel FROM orders o JOIN customers cu ON cu.id = o.customer_id "
                        + "WHERE o.sales_rep_id IS NOT NULL")) {
            while (rs.next()) {
                stored.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        for (RepOrder o : read.orders()) {
            assertEquals(stored.get(o.orderId())[0], o.factors().get(0));
            assertEquals(stored.get(o.orderId())[1], o.factors().get(1));
        }
        Set<String> channels = new HashSet<>();
        read.orders().forEach(o -> channels.add(o.factors().get(1)));
        assertEquals(Set.of("store", "phone"), channels, "reps take store and phone orders only");
    }

    @Test
    void categoryIsTheOneWithTheLargestShareOfTheOrdersLineAmount() throws Exception {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT p.category, SUM(l.quantity * l.unit_price) AS amount FROM order_lines l "
                        + "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
                        + "WHERE o.external_id = ? GROUP BY p.category ORDER BY amount DESC, p.category")) {
            int checked = 0;
            for (int i = 0; i < read.orders().size(); i += 7) {
                RepOrder o = read.orders().get(i);
                s.setString(1, o.orderId());
                try (ResultSet rs = s.executeQuery()) {
                    assertEquals(rs.next() ? rs.getString(1) : "", o.factors().get(2), o.orderId());
                }
                checked++;
            }
            assertTrue(checked > 20);
        }
        assertTrue(read.orders().stream().anyMatch(o -> !o.factors().get(2).isEmpty()));
    }

    @Test
    void valueTiersSplitCustomersByTotalSpendIntoThirds() throws Exception {
        Map<String, Double> spend = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT cu.external_id, SUM(o.total) FROM orders o JOIN customers cu ON cu.id = o.customer_id "
                        + "GROUP BY cu.external_id")) {
            while (rs.next()) {
                spend.put(rs.getString(1), rs.getDouble(2));
            }
        }
        Map<String, String> tier = new HashMap<>();
        for (RepOrder o : read.orders()) {
            String before = tier.put(o.customerId(), o.factors().get(3));
            assertTrue(before == null || before.equals(o.factors().get(3)), "one tier per customer");
        }
        double lowMax = max(tier, spend, "low");
        double midMin = min(tier, spend, "mid");
        double midMax = max(tier, spend, "mid");
        double highMin = min(tier, spend, "high");
        assertTrue(lowMax < midMin && midMax < highMin, "tiers are ordered by total spend");
        // over every customer with orders, a third is low (cut at the customer a third of the way up)
        List<Double> sorted = spend.values().stream().sorted().toList();
        int n = sorted.size();
        double cut = sorted.get((n + 2) / 3 - 1);
        long low = spend.values().stream().filter(v -> v <= cut).count();
        assertTrue(Math.abs(low - n / 3.0) <= 2, "a third of the customers are low: " + low + " of " + n);
        for (var e : tier.entrySet()) {
            assertEquals(spend.get(e.getKey()) <= cut, "low".equals(e.getValue()), e.getKey());
        }
    }

    private static double max(Map<String, String> tier, Map<String, Double> spend, String level) {
        return tier.entrySet().stream().filter(e -> e.getValue().equals(level))
                .mapToDouble(e -> spend.get(e.getKey())).max().orElseThrow();
    }

    private static double min(Map<String, String> tier, Map<String, Double> spend, String level) {
        return tier.entrySet().stream().filter(e -> e.getValue().equals(level))
                .mapToDouble(e -> spend.get(e.getKey())).min().orElseThrow();
    }
}
