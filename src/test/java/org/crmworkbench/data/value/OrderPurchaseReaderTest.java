package org.crmworkbench.data.value;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmworkbench.model.Purchase;
import org.crmworkbench.model.PurchaseSpan;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class OrderPurchaseReaderTest {
    @TempDir
    Path dir;

    @Test
    void everyStoredOrderIsOnePurchaseOfItsCustomerForItsTotal() throws Exception {
        try (Database db = GeneratedSample.open(dir, 300, 7)) {
            OrderPurchaseReader reader = new OrderPurchaseReader(db);
            List<Purchase> purchases = reader.read(Progress.none());
            PurchaseSpan span = reader.span();
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*), SUM(total), MIN(order_date), MAX(order_date), COUNT(DISTINCT customer_id) "
                            + "FROM orders")) {
                rs.next();
                assertEquals(rs.getLong(1), purchases.size());
                assertEquals(rs.getLong(1), span.purchases());
                assertEquals(rs.getDouble(2), purchases.stream().mapToDouble(Purchase::amount).sum(), 1e-6);
                assertEquals(rs.getDate(3).toLocalDate(), span.first());
                assertEquals(rs.getDate(4).toLocalDate(), span.last());
                assertEquals(rs.getInt(5), span.customers());
            }
            Set<String> customers = purchases.stream().map(Purchase::customerId).collect(Collectors.toSet());
            assertEquals(span.customers(), customers.size());
            for (int i = 1; i < purchases.size(); i++) {
                Purchase a = purchases.get(i - 1);
                Purchase b = purchases.get(i);
                int order = a.customerId().compareTo(b.customerId());
                assertTrue(order < 0 || (order == 0 && !b.date().isBefore(a.date())), "ordered at " + i);
            }
        }
    }

    @Test
    void anOrderWithoutATotalIsWorthItsLines() throws Exception {
        try (Database db = GeneratedSample.open(dir, 50, 3)) {
            long orderId;
            double lines;
            try (Connection c = db.connect()) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT o.id, SUM(l.quantity * l.unit_price) "
                        + "FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.id ORDER BY o.id")) {
                    rs.next();
                    orderId = rs.getLong(1);
                    lines = rs.getDouble(2);
                }
                c.createStatement().executeUpdate("UPDATE orders SET total = NULL WHERE id = " + orderId);
                try (ResultSet rs = c.createStatement().executeQuery("SELECT SUM(total) FROM orders")) {
                    rs.next();
                    double expected = rs.getDouble(1) + lines;
                    double read = new OrderPurchaseReader(db).read(Progress.none()).stream()
                            .mapToDouble(Purchase::amount).sum();
                    assertEquals(expected, read, 1e-6);
                }
            }
        }
    }

    @Test
    void anEmptyDatabaseHasNoSpan() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            assertNull(new OrderPurchaseReader(db).span());
            assertTrue(new OrderPurchaseReader(db).read(Progress.none()).isEmpty());
        }
    }
}
