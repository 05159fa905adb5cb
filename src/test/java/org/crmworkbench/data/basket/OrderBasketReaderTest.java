package org.crmworkbench.data.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.model.BasketBasis;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(org.crmworkbench.testing.TestDatabases.BOTH_ENGINES)
class OrderBasketReaderTest {
    @TempDir
    static Path dir;
    private static Database db;

    @BeforeAll
    static void sample() throws Exception {
        db = GeneratedSample.open(dir, 200, 11);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyOrderWithLinesIsOneBasketOfItsDistinctProducts() throws Exception {
        {
            OrderBasketReader reader = new OrderBasketReader(db);
            BasketRows rows = reader.read(BasketBasis.ORDER, Progress.none());
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(DISTINCT order_id), COUNT(DISTINCT order_id || '/' || product_id) FROM order_lines")) {
                rs.next();
                assertEquals(rs.getInt(1), rows.size());
                assertEquals(rs.getInt(2), rows.items().stream().mapToInt(List::size).sum());
            }
            assertEquals(rows.size(), new HashSet<>(rows.ids()).size(), "one basket per order");
            for (List<String> basket : rows.items()) {
                assertFalse(basket.isEmpty());
                assertEquals(basket.size(), new HashSet<>(basket).size(), "a product is in a basket once");
            }
            assertTrue(rows.customers().stream().noneMatch(String::isBlank), "each order names its customer");
            String product = rows.items().get(0).get(0);
            assertFalse(rows.label(product).equals(product), "products read by name");
            assertEquals(rows.size(), reader.extent()[0]);
        }
    }

    @Test
    void perCustomerEachCustomerIsOneBasketOfEverythingTheyBought() throws Exception {
        {
            BasketRows byOrder = new OrderBasketReader(db).read(BasketBasis.ORDER, Progress.none());
            BasketRows byCustomer = new OrderBasketReader(db).read(BasketBasis.CUSTOMER, Progress.none());
            assertEquals(byCustomer.ids(), byCustomer.customers(), "a customer's basket is named by them");
            assertEquals(new HashSet<>(byOrder.customers()).size(), byCustomer.size());
            String customer = byCustomer.ids().get(0);
            Set<String> expected = new HashSet<>();
            for (int t = 0; t < byOrder.size(); t++) {
                if (byOrder.customers().get(t).equals(customer)) {
                    expected.addAll(byOrder.items().get(t));
                }
            }
            assertEquals(expected, new HashSet<>(byCustomer.items().get(0)));
            assertEquals("customer", byCustomer.basis());
        }
    }
}
