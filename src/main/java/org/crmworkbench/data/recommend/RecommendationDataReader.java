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

    private static PurchaseRows purchases(Statement s) throws SQLException {
        long[] customers = new long[1024];
        long[] products = new long[1024];
        float[] quantities = new float[1024];
        int[] orders = new int[1024];
        int n = 0;
        try (ResultSet rs = s.executeQuery("SELECT o.customer_id, l.product_id, SUM(l.quantity), COUNT(DISTINCT o.id)"
                + " FROM order_lines l JOIN orders o ON o.id = l.order_id GROUP BY o.customer_id, l.product_id")) {
            while (rs.next()) {
                if (n == customers.length) {
                    customers = Arrays.copyOf(customers, n * 2);
                    products = Arrays.copyOf(products, n * 2);
                    quantities = Arrays.copyOf(quantities, n * 2);
                    orders = Arrays.copyOf(orders, n * 2);
                }
                customers[n] = rs.getLong(1);
                products[n] = rs.getLong(2);
                quantities[n] = rs.getFloat(3);
                orders[n] = rs.getInt(4);
                n++;
            }
        }
        return new PurchaseRows(Arrays.copyOf(customers, n), Arrays.copyOf(products, n),
                Arrays.copyOf(quantities, n), Arrays.copyOf(orders, n));
    }
}
