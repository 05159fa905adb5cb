package org.crmworkbench.data.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.GeneratedSample;
import org.crmworkbench.model.FeedbackText;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(org.crmworkbench.testing.TestDatabases.BOTH_ENGINES)
class FeedbackTextReaderTest {
    @TempDir
    static Path dir;
    private static Database db;
    private static List<FeedbackText> read;

    @BeforeAll
    static void sample() throws Exception {
        db = GeneratedSample.open(dir, 300, 5);
        read = new FeedbackTextReader(db).read(Progress.none());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyStoredTextIsReadOldestFirstWithItsProductAndCategory() throws Exception {
        Map<String, String[]> stored = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT f.external_id, f.text, p.name, p.category, c.external_id, c.region FROM feedback f "
                        + "JOIN products p ON p.id = f.product_id JOIN customers c ON c.id = f.customer_id")) {
            while (rs.next()) {
                stored.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)});
            }
        }
        assertTrue(stored.size() > 50, "the sample's feedback names its product and customer");
        assertEquals(stored.size(), read.size());
        for (FeedbackText t : read) {
            String[] row = stored.get(t.id());
            assertEquals(row[0], t.text());
            assertEquals(row[1], t.product());
            assertEquals(row[2], t.category());
            assertEquals(row[3], t.customerId());
            assertEquals(row[4], t.region());
            assertNotNull(t.writtenAt());
            assertTrue(t.declaredLanguage().equals("en") || t.declaredLanguage().equals("zh"));
        }
        for (int i = 1; i < read.size(); i++) {
            assertFalse(read.get(i).writtenAt().isBefore(read.get(i - 1).writtenAt()), "oldest first");
        }
    }

    @Test
    void spendPercentileAndDaysSinceTheLastOrderFollowTheOrders() throws Exception {
        Map<String, Double> spend = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        LocalDate newest = null;
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT c.external_id, SUM(l.quantity * l.unit_price), MAX(o.order_date) FROM customers c "
                        + "JOIN orders o ON o.customer_id = c.id JOIN order_lines l ON l.order_id = o.id "
                        + "GROUP BY c.external_id")) {
            while (rs.next()) {
                spend.put(rs.getString(1), rs.getDouble(2));
                LocalDate day = rs.getDate(3).toLocalDate();
                last.put(rs.getString(1), day);
                newest = newest == null || day.isAfter(newest) ? day : newest;
            }
        }
        LocalDate end = newest.plusDays(1);
        FeedbackText top = read.stream().filter(t -> spend.containsKey(t.customerId()))
                .max(Comparator.comparingDouble(t -> spend.get(t.customerId()))).orElseThrow();
        FeedbackText bottom = read.stream().filter(t -> spend.containsKey(t.customerId()))
                .min(Comparator.comparingDouble(t -> spend.get(t.customerId()))).orElseThrow();
        assertTrue(top.valuePercentile() > bottom.valuePercentile());
        for (FeedbackText t : read) {
            if (last.containsKey(t.customerId())) {
                assertEquals(ChronoUnit.DAYS.between(last.get(t.customerId()), end), t.daysSinceLastOrder());
                assertTrue(t.valuePercentile() > 0 && t.valuePercentile() <= 1);
            }
        }
        double best = spend.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        read.stream().filter(t -> spend.containsKey(t.customerId()) && spend.get(t.customerId()) == best)
                .forEach(t -> assertEquals(1.0, t.valuePercentile(), 1e-12, "the top spender stands at 1"));
    }

    @Test
    void theRepIsTheOneOfTheCustomersLatestOrderWithARep() throws Exception {
        Map<String, String> rep = new HashMap<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT c.external_id, r.name FROM orders o JOIN customers c ON c.id = o.customer_id "
                        + "JOIN sales_reps r ON r.id = o.sales_rep_id ORDER BY o.order_date, o.id")) {
            while (rs.next()) {
                rep.put(rs.getString(1), rs.getString(2));
            }
        }
        int withRep = 0;
        for (FeedbackText t : read) {
            assertEquals(rep.get(t.customerId()), t.salesRep(), t.id());
            withRep += t.salesRep() == null ? 0 : 1;
        }
        assertTrue(withRep > 0, "some customers buy through a rep");
        assertTrue(read.stream().allMatch(t -> t.segment() == null), "no segment run saved yet");
    }
}
