package org.crmworkbench.analysis.value;

import org.crmworkbench.work.UnsuitableDataException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PurchaseHistoryTest {

    static Purchase p(String id, String date, double amount) {
        return new Purchase(id, LocalDate.parse(date), amount);
    }

    static Map<String, CustomerSummary> byId(CustomerSummaries summaries) {
        return summaries.customers().stream().collect(Collectors.toMap(CustomerSummary::customerId,
                Function.identity()));
    }

    /** lifetimes' test_summary_data_from_transaction_data_returns_correct_results (freq='D'). */
    @Test
    void agreesWithLifetimesOnItsSmallCase() {
        List<Purchase> purchases = List.of(p("1", "2015-02-01", 1), p("1", "2015-02-06", 1),
                p("2", "2015-01-01", 1), p("3", "2015-01-01", 1), p("3", "2015-01-02", 1), p("3", "2015-01-05", 1));
        CustomerSummaries summaries = new PurchaseHistory(purchases)
                .summarise(LocalDate.parse("2015-02-06"), null, PeriodUnit.DAY);
        // lifetimes takes 2015-02-07 as the end; the same rows come out one day younger here at 02-06
        Map<String, CustomerSummary> s = byId(summaries);
        assertSummary(s.get("1"), 1, 5, 5);
        assertSummary(s.get("2"), 0, 0, 36);
        assertSummary(s.get("3"), 2, 4, 36);
        assertEquals(List.of("1", "2", "3"), summaries.customers().stream().map(CustomerSummary::customerId).toList());
    }

    /** lifetimes' test_summary_date_from_transaction_with_monetary_values and the calibration/holdout tests. */
    @Test
    void monetaryValuesAndHoldoutAgreeWithLifetimes() {
        List<Purchase> purchases = List.of(p("1", "2015-01-01", 1), p("1", "2015-02-06", 2),
                p("2", "2015-01-01", 2), p("3", "2015-01-01", 3), p("3", "2015-01-02", 1), p("3", "2015-01-05", 5),
                p("4", "2015-01-16", 6), p("4", "2015-02-02", 3), p("4", "2015-02-05", 3), p("5", "2015-01-16", 3),
                p("5", "2015-01-17", 1), p("5", "2015-01-18", 8), p("6", "2015-02-02", 5));
        PurchaseHistory history = new PurchaseHistory(purchases);
        // observation end 2015-02-07 in lifetimes; the last purchase is 02-06, the same numbers one day earlier
        Map<String, CustomerSummary> all = byId(history.summariseAt(LocalDate.parse("2015-02-07"), null,
                PeriodUnit.DAY));
        assertSummary(all.get("1"), 1, 36, 37);
        assertEquals(2, all.get("1").monetaryValue());
        assertSummary(all.get("3"), 2, 4, 37);
        assertEquals(3, all.get("3").monetaryValue());
        assertSummary(all.get("4"), 2, 20, 22);
        assertEquals(3, all.get("4").monetaryValue());
        assertSummary(all.get("5"), 2, 2, 22);
        assertEquals(4.5, all.get("5").monetaryValue());
        assertSummary(all.get("6"), 0, 0, 5);
        assertEquals(0, all.get("6").monetaryValue());
        assertEquals(12, all.get("5").calibrationSpend());

        CustomerSummaries split = history.summarise(LocalDate.parse("2015-02-01"), LocalDate.parse("2015-02-07"),
                PeriodUnit.DAY);
        Map<String, CustomerSummary> s = byId(split);
        assertFalse(s.containsKey("6"), "first bought after the calibration end");
        assertEquals(5, split.size());
        assertEquals(1, s.get("1").holdoutPurchases());
        assertEquals(2, s.get("1").holdoutSpend());
        assertEquals(0, s.get("2").holdoutPurchases());
        assertEquals(2, s.get("4").holdoutPurchases());
        assertEquals(6, s.get("4").holdoutSpend());
        assertEquals(0, s.get("4").frequency());
        assertEquals(6, split.holdoutLength());
        // lifetimes' test_calibration_and_holdout_data_gives_correct_date_boundaries: holdout end 02-04
        Map<String, CustomerSummary> shorter = byId(history.summarise(LocalDate.parse("2015-02-01"),
                LocalDate.parse("2015-02-04"), PeriodUnit.DAY));
        assertEquals(0, shorter.get("1").holdoutPurchases());
        assertEquals(1, shorter.get("4").holdoutPurchases());
    }

    @Test
    void purchasesOnOneDayAreOnePurchaseWithTheirAmountsSummed() {
        List<Purchase> purchases = List.of(p("a", "2020-01-01", 10), p("a", "2020-01-01", 5),
                p("a", "2020-01-11", 7), p("a", "2020-01-11", 3), p("a", "2020-01-15", 20));
        CustomerSummary s = new PurchaseHistory(purchases).summarise(LocalDate.parse("2020-01-15"), null,
                PeriodUnit.WEEK).customers().get(0);
        assertEquals(2, s.frequency());
        assertEquals(15, s.monetaryValue(), 1e-12); // (10 + 20) / 2
        assertEquals(45, s.calibrationSpend(), 1e-12);
        assertEquals(14 / 7.0, s.recency(), 1e-12);
        assertEquals(14 / 7.0, s.age(), 1e-12);
        assertEquals(LocalDate.parse("2020-01-01"), s.firstPurchase());
        assertEquals(LocalDate.parse("2020-01-15"), s.lastPurchase());
    }

    @Test
    void unitsDivideDaysSoTimesAreFractional() {
        List<Purchase> purchases = List.of(p("a", "2020-01-01", 1), p("a", "2020-01-11", 1),
                p("b", "2020-02-01", 1));
        PurchaseHistory history = new PurchaseHistory(purchases);
        CustomerSummary week = history.summarise(LocalDate.parse("2020-02-01"), null, PeriodUnit.WEEK)
                .customers().get(0);
        assertEquals(10 / 7.0, week.recency(), 1e-12);
        assertEquals(31 / 7.0, week.age(), 1e-12);
        CustomerSummary month = history.summarise(LocalDate.parse("2020-02-01"), null, PeriodUnit.MONTH)
                .customers().get(0);
        assertEquals(31 / (365.25 / 12), month.age(), 1e-12);
    }

    /** lifetimes' example transactions: the rows its test_utils documents, and totals from the reference script. */
    @Test
    void summarisesLifetimesExampleTransactions() throws IOException {
        PurchaseHistory history = new PurchaseHistory(exampleTransactions());
        assertEquals(LocalDate.parse("2014-12-31"), history.lastDay());
        assertEquals(new PurchaseSpan(LocalDate.parse("2014-01-01"), LocalDate.parse("2014-12-31"), 5000, 15273),
                history.span());
        CustomerSummaries summaries = history.summarise(history.lastDay(), null, PeriodUnit.DAY);
        assertEquals(5000, summaries.size());
        Map<String, CustomerSummary> s = byId(summaries);
        assertSummary(s.get("0"), 0, 0, 298);
        assertSummary(s.get("1"), 0, 0, 224);
        assertSummary(s.get("2"), 6, 142, 292);
        assertSummary(s.get("3"), 0, 0, 147);
        assertSummary(s.get("4"), 2, 9, 183);
        assertSummary(s.get("33"), 4, 69, 201);
        // value_summary_reference.py
        assertEquals(9270, java.util.Arrays.stream(summaries.frequencies()).sum());
        assertEquals(121356, java.util.Arrays.stream(summaries.recencies()).sum(), 1e-6);
        assertEquals(1211978, java.util.Arrays.stream(summaries.ages()).sum(), 1e-6);
        assertEquals(2588, summaries.customers().stream().filter(c -> c.frequency() > 0).count());
        assertEquals("0", summaries.customers().get(0).customerId());
        assertEquals("4999", summaries.customers().get(4999).customerId());
        // weeks: the same days divided by 7 (freq_multiplier=7)
        CustomerSummary weekly = history.summarise(history.lastDay(), null, PeriodUnit.WEEK).customers().get(2);
        assertEquals(142 / 7.0, weekly.recency(), 1e-12);
        assertEquals(292 / 7.0, weekly.age(), 1e-12);
    }

    @Test
    void numericIdsGoByNumberAheadOfTheOthers() {
        List<Purchase> purchases = List.of(p("b", "2020-01-01", 1), p("10", "2020-01-01", 1),
                p("9", "2020-01-01", 1), p("a", "2020-01-01", 1), p("9", "2020-01-02", 1));
        List<String> ids = new PurchaseHistory(purchases).customers().stream().map(CustomerPurchases::customerId)
                .toList();
        assertEquals(List.of("9", "10", "a", "b"), ids);
    }

    @Test
    void refusesANegativeAmountNamingTheCustomerAndDay() {
        UnsuitableDataException e = assertThrows(UnsuitableDataException.class, () -> new PurchaseHistory(
                List.of(p("a", "2020-01-01", 1), p("c7", "2020-03-04", -2))));
        assertEquals("value.error.negativeAmount", e.messageKey());
        assertEquals("c7", e.args()[0]);
        assertEquals("2020-03-04", e.args()[1]);
        assertTrue(e.getMessage().contains("c7") && e.getMessage().contains("2020-03-04"));
        assertThrows(UnsuitableDataException.class, () -> new PurchaseHistory(List.of(p("a", "2020-01-01",
                Double.NaN))));
    }

    @Test
    void refusesCalibrationEndsOutsideThePurchasesAndDataWithoutRepeats() {
        PurchaseHistory history = new PurchaseHistory(List.of(p("a", "2020-01-01", 1), p("a", "2020-02-01", 1),
                p("b", "2020-01-15", 1)));
        assertKey("value.error.calibrationBeforeFirst", () -> history.summarise(LocalDate.parse("2019-12-31"), null,
                PeriodUnit.DAY));
        assertKey("value.error.calibrationAfterLast", () -> history.summarise(LocalDate.parse("2020-02-02"), null,
                PeriodUnit.DAY));
        assertKey("value.error.noRepeatByEnd", () -> history.summarise(LocalDate.parse("2020-01-31"), null,
                PeriodUnit.DAY));
        assertKey("value.error.noPurchases", () -> new PurchaseHistory(List.of()).summarise(
                LocalDate.parse("2020-01-31"), null, PeriodUnit.DAY));
        assertEquals(2, history.summarise(LocalDate.parse("2020-02-01"), null, PeriodUnit.DAY).size());
    }

    private static void assertKey(String key, Runnable action) {
        UnsuitableDataException e = assertThrows(UnsuitableDataException.class, action::run);
        assertEquals(key, e.messageKey());
    }

    static void assertSummary(CustomerSummary s, int x, double tx, double age) {
        assertEquals(x, s.frequency(), s.customerId() + " x");
        assertEquals(tx, s.recency(), 1e-12, s.customerId() + " t_x");
        assertEquals(age, s.age(), 1e-12, s.customerId() + " T");
    }

    static List<Purchase> exampleTransactions() throws IOException {
        List<Purchase> purchases = new ArrayList<>();
        try (InputStream in = PurchaseHistoryTest.class.getResourceAsStream(
                "/reference/lifetimes/example_transactions.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].trim().split(",");
                purchases.add(new Purchase(cells[1], LocalDate.parse(cells[0].substring(0, 10)), 1));
            }
        }
        return purchases;
    }
}
