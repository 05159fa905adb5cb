package org.crmworkbench.data.series;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseException;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.SeriesMeasure;
import org.crmworkbench.model.SeriesRequest;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;

/**
 * Builds weekly or monthly sales series from the stored orders. Periods without orders count 0; a first or last
 * period the data covers only in part is left out (the series' name says so), so the series ends with a whole period.
 *
 * <p>The data covers the days from the first to the last order date of all orders, whatever the breakdown, so that
 * the series of every group have the same periods and add up to the overall series (revenue of regions, segments and
 * reps; for categories the sum of their order lines).
 *
 * <p>The series' {@link TimeSeries#name() name} is a language-neutral key that faces word for the reader:
 * {@code <measure>/<frequency>[/<breakdown>=<group>][/dropped=<period start>[,<period start>]]}, for example
 * {@code revenue/month/region=North/dropped=2023-10-01}, where {@code measure}, {@code frequency} and
 * {@code breakdown} are the {@code key()}s of {@link SeriesMeasure}, {@link SeriesFrequency} and
 * {@link SeriesBreakdown}, and {@code dropped} lists the partly covered periods left out.
 */
public final class SalesSeriesReader {
    private final Database database;

    public SalesSeriesReader(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The groups of a breakdown, sorted: regions, categories, segment numbers of the latest run, reps' ids. */
    public List<String> groups(SeriesBreakdown breakdown) {
        return switch (breakdown) {
            case OVERALL -> List.of();
            case REGION -> strings("SELECT DISTINCT region FROM customers WHERE region IS NOT NULL ORDER BY region");
            case CATEGORY -> strings("SELECT DISTINCT category FROM products WHERE category IS NOT NULL "
                    + "ORDER BY category");
            case SALES_REP -> strings("SELECT external_id FROM sales_reps ORDER BY external_id");
            case SEGMENT -> latestSegmentRun().map(id -> strings("SELECT DISTINCT segment FROM segment_assignments "
                    + "WHERE run_id = " + id + " ORDER BY segment")).orElse(List.of());
        };
    }

    /**
     * @return the series, empty when there are no orders
     * @throws org.crmworkbench.work.BadParameterException naming {@code group} when the group does not exist
     */
    public TimeSeries read(SeriesRequest request, Progress progress) {
        Objects.requireNonNull(request, "request");
        SeriesBreakdown breakdown = request.breakdown();
        Long segmentRun = null;
        if (breakdown != SeriesBreakdown.OVERALL) {
            List<String> groups = groups(breakdown);
            if (!groups.contains(request.group())) {
                throw new BadParameterException("group", "series.error.group", "expected one of the "
                        + breakdown.key() + " groups " + groups + ", found " + request.group(),
                        request.group(), String.join(", ", groups));
            }
            if (breakdown == SeriesBreakdown.SEGMENT) {
                segmentRun = latestSegmentRun().orElseThrow();
            }
        }
        progress.stage("series.stage.orders");
        SeriesFrequency frequency = request.frequency();
        String name = request.measure().key() + "/" + frequency.key()
                + (breakdown == SeriesBreakdown.OVERALL ? "" : "/" + breakdown.key() + "=" + request.group());
        try (Connection c = database.connectForReading()) {
            LocalDate first;
            LocalDate last;
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(order_date), MAX(order_date) FROM orders");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getDate(1) == null) {
                    return new TimeSeries(name, database.description(), request.measure().key(), frequency,
                            List.of(), new double[0]);
                }
                first = rs.getDate(1).toLocalDate();
                last = rs.getDate(2).toLocalDate();
            }
            progress.worked(1, 3);
            progress.checkCancelled();
            // summed exactly (the money is DECIMAL): a sum of doubles would depend on the order the engine returns
            // the days in, and H2 and PostgreSQL return them in different orders
            TreeMap<LocalDate, java.math.BigDecimal> perPeriod = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(dailyQuery(request.measure(), breakdown))) {
                if (breakdown == SeriesBreakdown.SEGMENT) {
                    s.setLong(1, segmentRun);
                    s.setInt(2, Integer.parseInt(request.group()));
                } else if (breakdown != SeriesBreakdown.OVERALL) {
                    s.setString(1, request.group());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        LocalDate period = frequency.periodStart(rs.getDate(1).toLocalDate());
                        java.math.BigDecimal value = rs.getBigDecimal(2);
                        perPeriod.merge(period, value == null ? java.math.BigDecimal.ZERO : value,
                                java.math.BigDecimal::add);
                    }
                }
            }
            progress.worked(2, 3);
            progress.checkCancelled();
            LocalDate from = frequency.periodStart(first);
            List<String> dropped = new ArrayList<>();
            if (!from.equals(first)) {
                dropped.add(from.toString());
                from = frequency.plus(from, 1);
            }
            LocalDate to = frequency.periodStart(last);
            if (!frequency.periodEnd(to).equals(last)) {
                dropped.add(to.toString());
                to = frequency.plus(to, -1);
            }
            List<LocalDate> periods = new ArrayList<>();
            for (LocalDate p = from; !p.isAfter(to); p = frequency.plus(p, 1)) {
                periods.add(p);
            }
            double[] values = new double[periods.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = perPeriod.getOrDefault(periods.get(i), java.math.BigDecimal.ZERO).doubleValue();
            }
            if (!dropped.isEmpty()) {
                name += "/dropped=" + String.join(",", dropped);
            }
            progress.worked(3, 3);
            return new TimeSeries(name, database.description(), request.measure().key(), frequency, periods, values);
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the sales series from " + database.description(), e);
        }
    }

    /** Per order date: the measure of the chosen slice. */
    private static String dailyQuery(SeriesMeasure measure, SeriesBreakdown breakdown) {
        if (breakdown == SeriesBreakdown.CATEGORY) {
            return "SELECT o.order_date, " + (measure == SeriesMeasure.REVENUE
                    ? "SUM(l.quantity * l.unit_price)" : "COUNT(DISTINCT o.id)")
                    + " FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
                    + "WHERE p.category = ? GROUP BY o.order_date";
        }
        String value = measure == SeriesMeasure.REVENUE ? "COALESCE(SUM(o.total), 0)" : "COUNT(*)";
        String from = switch (breakdown) {
            case OVERALL -> " FROM orders o";
            case REGION -> " FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.region = ?";
            case SALES_REP -> " FROM orders o JOIN sales_reps r ON r.id = o.sales_rep_id WHERE r.external_id = ?";
            case SEGMENT -> " FROM orders o JOIN segment_assignments a ON a.customer_id = o.customer_id "
                    + "WHERE a.run_id = ? AND a.segment = ?";
            case CATEGORY -> throw new IllegalStateException();
        };
        return "SELECT o.order_date, " + value + from + " GROUP BY o.order_date";
    }

    private Optional<Long> latestSegmentRun() {
        List<Long> ids = new SegmentRunStore(database).runIds();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    private List<String> strings(String sql) {
        List<String> result = new ArrayList<>();
        try (Connection c = database.connectForReading(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new DatabaseException("Could not read the groups from " + database.description(), e);
        }
    }
}
