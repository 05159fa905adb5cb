package org.crmworkbench.data.basket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.BasketBasis;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.work.Progress;

/**
 * The stored order lines as baskets of product external ids, labelled with the products' names: one basket per order
 * (named by the order's external id, with its customer) or one per customer (everything they ever bought). Orders
 * without lines are not baskets: they say nothing about what is bought together. A product on two lines of one
 * basket is in it once. Baskets come in the order of their order's or customer's external id.
 */
public final class OrderBasketReader {
    private final Database database;

    public OrderBasketReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Every basket of the stored orders on {@code basis}; no rows when there are no order lines. */
    public BasketRows read(BasketBasis basis, Progress progress) {
        progress.stage("basket.progress.orders");
        String key = basis == BasketBasis.ORDER ? "o.external_id" : "c.external_id";
        String sql = "SELECT " + key + ", c.external_id, p.external_id FROM order_lines l "
                + "JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id "
                + "JOIN products p ON p.id = l.product_id ORDER BY " + key + ", p.external_id";
        List<String> ids = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        try (Connection c = database.connectForReading()) {
            long total = count(c, "SELECT COUNT(*) FROM order_lines");
            Map<String, String> labels = labels(c);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery()) {
                    String current = null;
                    List<String> basket = null;
                    long read = 0;
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (!id.equals(current)) {
                            current = id;
                            basket = new ArrayList<>();
                            ids.add(id);
                            customers.add(rs.getString(2));
                            items.add(basket);
                        }
                        String product = rs.getString(3);
                        if (basket.isEmpty() || !basket.get(basket.size() - 1).equals(product)) {
                            basket.add(product);
                        }
                        if ((++read & 0x3FFF) == 0) {
                            progress.worked(read, total);
                            progress.checkCancelled();
                        }
                    }
                    progress.worked(total, total);
                }
            }
            return new BasketRows(database.description(), basis.cliName(), ids, customers, items, labels);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the order lines from " + database.description(), e);
        }
    }

    /** How many orders and customers have order lines: {@code [orders, customers]}. */
    public long[] extent() {
        try (Connection c = database.connectForReading()) {
            return new long[] {count(c, "SELECT COUNT(DISTINCT order_id) FROM order_lines"),
                    count(c, "SELECT COUNT(DISTINCT o.customer_id) FROM order_lines l JOIN orders o ON o.id = "
                            + "l.order_id")};
        } catch (SQLException e) {
            throw new DatabaseException("Could not count the order lines in " + database.description(), e);
        }
    }

    private static Map<String, String> labels(Connection c) throws SQLException {
        Map<String, String> labels = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT p.external_id, p.name FROM products p JOIN order_lines l ON l.product_id = p.id")) {
            while (rs.next()) {
                labels.put(rs.getString(1), rs.getString(2));
            }
        }
        return labels;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
