package org.crmworkbench.data.features;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.CustomerHistory;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.FeatureTable.NumericColumn;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Reads the customer features as they stood before the last {@code windowDays} of the data, with what each
 * customer did in those days (see {@link CustomerHistory}), and the features at the end of the data.
 *
 * <p>The data ends on the day after the last order; the cutoff lies {@code windowDays} before that. Both feature
 * tables come from {@link CustomerFeatureReader#read(LocalDate, Progress)}, so they have the same columns and rows.
 */
public final class CustomerHistoryReader {
    /** The default outcome window: the last half year. */
    public static final int DEFAULT_WINDOW_DAYS = 180;
    /** The shortest outcome window accepted. */
    public static final int MIN_WINDOW_DAYS = 7;

    private final Database database;

    public CustomerHistoryReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Whether there is any order to learn from (an empty database has none: a workspace then waits for data). */
    public boolean hasOrders() {
        return orderSpan() != null;
    }

    /**
     * @throws org.crmworkbench.work.BadParameterException naming {@code window-days} when the window is below 7 days
     *         or leaves less history before it than the window itself (the message gives the data's span)
     */
    public CustomerHistory read(int windowDays, Progress progress) {
        LocalDate[] span = orderSpan();
        if (span == null) {
            throw new BadParameterException("window-days", "predict.error.noOrders",
                    "there are no orders to learn from");
        }
        LocalDate end = span[1].plusDays(1);
        long days = ChronoUnit.DAYS.between(span[0], end);
        long longest = days / 2;
        if (windowDays < MIN_WINDOW_DAYS || windowDays > longest) {
            throw new BadParameterException("window-days", "predict.error.window", "expected a window of "
                    + MIN_WINDOW_DAYS + " to " + longest + " days (no longer than the history before it; the orders run "
                    + "from " + span[0] + " to " + span[1] + "), found " + windowDays,
                    windowDays, MIN_WINDOW_DAYS, Math.max(longest, 0), span[0].toString(), span[1].toString());
        }
        LocalDate cutoff = end.minusDays(windowDays);
        CustomerFeatureReader features = new CustomerFeatureReader(database);
        progress.stage("predict.stage.featuresAtCutoff");
        CustomerFeatureSet before = features.read(cutoff, Progress.none());
        progress.worked(1, 4);
        progress.checkCancelled();
        progress.stage("predict.stage.outcomes");
        NumericColumn[] outcomes = outcomes(before, cutoff, end);
        progress.worked(2, 4);
        progress.checkCancelled();
        progress.stage("predict.stage.featuresNow");
        CustomerFeatureSet current = features.read(end, Progress.none());
        progress.worked(4, 4);
        FeatureTable t = before.table();
        List<NumericColumn> numeric = new ArrayList<>(t.numeric());
        numeric.addAll(List.of(outcomes));
        FeatureTable withOutcomes = new FeatureTable(t.source(), t.rowIds(), numeric, t.categories());
        CustomerFeatureSet atCutoff = new CustomerFeatureSet(withOutcomes, before.customerIds(), before.revenue(),
                before.asOf(), before.defaultFeatures());
        return new CustomerHistory(atCutoff, current, cutoff, windowDays);
    }

    /** First and last order date, or null without orders. */
    private LocalDate[] orderSpan() {
        try (Connection c = database.connectForReading(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(order_date), MAX(order_date) FROM orders")) {
            if (!rs.next() || rs.getDate(1) == null) {
                return null;
            }
            return new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()};
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the order dates of " + database.description(), e);
        }
    }

    /** next_spend, next_orders and churned per row of {@code before}, with the NaN rules of {@link CustomerHistory}. */
    private NumericColumn[] outcomes(CustomerFeatureSet before, LocalDate cutoff, LocalDate end) {
        long[] ids = before.customerIds();
        int n = ids.length;
        Map<Long, Integer> row = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            row.put(ids[i], i);
        }
        double[] spend = new double[n];
        double[] orders = new double[n];
        boolean[] orderedBefore = new boolean[n];
        boolean[] known = new boolean[n];
        try (Connection c = database.connectForReading()) {
            try (PreparedStatement s = c.prepareStatement("SELECT customer_id, COUNT(*), COALESCE(SUM(total), 0) "
                    + "FROM orders WHERE order_date >= ? AND order_date < ? GROUP BY customer_id")) {
                s.setDate(1, Date.valueOf(cutoff));
                s.setDate(2, Date.valueOf(end));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Integer i = row.get(rs.getLong(1));
                        if (i != null) {
                            orders[i] = rs.getLong(2);
                            spend[i] = rs.getDouble(3);
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT customer_id FROM orders WHERE order_date < ?")) {
                s.setDate(1, Date.valueOf(cutoff));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Integer i = row.get(rs.getLong(1));
                        if (i != null) {
                            orderedBefore[i] = true;
                            known[i] = true;
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM customers WHERE signup_date < ?")) {
                s.setDate(1, Date.valueOf(cutoff));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Integer i = row.get(rs.getLong(1));
                        if (i != null) {
                            known[i] = true;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the orders after the cutoff from " + database.description(), e);
        }
        double[] churned = new double[n];
        for (int i = 0; i < n; i++) {
            if (!known[i]) {
                spend[i] = Double.NaN;
                orders[i] = Double.NaN;
                churned[i] = Double.NaN;
            } else if (!orderedBefore[i]) {
                churned[i] = Double.NaN;
            } else {
                churned[i] = orders[i] == 0 ? 1 : 0;
            }
        }
        return new NumericColumn[] {
                new NumericColumn(CustomerHistory.NEXT_SPEND, spend),
                new NumericColumn(CustomerHistory.NEXT_ORDERS, orders),
                new NumericColumn(CustomerHistory.CHURNED, churned)};
    }
}
