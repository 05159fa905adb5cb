package org.crmworkbench.data.features;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.model.CustomerFeatureSet;
import org.crmworkbench.model.FeatureTable;
import org.crmworkbench.model.FeatureTable.CategoryColumn;
import org.crmworkbench.model.FeatureTable.NumericColumn;
import org.crmworkbench.work.Progress;

/**
 * Builds one row of features per customer from the stored tables. Dates are measured from the day after the last
 * order in the data, so the same data always gives the same features; {@link #read(LocalDate, Progress)} gives the
 * features as they stood on an earlier day (for models that learn what happened next, see
 * {@link CustomerHistoryReader}).
 *
 * <ul>
 * <li>{@code recency_days}: days since the customer's last order (missing without orders)</li>
 * <li>{@code frequency}: number of orders; {@code monetary}: sum of order totals</li>
 * <li>{@code tenure_days}: days since sign-up or the first order, whichever is earlier</li>
 * <li>{@code avg_basket}: monetary value per order; {@code units_per_order}: items per order</li>
 * <li>{@code orders_per_month}: orders per 30.44 days of tenure (tenure counted as at least a month)</li>
 * <li>{@code share_<category>}: the category's share of the customer's spend, e.g. {@code share_books}</li>
 * <li>{@code ratings_count}, {@code avg_rating}; {@code age} from the birth year</li>
 * <li>categories {@code gender}, {@code region}, {@code channel}</li>
 * </ul>
 */
public final class CustomerFeatureReader {
    /**
     * The behaviour features used when none are chosen: recency, frequency (as orders per month, so that new customers
     * are not mistaken for rare ones), monetary value per order, and tenure. Total spend is left out of the default:
     * it is heavy-tailed and, once scaled, splits off the top spenders and little else (measured on the sample data:
     * with it the k sweep suggests k = 2; without it k = 5, the number of planted groups).
     */
    public static final List<String> DEFAULT_FEATURES =
            List.of("recency_days", "orders_per_month", "avg_basket", "tenure_days");
    /** Prefix of the category-share features. */
    public static final String SHARE_PREFIX = "share_";
    private static final double DAYS_PER_MONTH = 30.44;

    private final Database database;

    public CustomerFeatureReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Reads every customer's features; four aggregate queries, progress per query. */
    public CustomerFeatureSet read(Progress progress) {
        return read(null, progress);
    }

