package org.crmworkbench.data.series;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.PlantedSample;
import org.crmworkbench.data.features.CustomerFeatureReader;
import org.crmworkbench.data.runs.SegmentRunStore;
import org.crmworkbench.model.SegmentRunRecord;
import org.crmworkbench.model.SegmentRunRecord.NamedSegment;
import org.crmworkbench.model.SeriesBreakdown;
import org.crmworkbench.model.SeriesFrequency;
import org.crmworkbench.model.SeriesMeasure;
import org.crmworkbench.model.SeriesRequest;
import org.crmworkbench.model.TimeSeries;
import org.crmworkbench.work.BadParameterException;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class SalesSeriesReaderTest {
    private static Database db;
    private static SalesSeriesReader reader;

    @BeforeAll
    static void load() throws Exception {
        db = TestDatabases.fresh();
        PlantedSample.load(db);
        reader = new SalesSeriesReader(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void monthlyRevenueCoversTheThreeYearsWithThePlantedYearEndPeak() throws Exception {
        TimeSeries revenue = reader.read(SeriesRequest.overall(SeriesMeasure.REVENUE, SeriesFrequency.MONTH),
                Progress.none());
        assertEquals(36, revenue.size(), "October 2023 to September 2026");
        assertEquals(LocalDate.of(2023, 10, 1), revenue.periods().get(0));
        assertEquals(LocalDate.of(2026, 9, 1), revenue.periods().get(35));
        assertEquals("revenue/month", revenue.name());
        assertEquals("revenue", revenue.unit());
        assertEquals(sum("SELECT SUM(total) FROM orders", null, null), Arrays.stream(revenue.values()).sum(), 0.01);
        TimeSeries orders = reader.read(SeriesRequest.overall(SeriesMeasure.ORDERS, SeriesFrequency.MONTH),
                Progress.none());
        // planted monthly factors: December 1.60, January 0.85; customers order more each year, and the base grows
        double december = 0;
        double january = 0;
        for (int i = 0; i < orders.size(); i++) {
            Month m = orders.periods().get(i).getMonth();
            if (m == Month.DECEMBER && i + 1 < orders.size()) {
                december += orders.values()[i];
                january += orders.values()[i + 1];
            }
        }
        double ratio = december / january;
        assertTrue(ratio > 1.6 && ratio < 2.2, "December against the next January: " + ratio
                + " (planted 1.60 / 0.85 = 1.88)");
        double firstYear = Arrays.stream(orders.values(), 0, 12).sum();
        double lastYear = Arrays.stream(orders.values(), 24, 36).sum();
        assertTrue(lastYear > firstYear, "orders grow: " + firstYear + " then " + lastYear);
    }

    @Test
    void weeklySeriesStartOnMondaysAndAddUpToTheOrdersOfTheirWeeks() throws Exception {
        TimeSeries weekly = reader.read(SeriesRequest.overall(SeriesMeasure.REVENUE, SeriesFrequency.WEEK),
                Progress.none());
        assertTrue(weekly.size() >= 155 && weekly.size() <= 157, "about 156 weeks: " + weekly.size());
        LocalDate from = weekly.periods().get(0);
        LocalDate to = weekly.periodAfterEnd(1);
        assertEquals(java.time.DayOfWeek.MONDAY, from.getDayOfWeek());
        assertTrue(weekly.name().startsWith("revenue/week/dropped="), weekly.name());
        assertEquals(sum("SELECT SUM(total) FROM orders WHERE order_date >= ? AND order_date < ?", from, to),
                Arrays.stream(weekly.values()).sum(), 0.01);
        // over whole months inside both series, weekly and monthly sums agree with the orders of those days
        TimeSeries monthly = reader.read(SeriesRequest.overall(SeriesMeasure.REVENUE, SeriesFrequency.MONTH),
                Progress.none());
        LocalDate june = LocalDate.of(2025, 6, 1);
        double monthSum = monthly.values()[monthly.periods().indexOf(june)];
        assertEquals(sum("SELECT SUM(total) FROM orders WHERE order_date >= ? AND order_date < ?", june,
                june.plusMonths(1)), monthSum, 0.01);
        TimeSeries weeklyOrders = reader.read(SeriesRequest.overall(SeriesMeasure.ORDERS, SeriesFrequency.WEEK),
                Progress.none());
        assertEquals(sum("SELECT COUNT(*) FROM orders WHERE order_date >= ? AND order_date < ?", from, to),
                Arrays.stream(weeklyOrders.values()).sum(), 0);
    }

    @Test
    void regionsCategoriesRepsAndSegmentsAddUpToTheOverallSeries() throws Exception {
        TimeSeries overall = reader.read(SeriesRequest.overall(SeriesMeasure.REVENUE, SeriesFrequency.MONTH),
                Progress.none());
        TimeSeries overallOrders = reader.read(SeriesRequest.overall(SeriesMeasure.ORDERS, SeriesFrequency.MONTH),
                Progress.none());
        assertEquals(List.of(), reader.groups(SeriesBreakdown.OVERALL));
        long[] ids = new CustomerFeatureReader(db).read(Progress.none()).customerIds();
        int[] labels = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            labels[i] = i % 3;
        }
        assertEquals(List.of(), reader.groups(SeriesBreakdown.SEGMENT), "no segment run yet");
        new SegmentRunStore(db).save(new SegmentRunRecord(0, "kmeans", 3, null, null, 1, 1L, "zscore",
                List.of("monetary"), null, Double.NaN, Instant.now(), "test",
                List.of(new NamedSegment(0, "a", 1, 0.3), new NamedSegment(1, "b", 1, 0.3),
                        new NamedSegment(2, "c", 1, 0.4)), ids, labels));
        assertEquals(List.of("0", "1", "2"), reader.groups(SeriesBreakdown.SEGMENT));
        for (SeriesBreakdown b : List.of(SeriesBreakdown.REGION, SeriesBreakdown.CATEGORY, SeriesBreakdown.SEGMENT,
                SeriesBreakdown.SALES_REP)) {
            List<String> groups = reader.groups(b);
            assertTrue(groups.size() > 1, b + " groups " + groups);
            List<String> sorted = new java.util.ArrayList<>(groups);
            java.util.Collections.sort(sorted);
            assertEquals(sorted, groups, "sorted");
            double[] total = new double[overall.size()];
            double[] orders = new double[overall.size()];
            for (String g : groups) {
                TimeSeries part = reader.read(new SeriesRequest(SeriesMeasure.REVENUE, SeriesFrequency.MONTH, b, g),
                        Progress.none());
                assertEquals(overall.periods(), part.periods());
                assertEquals("revenue/month/" + b.key() + "=" + g, part.name());
                TimeSeries count = reader.read(new SeriesRequest(SeriesMeasure.ORDERS, SeriesFrequency.MONTH, b, g),
                        Progress.none());
                for (int i = 0; i < total.length; i++) {
                    total[i] += part.values()[i];
                    orders[i] += count.values()[i];
                }
            }
            if (b == SeriesBreakdown.SALES_REP) {
                // only orders taken by a rep count; online orders have none
                assertEquals(sum("SELECT SUM(total) FROM orders WHERE sales_rep_id IS NOT NULL AND order_date >= ? "
                        + "AND order_date < ?", overall.periods().get(0), overall.periodAfterEnd(1)),
                        Arrays.stream(total).sum(), 0.05);
                continue;
            }
            for (int i = 0; i < total.length; i++) {
                // order totals are the sums of their lines in the sample data, so categories add up too
                assertEquals(overall.values()[i], total[i], 0.05, b + " revenue in " + overall.periods().get(i));
                if (b == SeriesBreakdown.CATEGORY) {
                    assertTrue(orders[i] >= overallOrders.values()[i], "an order may have lines of several categories");
                } else {
                    assertEquals(overallOrders.values()[i], orders[i], 0, b + " orders");
                }
            }
        }
    }

    @Test
    void anUnknownGroupIsRefusedWithTheGroupsThereAre() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> reader.read(
                new SeriesRequest(SeriesMeasure.REVENUE, SeriesFrequency.MONTH, SeriesBreakdown.REGION, "Atlantis"),
                Progress.none()));
        assertEquals("group", e.parameter());
        assertEquals("series.error.group", e.messageKey());
        assertEquals("Atlantis", e.args()[0]);
        assertTrue(e.args()[1].toString().contains(reader.groups(SeriesBreakdown.REGION).get(0)));
    }

    @Test
    void noOrdersGiveAnEmptySeries() {
        try (Database empty = TestDatabases.fresh()) {
            TimeSeries s = new SalesSeriesReader(empty).read(
                    SeriesRequest.overall(SeriesMeasure.ORDERS, SeriesFrequency.WEEK), Progress.none());
            assertEquals(0, s.size());
            assertFalse(s.name().isEmpty());
        }
    }

    private static double sum(String sql, LocalDate from, LocalDate to) throws Exception {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (from != null) {
                s.setDate(1, Date.valueOf(from));
                s.setDate(2, Date.valueOf(to));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }
}
