package org.crmworkbench.data.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.RepOrder;
import org.crmworkbench.model.RepOrders;
import org.crmworkbench.work.Progress;

/**
 * The stored orders that have a sales rep, with the factors a rep does not control: {@code region} (the customer's),
 * {@code channel} (the order's), {@code category} (the category with most of the order's amount) and
 * {@code value_tier} (the customer's tercile of total spend: low, mid, high).
 *
 * <p>Orders come oldest first (ties by external id). An order's amount is its stored total, or the sum of its lines
 * when the total is missing. The category is the product category with the largest share of the order's line amount
 * (quantity x unit price; a tie goes to the category first in alphabetical order; "" for an order without lines or
 * whose products have no category). The value tier ranks every customer with orders (with or without a rep) by the
 * total of all their orders: at most the spend of the customer a third of the way up is {@code low}, at most the
 * spend two thirds up {@code mid}, above it {@code high}; customers with equal spend share a tier.
 */
public final class RepOrderReader {
    /** The factors every order carries, in this order. */
    public static final List<String> FACTORS = List.of("region", "channel", "category", "value_tier");

    private static final String AMOUNT = "COALESCE(o.total, (SELECT SUM(l.quantity * l.unit_price) FROM order_lines l "
            + "WHERE l.order_id = o.id), 0)";

    private final Database database;

    public RepOrderReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public RepOrders read(Progress progress) {
        progress.stage("sales.progress.orders");
        try (Connection c = database.connectForReading()) {
            long total = count(c, "SELECT COUNT(*) FROM orders WHERE sales_rep_id IS NOT NULL");
            Map<Long, String> tiers = valueTiers(c);
            progress.checkCancelled();
            Map<Long, String> categories = categories(c);
            progress.checkCancelled();
            Map<String, String> names = new HashMap<>();
            Map<String, String> regions = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT external_id, name, region FROM sales_reps")) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
                    regions.put(rs.getString(1), rs.getString(3) == null ? "" : rs.getString(3));
                }
            }
            List<RepOrder> orders = new ArrayList<>((int) Math.min(total, Integer.MAX_VALUE));
            try (PreparedStatement s = c.prepareStatement("SELECT o.id, o.external_id, r.external_id, "
                    + "c.external_id, o.order_date, " + AMOUNT + ", c.region, o.channel, c.id FROM orders o "
                    + "JOIN sales_reps r ON r.id = o.sales_rep_id JOIN customers c ON c.id = o.customer_id "
                    + "ORDER BY o.order_date, o.external_id")) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery()) {
                    long read = 0;
                    while (rs.next()) {
                        String category = categories.getOrDefault(rs.getLong(1), "");
                        orders.add(new RepOrder(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDate(5).toLocalDate(), rs.getDouble(6), List.of(text(rs.getString(7)),
                                text(rs.getString(8)), category, tiers.getOrDefault(rs.getLong(9), ""))));
                        if ((++read & 0x3FFF) == 0) {
                            progress.worked(read, total);
                            progress.checkCancelled();
                        }
                    }
                }
            }
            progress.worked(total, total);
            return new RepOrders(database.description(), FACTORS, orders, names, regions);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the orders with a sales rep from " + database.description(),
                    e);
        }
    }

    /** Each customer's tier of total spend over all their orders. */
    private static Map<Long, String> valueTiers(Connection c) throws SQLException {
        Map<Long, Double> spend = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT o.customer_id, SUM(" + AMOUNT
                + ") FROM orders o GROUP BY o.customer_id")) {
            while (rs.next()) {
                spend.put(rs.getLong(1), rs.getDouble(2));
            }
        }
        Map<Long, String> tiers = new HashMap<>();
        if (spend.isEmpty()) {
            return tiers;
        }
        double[] sorted = spend.values().stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double lowCut = sorted[(n + 2) / 3 - 1];
        double midCut = sorted[(2 * n + 2) / 3 - 1];
        spend.forEach((customer, total) -> tiers.put(customer, total <= lowCut ? "low" : total <= midCut ? "mid"
                : "high"));
        return tiers;
    }

    /** The category with the largest line amount of each order with a rep. */
    private static Map<Long, String> categories(Connection c) throws SQLException {
        Map<Long, String> best = new HashMap<>();
        Map<Long, Double> bestAmount = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT l.order_id, COALESCE(p.category, ''), "
                + "SUM(l.quantity * l.unit_price) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                + "JOIN products p ON p.id = l.product_id WHERE o.sales_rep_id IS NOT NULL "
                + "GROUP BY l.order_id, COALESCE(p.category, '') ORDER BY l.order_id, COALESCE(p.category, '')")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long order = rs.getLong(1);
                    double amount = rs.getDouble(3);
                    Double held = bestAmount.get(order);
                    if (held == null || amount > held) {
                        bestAmount.put(order, amount);
                        best.put(order, rs.getString(2));
                    }
                }
            }
        }
        return best;
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