    /**
     * Reads every customer's features as they stood at the start of {@code asOf}: only orders placed before that day,
     * ratings given before it (ratings without a time count as before), and sign-up dates before it are used, and
     * days are measured to {@code asOf}. Every customer has a row, in id order, whether known by then or not; a
     * customer not yet known has the features of one without orders (frequency 0, recency missing, tenure missing).
     * Every category any order line of the data has gets its {@code share_} column, so that two readings at
     * different dates have the same columns.
     *
     * @param asOf the day features are measured at, or null for the whole data measured from the day after the
     *             last order (as {@link #read(Progress)})
     */
    public CustomerFeatureSet read(LocalDate asOf, Progress progress) {
        try (Connection c = database.connectForReading()) {
            boolean limited = asOf != null;
            progress.stage("features.stage.customers");
            List<Long> ids = new ArrayList<>();
            List<String> external = new ArrayList<>();
            List<String> gender = new ArrayList<>();
            List<String> region = new ArrayList<>();
            List<String> channel = new ArrayList<>();
            List<Integer> birthYear = new ArrayList<>();
            List<LocalDate> signup = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, external_id, gender, birth_year, region, channel, signup_date FROM customers ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    external.add(rs.getString(2));
                    gender.add(rs.getString(3));
                    int by = rs.getInt(4);
                    birthYear.add(rs.wasNull() ? null : by);
                    region.add(rs.getString(5));
                    channel.add(rs.getString(6));
                    Date d = rs.getDate(7);
                    LocalDate signed = d == null ? null : d.toLocalDate();
                    signup.add(limited && signed != null && !signed.isBefore(asOf) ? null : signed);
                }
            }
            int n = ids.size();
            Map<Long, Integer> row = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                row.put(ids.get(i), i);
            }
            progress.worked(1, 4);
            progress.checkCancelled();

            progress.stage("features.stage.orders");
            if (!limited) {
                LocalDate lastOrder = null;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT MAX(order_date) FROM orders")) {
                    if (rs.next() && rs.getDate(1) != null) {
                        lastOrder = rs.getDate(1).toLocalDate();
                    }
                }
                asOf = lastOrder == null ? LocalDate.now() : lastOrder.plusDays(1);
            }
            double[] recency = nan(n);
            double[] frequency = new double[n];
            double[] monetary = new double[n];
            double[] tenure = nan(n);
            double[] basket = nan(n);
            double[] units = nan(n);
            double[] perMonth = new double[n];
            LocalDate[] first = new LocalDate[n];
            try (PreparedStatement s = limitedTo(c, "SELECT customer_id, COUNT(*), COALESCE(SUM(total), 0), "
                    + "MIN(order_date), MAX(order_date) FROM orders", "order_date < ?", " GROUP BY customer_id", asOf,
                    limited); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer i = row.get(rs.getLong(1));
                    if (i == null) {
                        continue;
                    }
                    frequency[i] = rs.getLong(2);
                    monetary[i] = rs.getDouble(3);
                    first[i] = rs.getDate(4).toLocalDate();
                    recency[i] = ChronoUnit.DAYS.between(rs.getDate(5).toLocalDate(), asOf);
                    basket[i] = monetary[i] / frequency[i];
                }
            }
            for (int i = 0; i < n; i++) {
                LocalDate start = earlier(signup.get(i), first[i]);
                if (start != null) {
                    tenure[i] = Math.max(0, ChronoUnit.DAYS.between(start, asOf));
                    perMonth[i] = frequency[i] / Math.max(1.0, tenure[i] / DAYS_PER_MONTH);
                }
            }
            progress.worked(2, 4);
            progress.checkCancelled();

            progress.stage("features.stage.baskets");
            Map<String, double[]> spendByCategory = new TreeMap<>();
            if (limited) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT p.category "
                        + "FROM order_lines l JOIN products p ON p.id = l.product_id")) {
                    while (rs.next()) {
                        String category = rs.getString(1);
                        spendByCategory.put(SHARE_PREFIX + slug(category == null ? "other" : category), new double[n]);
                    }
                }
            }
            double[] lineSpend = new double[n];
            double[] unitCount = new double[n];
            try (PreparedStatement s = limitedTo(c, "SELECT o.customer_id, p.category, SUM(l.quantity * l.unit_price), "
                    + "SUM(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                    + "JOIN products p ON p.id = l.product_id", "o.order_date < ?",
                    " GROUP BY o.customer_id, p.category", asOf, limited); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer i = row.get(rs.getLong(1));
                    if (i == null) {
                        continue;
                    }
                    String category = rs.getString(2);
                    double spend = rs.getDouble(3);
                    String key = SHARE_PREFIX + slug(category == null ? "other" : category);
                    spendByCategory.computeIfAbsent(key, k -> new double[n])[i] += spend;
                    lineSpend[i] += spend;
                    unitCount[i] += rs.getLong(4);
                }
            }
            Map<String, double[]> shares = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : spendByCategory.entrySet()) {
                double[] share = nan(n);
                for (int i = 0; i < n; i++) {
                    if (lineSpend[i] > 0) {
                        share[i] = e.getValue()[i] / lineSpend[i];
                    }
                }
                shares.put(e.getKey(), share);
            }
            for (int i = 0; i < n; i++) {
                if (frequency[i] > 0) {
                    units[i] = unitCount[i] / frequency[i];
                }
            }
            progress.worked(3, 4);
            progress.checkCancelled();

            progress.stage("features.stage.ratings");
            double[] ratingsCount = new double[n];
            double[] avgRating = nan(n);
            try (PreparedStatement s = limitedTo(c, "SELECT customer_id, COUNT(*), AVG(rating) FROM ratings",
                    "(rated_at IS NULL OR rated_at < ?)", " GROUP BY customer_id", asOf, limited);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer i = row.get(rs.getLong(1));
                    if (i == null) {
                        continue;
                    }
                    ratingsCount[i] = rs.getLong(2);
                    avgRating[i] = rs.getDouble(3);
                }
            }
            double[] age = nan(n);
            for (int i = 0; i < n; i++) {
                if (birthYear.get(i) != null) {
                    age[i] = asOf.getYear() - birthYear.get(i);
                }
            }
            progress.worked(4, 4);

            List<NumericColumn> numeric = new ArrayList<>(List.of(
                    new NumericColumn("recency_days", recency),
                    new NumericColumn("frequency", frequency),
                    new NumericColumn("monetary", monetary),
                    new NumericColumn("tenure_days", tenure),
                    new NumericColumn("avg_basket", basket),
                    new NumericColumn("units_per_order", units),
                    new NumericColumn("orders_per_month", perMonth),
                    new NumericColumn("ratings_count", ratingsCount),
                    new NumericColumn("avg_rating", avgRating),
                    new NumericColumn("age", age)));
            shares.forEach((k, v) -> numeric.add(new NumericColumn(k, v)));
            List<CategoryColumn> categories = List.of(
                    new CategoryColumn("gender", gender.toArray(String[]::new)),
                    new CategoryColumn("region", region.toArray(String[]::new)),
                    new CategoryColumn("channel", channel.toArray(String[]::new)));
            FeatureTable table = new FeatureTable(database.description(), external, numeric, categories);
            long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
            return new CustomerFeatureSet(table, idArray, monetary, asOf, DEFAULT_FEATURES);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read customer features from " + database.description(), e);
        }
    }

    /** The query, with {@code condition} on the day {@code asOf} when {@code limited}. */
    private static PreparedStatement limitedTo(Connection c, String select, String condition, String groupBy,
                                               LocalDate asOf, boolean limited) throws SQLException {
        if (!limited) {
            return c.prepareStatement(select + groupBy);
        }
        PreparedStatement s = c.prepareStatement(select + " WHERE " + condition + groupBy);
        try {
            if (condition.contains("rated_at")) {
                s.setTimestamp(1, Timestamp.valueOf(asOf.atStartOfDay()));
            } else {
                s.setDate(1, Date.valueOf(asOf));
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    /** {@code Home & Kitchen} becomes {@code home_kitchen}: lower-case letters and digits joined by underscores. */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "other" : s;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
