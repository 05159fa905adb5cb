package org.crmworkbench.data.basket;

import java.sql.Connection;
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
import org.crmworkbench.data.IdRanks;
import org.crmworkbench.data.IntList;
import org.crmworkbench.data.LongList;
import org.crmworkbench.model.BasketBasis;
import org.crmworkbench.model.BasketRows;
import org.crmworkbench.model.CodedTexts;
import org.crmworkbench.model.PackedTexts;
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

    /**
     * Every basket of the stored orders on {@code basis}; no rows when there are no order lines. Read as four plain
     * scans (products, customers, orders, order lines) put together here rather than one joined and sorted query: on
     * H2 that join took 38 minutes for the 8M order lines of a 200,000-customer database (a primary-key fetch per
     * line), and its rows held a new string per product of every line (31M lines would not fit in 2 GB of heap). The
     * baskets are kept as numbers into the products' and orders' ids ({@link CodedTexts}, {@link PackedTexts}).
     */
    public BasketRows read(BasketBasis basis, Progress progress) {
        progress.stage("basket.progress.orders");
        boolean byOrder = basis == BasketBasis.ORDER;
        try (Connection c = database.connectForReading()) {
            long total = count(c, "SELECT COUNT(*) FROM order_lines");
            // ranks in external-id order, as the database sorts them: baskets and their items come in that order
            List<String> productIds = new ArrayList<>();
            List<String> productNames = new ArrayList<>();
            IdRanks products = ranks(c, "SELECT id, external_id, name FROM products ORDER BY external_id", rs -> {
                productIds.add(rs.getString(2));
                productNames.add(rs.getString(3));
            });
            PackedTexts.Builder customerIds = new PackedTexts.Builder();
            IdRanks customers = ranks(c, "SELECT id, external_id FROM customers ORDER BY external_id",
                    rs -> customerIds.add(rs.getString(2)));
            PackedTexts.Builder orderIds = new PackedTexts.Builder();
            IntList orderCustomer = new IntList();
            IdRanks orders = ranks(c, "SELECT id, customer_id" + (byOrder ? ", external_id" : "")
                    + " FROM orders" + (byOrder ? " ORDER BY external_id" : ""), rs -> {
                        orderCustomer.add(customers.rank(rs.getLong(2)));
                        if (byOrder) {
                            orderIds.add(rs.getString(3));
                        }
                    });
            progress.checkCancelled();
            // each line as (basket, product) in one long, sorted: baskets in order, their products in order
            long[] lines = new long[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, total))];
            int n = 0;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("SELECT order_id, product_id FROM order_lines")) {
                    while (rs.next()) {
                        int order = orders.rank(rs.getLong(1));
                        int product = products.rank(rs.getLong(2));
                        int customer = order < 0 ? -1 : orderCustomer.get(order);
                        int basket = byOrder ? order : customer;
                        if (customer < 0 || product < 0) {
                            continue; // a line of an order or product not in this snapshot: none, given the keys
                        }
                        if (n == lines.length) {
                            lines = Arrays.copyOf(lines, lines.length + (lines.length >> 1) + 16);
                        }
                        lines[n++] = ((long) basket << 32) | product;
                        if ((n & 0x3FFF) == 0) {
                            progress.worked(n, total);
                            progress.checkCancelled();
                        }
                    }
                }
            }
            Arrays.sort(lines, 0, n);
            progress.worked(total, total);
            IntList basketKeys = new IntList();
            IntList starts = new IntList();
            int[] items = new int[n];
            boolean[] used = new boolean[productIds.size()];
            int m = 0;
            long previous = -1;
            for (int i = 0; i < n; i++) {
                long line = lines[i];
                if (line == previous) {
                    continue; // a product on two lines of one basket is in it once
                }
                int basket = (int) (line >>> 32);
                if (previous < 0 || basket != (int) (previous >>> 32)) {
                    basketKeys.add(basket);
                    starts.add(m);
                }
                int product = (int) line;
                items[m++] = product;
                used[product] = true;
                previous = line;
            }
            lines = null;
            starts.add(m);
            int[] keys = basketKeys.toArray();
            List<String> customerList = customerIds.build();
            List<String> ids;
            List<String> basketCustomers;
            if (byOrder) {
                int[] customerOfBasket = new int[keys.length];
                for (int t = 0; t < keys.length; t++) {
                    customerOfBasket[t] = orderCustomer.get(keys[t]);
                }
                ids = new CodedTexts(keys, 0, keys.length, orderIds.build());
                basketCustomers = new CodedTexts(customerOfBasket, 0, keys.length, customerList);
            } else {
                ids = new CodedTexts(keys, 0, keys.length, customerList);
                basketCustomers = ids;
            }
            Map<String, String> labels = new HashMap<>();
            for (int p = 0; p < used.length; p++) {
                if (used[p]) {
                    labels.put(productIds.get(p), productNames.get(p));
                }
            }
            List<List<String>> baskets = CodedTexts.baskets(starts.toArray(), Arrays.copyOf(items, m),
                    List.copyOf(productIds));
            return new BasketRows(database.description(), basis.cliName(), ids, basketCustomers, baskets, labels);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the order lines from " + database.description(), e);
        }
    }

    /** What a row of a ranking query adds beside its id. */
    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Ranks the ids of the query's first column in the order its rows come, handing each row to {@code sink}. */
    private static IdRanks ranks(Connection c, String sql, RowSink sink) throws SQLException {
        LongList ids = new LongList();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    sink.accept(rs);
                }
            }
        }
        return new IdRanks(ids.toArray());
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

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
