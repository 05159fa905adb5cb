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
import org.crmworkbench.data.IdRanks;
import org.crmworkbench.data.IntList;
import org.crmworkbench.data.LongList;
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
            IdRanks row = new IdRanks(ids.stream().mapToLong(Long::longValue).toArray());
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
                    int i = row.rank(rs.getLong(1));
                    if (i < 0) {
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
            CategorySpend spend = categorySpend(c, row, n, limited ? asOf : null, progress);
            Map<String, long[]> centsBySlug = new TreeMap<>();
            for (int k = 0; k < spend.categories().size(); k++) {
                if (!spend.present()[k]) {
                    continue;
                }
                String category = spend.categories().get(k);
                String key = SHARE_PREFIX + slug(category == null ? "other" : category);
                long[] of = spend.cents()[k] == null ? new long[n] : spend.cents()[k];
                spend.cents()[k] = null;
                long[] sum = centsBySlug.putIfAbsent(key, of);
                if (sum != null) {
                    for (int i = 0; i < n; i++) {
                        sum[i] += of[i];
                    }
                }
            }
            Map<String, double[]> shares = new LinkedHashMap<>();
            for (Map.Entry<String, long[]> e : centsBySlug.entrySet()) {
                double[] share = nan(n);
                long[] cents = e.getValue();
                e.setValue(null); // one category's cents at a time beside its shares
                for (int i = 0; i < n; i++) {
                    if (spend.totalCents()[i] > 0) {
                        share[i] = (cents[i] / 100.0) / (spend.totalCents()[i] / 100.0);
                    }
                }
                shares.put(e.getKey(), share);
            }
            long[] unitCount = spend.units();
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
                    int i = row.rank(rs.getLong(1));
                    if (i < 0) {
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

    /**
     * Each customer's spend (in cents, exact) on each product category, the categories bought at all, and the units
     * bought: three plain scans (products, orders, order lines) added up here. The joined {@code GROUP BY customer,
     * category} this replaces ran as a nested loop with a primary-key fetch per order line on H2 and did not finish
     * in 18 minutes on the 6.3M order lines of a 200,000-customer database. Lines of orders on or after
     * {@code before} (when given) count towards no spend, though their categories are still columns.
     */
    private static CategorySpend categorySpend(Connection c, IdRanks row, int n, LocalDate before, Progress progress)
            throws SQLException {
        List<String> categories = new ArrayList<>();
        Map<String, Integer> categoryIndex = new HashMap<>();
        LongList productIds = new LongList();
        IntList productCategory = new IntList();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, category FROM products")) {
            while (rs.next()) {
                productIds.add(rs.getLong(1));
                String category = rs.getString(2);
                Integer k = categoryIndex.get(category);
                if (k == null) {
                    k = categories.size();
                    categories.add(category);
                    categoryIndex.put(category, k);
                }
                productCategory.add(k);
            }
        }
        IdRanks products = new IdRanks(productIds.toArray());
        LongList orderIds = new LongList();
        IntList orderRow = new IntList(); // the customer's row, or -1 for an order that counts towards nothing
        try (PreparedStatement s = c.prepareStatement("SELECT id, customer_id, order_date FROM orders")) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    orderIds.add(rs.getLong(1));
                    int i = row.rank(rs.getLong(2));
                    orderRow.add(before != null && !rs.getDate(3).toLocalDate().isBefore(before) ? -1 : i);
                }
            }
        }
        IdRanks orders = new IdRanks(orderIds.toArray());
        progress.checkCancelled();
        long[][] cents = new long[categories.size()][]; // made for the categories that are bought
        boolean[] present = new boolean[categories.size()];
        long[] total = new long[n];
        long[] units = new long[n];
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            // the price in whole cents: prices have two decimals, so the sums are exact whatever their order
            try (ResultSet rs = s.executeQuery("SELECT order_id, product_id, quantity, "
                    + "CAST(unit_price * 100 AS BIGINT) FROM order_lines")) {
                long read = 0;
                while (rs.next()) {
                    int product = products.rank(rs.getLong(2));
                    if (product < 0) {
                        continue;
                    }
                    int k = productCategory.get(product);
                    present[k] = true;
                    int order = orders.rank(rs.getLong(1));
                    int i = order < 0 ? -1 : orderRow.get(order);
                    if (i >= 0) {
                        long quantity = rs.getLong(3);
                        long lineCents = quantity * rs.getLong(4);
                        if (cents[k] == null) {
                            cents[k] = new long[n];
                        }
                        cents[k][i] += lineCents;
                        total[i] += lineCents;
                        units[i] += quantity;
                    }
                    if ((++read & 0xFFFF) == 0) {
                        progress.checkCancelled();
                    }
                }
            }
        }
        return new CategorySpend(categories, present, cents, total, units);
    }

    /**
     * What {@link #categorySpend} adds up: per category (as named by the products) whether any line bought it and each
     * customer's spend on it in cents; each customer's spend and units over every category.
     */
    private record CategorySpend(List<String> categories, boolean[] present, long[][] cents, long[] totalCents,
                                 long[] units) {
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
