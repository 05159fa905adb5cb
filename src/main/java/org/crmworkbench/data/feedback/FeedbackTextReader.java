package org.crmworkbench.data.feedback;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;

/**
 * The stored feedback with its context: the customer's region, total-spend percentile and days since the last order,
 * the product and its category, the customer's segment in the newest saved segment run and the rep of their latest
 * order with a rep.
 *
 * <p>A customer's spend is the sum of their order lines (quantity × unit price); the percentile is the share of all
 * stored customers whose spend is at most theirs, so the top spender stands at 1 and customers without orders share
 * the bottom. The end of the data is the day after the newest order.
 */
public final class FeedbackTextReader {
    private static final int STEP = 4096;

    private final Database database;

    public FeedbackTextReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Every stored feedback, oldest first (texts without a time last, by id). */
    public List<FeedbackText> read(Progress progress) {
        try (Connection c = database.connectForReading(); Statement s = c.createStatement()) {
            progress.stage("feedback.stage.customers");
            Map<Long, CustomerContext> customers = customers(s);
            progress.checkCancelled();
            progress.stage("feedback.stage.texts");
            int total = count(s, "SELECT COUNT(*) FROM feedback");
            List<FeedbackText> texts = new ArrayList<>(total);
            s.setFetchSize(STEP);
            try (ResultSet rs = s.executeQuery("SELECT f.external_id, f.customer_id, f.created_at, f.channel, "
                    + "f.language, f.text, p.name, p.category FROM feedback f LEFT JOIN products p "
                    + "ON p.id = f.product_id ORDER BY f.created_at NULLS LAST, f.id")) {
                while (rs.next()) {
                    long customerId = rs.getLong(2);
                    CustomerContext customer = rs.wasNull() ? null : customers.get(customerId);
                    Timestamp at = rs.getTimestamp(3);
                    texts.add(new FeedbackText(rs.getString(1), customer == null ? null : customer.externalId,
                            at == null ? null : at.toLocalDateTime(), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8),
                            customer == null ? null : customer.region, customer == null ? null : customer.segment,
                            customer == null ? null : customer.rep,
                            customer == null ? Double.NaN : customer.percentile,
                            customer == null ? -1 : customer.daysSinceLastOrder));
                    if (texts.size() % STEP == 0) {
                        progress.checkCancelled();
                        progress.worked(texts.size(), Math.max(total, texts.size()));
                    }
                }
            }
            progress.worked(texts.size(), Math.max(1, texts.size()));
            return texts;
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the feedback from " + database.description(), e);
        }
    }

    /** What the feedback of one customer is broken down and ranked by. */
    private static final class CustomerContext {
        String externalId;
        String region;
        String segment;
        String rep;
        double spend;
        double percentile = Double.NaN;
        int daysSinceLastOrder = -1;
        LocalDate repOrderDay;
    }

    private static Map<Long, CustomerContext> customers(Statement s) throws SQLException {
        Map<Long, CustomerContext> customers = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT id, external_id, region FROM customers")) {
            while (rs.next()) {
                CustomerContext c = new CustomerContext();
                c.externalId = rs.getString(2);
                c.region = rs.getString(3);
                customers.put(rs.getLong(1), c);
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT o.customer_id, SUM(l.quantity * l.unit_price) FROM orders o "
                + "JOIN order_lines l ON l.order_id = o.id GROUP BY o.customer_id")) {
            while (rs.next()) {
                CustomerContext c = customers.get(rs.getLong(1));
                if (c != null) {
                    c.spend = rs.getDouble(2);
                }
            }
        }
        percentiles(customers);
        lastOrders(s, customers);
        reps(s, customers);
        segments(s, customers);
        return customers;
    }

    private static void percentiles(Map<Long, CustomerContext> customers) {
        double[] spends = customers.values().stream().mapToDouble(c -> c.spend).sorted().toArray();
        for (CustomerContext c : customers.values()) {
            int atMost = upperBound(spends, c.spend);
            c.percentile = (double) atMost / spends.length;
        }
    }

    /** How many of the sorted {@code values} are at most {@code value}. */
    private static int upperBound(double[] values, double value) {
        int i = Arrays.binarySearch(values, Math.nextUp(value));
        return i >= 0 ? i : -i - 1;
    }

    private static void lastOrders(Statement s, Map<Long, CustomerContext> customers) throws SQLException {
        Map<Long, LocalDate> last = new HashMap<>();
        LocalDate newest = null;
        try (ResultSet rs = s.executeQuery("SELECT customer_id, MAX(order_date) FROM orders GROUP BY customer_id")) {
            while (rs.next()) {
                LocalDate day = rs.getDate(2).toLocalDate();
                last.put(rs.getLong(1), day);
                newest = newest == null || day.isAfter(newest) ? day : newest;
            }
        }
        if (newest == null) {
            return;
        }
        LocalDate end = newest.plusDays(1);
        last.forEach((id, day) -> {
            CustomerContext c = customers.get(id);
            if (c != null) {
                c.daysSinceLastOrder = (int) ChronoUnit.DAYS.between(day, end);
            }
        });
    }

    private static void reps(Statement s, Map<Long, CustomerContext> customers) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT o.customer_id, o.order_date, r.name FROM orders o "
                + "JOIN sales_reps r ON r.id = o.sales_rep_id ORDER BY o.customer_id, o.order_date, o.id")) {
            while (rs.next()) {
                CustomerContext c = customers.get(rs.getLong(1));
                Date day = rs.getDate(2);
                if (c != null && (c.repOrderDay == null || !day.toLocalDate().isBefore(c.repOrderDay))) {
                    c.repOrderDay = day.toLocalDate();
                    c.rep = rs.getString(3);
                }
            }
        }
    }

    private static void segments(Statement s, Map<Long, CustomerContext> customers) throws SQLException {
        long run;
        try (ResultSet rs = s.executeQuery("SELECT MAX(run_id) FROM segment_assignments")) {
            rs.next();
            run = rs.getLong(1);
            if (rs.wasNull()) {
                return;
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT a.customer_id, g.name FROM segment_assignments a JOIN segments g "
                + "ON g.run_id = a.run_id AND g.segment = a.segment WHERE a.run_id = " + run)) {
            while (rs.next()) {
                CustomerContext c = customers.get(rs.getLong(1));
                if (c != null) {
                    c.segment = rs.getString(2);
                }
            }
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
