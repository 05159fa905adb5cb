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
            SortedLookup tiers = valueTiers(c);
            progress.checkCancelled();
            SortedLookup categories = categories(c);
            progress.checkCancelled();
            // one copy of each repeated text, day and set of factors: 6.4M orders of a 1M-customer database held
            // a new string per field and row (about 2 GB) before
            Map<Object, Object> shared = new HashMap<>();
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
                        String category = categories.get(rs.getLong(1));
                        List<String> factors = List.of(one(shared, text(rs.getString(7))),
                                one(shared, text(rs.getString(8))), category, tiers.get(rs.getLong(9)));
                        orders.add(new RepOrder(rs.getString(2), one(shared, rs.getString(3)),
                                one(shared, rs.getString(4)), one(shared, rs.getDate(5).toLocalDate()),
                                rs.getDouble(6), one(shared, factors)));
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
    private static SortedLookup valueTiers(Connection c) throws SQLException {
        SortedLookup.Builder customers = new SortedLookup.Builder();
        double[] spend = new double[1024];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT o.customer_id, SUM(" + AMOUNT
                + ") FROM orders o GROUP BY o.customer_id ORDER BY o.customer_id")) {
            while (rs.next()) {
                if (customers.size() == spend.length) {
                    spend = Arrays.copyOf(spend, spend.length * 2);
                }
                spend[customers.size()] = rs.getDouble(2);
                customers.add(rs.getLong(1), 0);
            }
        }
        List<String> names = List.of("low", "mid", "high");
        int n = customers.size();
        if (n == 0) {
            return customers.build(names);
        }
        double[] sorted = Arrays.copyOf(spend, n);
        Arrays.sort(sorted);
        double lowCut = sorted[(n + 2) / 3 - 1];
        double midCut = sorted[(2 * n + 2) / 3 - 1];
        for (int i = 0; i < n; i++) {
            double total = spend[i];
            customers.set(i, total <= lowCut ? 0 : total <= midCut ? 1 : 2);
        }
        return customers.build(names);
    }

    /** The category with the largest line amount of each order with a rep. */
    private static SortedLookup categories(Connection c) throws SQLException {
        SortedLookup.Builder orders = new SortedLookup.Builder();
        List<String> names = new ArrayList<>();
        Map<String, Integer> number = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT l.order_id, COALESCE(p.category, ''), "
                + "SUM(l.quantity * l.unit_price) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                + "JOIN products p ON p.id = l.product_id WHERE o.sales_rep_id IS NOT NULL "
                + "GROUP BY l.order_id, COALESCE(p.category, '') ORDER BY l.order_id, COALESCE(p.category, '')")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                long current = Long.MIN_VALUE;
                double held = 0;
                while (rs.next()) {
                    long order = rs.getLong(1);
                    double amount = rs.getDouble(3);
                    if (order != current || amount > held) {
                        String category = rs.getString(2);
                        Integer k = number.computeIfAbsent(category, x -> {
                            names.add(x);
                            return names.size() - 1;
                        });
                        if (order != current) {
                            orders.add(order, k);
                        } else {
                            orders.set(orders.size() - 1, k);
                        }
                        current = order;
                        held = amount;
                    }
                }
            }
        }
        return orders.build(names);
    }

    /** The one copy kept in {@code shared} of a value equal to {@code value}. */
    @SuppressWarnings("unchecked")
    private static <T> T one(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
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
