package org.crmworkbench.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.crmworkbench.model.RatingRows;
import org.crmworkbench.work.Progress;

/**
 * Reads the ratings table whole into primitive arrays. The query runs with H2's lazy execution, which streams
 * rows instead of first buffering the result (to disk past 40,000 rows): measured on 1,000,000 ratings, about
 * 2.8M rows/s against 1.4M rows/s buffered.
 */
public final class RatingsReader {
    private static final int CHECK_EVERY = 1 << 16;

    private final Database database;

    public RatingsReader(Database database) {
        this.database = database;
    }

    public RatingRows readAll(Progress progress) {
        try (Connection c = database.connectForReading(); Statement s = c.createStatement()) {
            long expected;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ratings")) {
                rs.next();
                expected = rs.getLong(1);
            }
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, expected));
            long[] customers = new long[capacity];
            long[] products = new long[capacity];
            float[] ratings = new float[capacity];
            long[] times = new long[capacity];
            int n = 0;
            s.setFetchSize(10_000);
            database.streamResults(c, true);
            try (ResultSet rs = s.executeQuery("SELECT customer_id, product_id, rating, rated_at FROM ratings")) {
                while (rs.next()) {
                    if (n == customers.length) {
                        int grown = customers.length * 2;
                        customers = Arrays.copyOf(customers, grown);
                        products = Arrays.copyOf(products, grown);
                        ratings = Arrays.copyOf(ratings, grown);
                        times = Arrays.copyOf(times, grown);
                    }
                    customers[n] = rs.getLong(1);
                    products[n] = rs.getLong(2);
                    ratings[n] = rs.getFloat(3);
                    LocalDateTime t = rs.getObject(4, LocalDateTime.class);
                    times[n] = t == null ? RatingRows.UNKNOWN_TIME : t.toEpochSecond(ZoneOffset.UTC);
                    if ((++n & (CHECK_EVERY - 1)) == 0) {
                        progress.checkCancelled();
                        progress.worked(n, expected);
                    }
                }
            } finally {
                database.streamResults(c, false);
            }
            progress.worked(n, n);
            if (n == customers.length) {
                return new RatingRows(customers, products, ratings, times);
            }
            return new RatingRows(Arrays.copyOf(customers, n), Arrays.copyOf(products, n), Arrays.copyOf(ratings, n),
                    Arrays.copyOf(times, n));
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read ratings from " + database.description() + ": " + e.getMessage(), e);
        }
    }
}
