package org.crmworkbench.data.recommend;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.RatingsReader;
import org.crmworkbench.model.Customer;
import org.crmworkbench.model.Product;
import org.crmworkbench.model.PurchaseRows;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.model.RecommendationData;
import org.crmworkbench.work.Progress;

/**
 * Reads what recommendation needs from the database: every customer and product (ordered by id), all ratings, and
 * the purchases summed per customer and product from the order lines.
 */
public final class RecommendationDataReader {
    private final Database database;

    public RecommendationDataReader(Database database) {
        this.database = database;
    }

    public RecommendationData read(Progress progress) {
        progress.stage("recommend.stage.read");
        try (Connection c = database.connectForReading(); Statement s = c.createStatement()) {
            List<Customer> customers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, external_id, name FROM customers ORDER BY id")) {
                while (rs.next()) {
                    customers.add(new Customer(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            progress.checkCancelled();
            List<Product> products = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, external_id, name, category, brand, price, tags, description"
                    + " FROM products ORDER BY id")) {
                while (rs.next()) {
                    BigDecimal price = rs.getBigDecimal(6);
                    products.add(new Product(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), price == null ? Double.NaN : price.doubleValue(), rs.getString(7),
                            rs.getString(8)));
                }
            }
            progress.checkCancelled();
            PurchaseRows purchases = purchases(s);
            progress.checkCancelled();
            RatingRows ratings = new RatingsReader(database).readAll(progress);
            return new RecommendationData(customers, products, ratings, purchases, database.description());
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read recommendation data from " + database.description() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Each customer's purchases of each product, gathered in blocks and copied once into arrays of exactly their size:
     * doubling arrays as they filled held up to three times the 734 MB that the 30.6M purchases of a 1M-customer
     * database take.
     */
    private static PurchaseRows purchases(Statement s) throws SQLException {
        int block = 1 << 20;
        List<long[]> customers = new ArrayList<>();
        List<long[]> products = new ArrayList<>();
        List<float[]> quantities = new ArrayList<>();
        List<int[]> orders = new ArrayList<>();
        int n = 0;
        try (ResultSet rs = s.executeQuery("SELECT o.customer_id, l.product_id, SUM(l.quantity), COUNT(DISTINCT o.id)"
                + " FROM order_lines l JOIN orders o ON o.id = l.order_id GROUP BY o.customer_id, l.product_id")) {
            while (rs.next()) {
                int at = n % block;
                if (at == 0) {
                    customers.add(new long[block]);
                    products.add(new long[block]);
                    quantities.add(new float[block]);
                    orders.add(new int[block]);
                }
                int last = customers.size() - 1;
                customers.get(last)[at] = rs.getLong(1);
                products.get(last)[at] = rs.getLong(2);
                quantities.get(last)[at] = rs.getFloat(3);
                orders.get(last)[at] = rs.getInt(4);
                n++;
            }
        }
        // one column at a time, each block let go once copied: at most the blocks and one column are held
        long[] c = joinLongs(customers, block, n);
        long[] p = joinLongs(products, block, n);
        float[] q = new float[n];
        for (int k = 0; k < quantities.size(); k++) {
            System.arraycopy(quantities.set(k, null), 0, q, k * block, Math.min(block, n - k * block));
        }
        int[] o = new int[n];
        for (int k = 0; k < orders.size(); k++) {
            System.arraycopy(orders.set(k, null), 0, o, k * block, Math.min(block, n - k * block));
        }
        return new PurchaseRows(c, p, q, o);
    }

    private static long[] joinLongs(List<long[]> blocks, int block, int n) {
        long[] all = new long[n];
        for (int k = 0; k < blocks.size(); k++) {
            System.arraycopy(blocks.set(k, null), 0, all, k * block, Math.min(block, n - k * block));
        }
        return all;
    }

}
