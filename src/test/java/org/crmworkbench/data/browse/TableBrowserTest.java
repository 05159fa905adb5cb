package org.crmworkbench.data.browse;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.DatabaseSnapshot;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class TableBrowserTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void load() throws Exception {
        db = TestDatabases.fresh();
        SampleData.load(db, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TableBrowser browser(CrmTable table) {
        return new TableBrowser(db, table);
    }

    private static List<String> column(BrowsePage page, String name) {
        int c = page.columnNames().indexOf(name);
        return page.rows().stream().map(r -> r[c] == null ? null : r[c].toString()).toList();
    }

    @Test
    void ratingsShowCustomerAndProductExternalIdsAndNamesInImportOrder() {
        BrowsePage page = browser(CrmTable.RATINGS).page("", null, true, 0, 100);
        assertEquals(List.of("customer_id", "customer_name", "product_id", "product_name", "rating", "rated_at"),
                page.columnNames());
        assertEquals(List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.DOUBLE,
                ColumnType.TIMESTAMP), page.columnTypes());
        assertEquals(List.of("C002", "C001", "C001", "C004", "C003"), column(page, "customer_id"));
        assertEquals(List.of("Kettle", "Kettle", "Green tea", "Teapot", "Green tea"), column(page, "product_name"));
        Object[] first = page.rows().get(0);
        assertEquals("Wang, Fang", first[1]);
        assertEquals(4.0, first[4]);
        assertEquals(LocalDateTime.of(2024, 1, 10, 9, 0), first[5]);
        assertEquals(null, page.rows().get(2)[5], "a missing time stays missing");
    }

    @Test
    void ordersShowReferencedIdsAndTypedValuesWithMissingReferencesEmpty() {
        BrowsePage page = browser(CrmTable.ORDERS).page(null, null, true, 0, 10);
        assertEquals(List.of("order_id", "customer_id", "customer_name", "order_date", "channel", "rep_id", "total"),
                page.columnNames());
        assertArrayEquals(new Object[] {"O1", "C001", "Ada Lovelace", LocalDate.of(2024, 1, 2), "online", "R1",
                new BigDecimal("52.40")}, page.rows().get(0));
        assertEquals(null, page.rows().get(1)[5], "an order without a sales rep");
        BrowsePage lines = browser(CrmTable.ORDER_LINES).page(null, null, true, 0, 10);
        assertEquals(List.of("O1", "O1", "O2"), column(lines, "order_id"));
        assertEquals(List.of("P01", "P02", "P03"), column(lines, "product_id"));
        assertEquals(1L, lines.rows().get(0)[3]);
    }

    @Test
    void pagesCoverEveryRowOnceWhateverThePageSize() {
        TableBrowser customers = browser(CrmTable.CUSTOMERS);
        List<String> all = column(customers.page("", null, true, 0, 100), "customer_id");
        assertEquals(List.of("C001", "C002", "C003", "C004", "C005"), all);
        for (int size = 1; size <= 6; size++) {
            List<String> byPosition = new ArrayList<>();
            List<String> byKey = new ArrayList<>();
            RowOrder order = customers.order("", null, true, Progress.none());
            for (long offset = 0; offset < 5; offset += size) {
                byPosition.addAll(column(customers.page("", null, true, offset, size), "customer_id"));
                byKey.addAll(column(customers.page(order, offset, size), "customer_id"));
            }
            assertEquals(all, byPosition, "page size " + size);
            assertEquals(all, byKey, "page size " + size);
        }
        assertEquals(0, customers.page("", null, true, 5, 10).size(), "past the end");
        assertEquals(0, customers.page(customers.order(null, null, true, Progress.none()), 7, 10).size());
    }

    @Test
    void sortsByOwnAndReferencedColumnsWithMissingValuesFirstAscendingAndLastDescending() {
        TableBrowser customers = browser(CrmTable.CUSTOMERS);
        assertEquals(List.of("C003", "C004", "C001", "C002", "C005"),
                column(customers.page("", "birth_year", true, 0, 10), "customer_id"), "ties (1990) in import order");
        assertEquals(List.of("C002", "C005", "C001", "C004", "C003"),
                column(customers.page("", "birth_year", false, 0, 10), "customer_id"));
        TableBrowser ratings = browser(CrmTable.RATINGS);
        assertEquals(List.of("C001", "C001", "C002", "C003", "C004"),
                column(ratings.page("", "customer_id", true, 0, 10), "customer_id"));
        assertEquals(List.of("Teapot", "Kettle", "Kettle", "Green tea", "Green tea"),
                column(ratings.page("", "product_name", false, 0, 10), "product_name"));
    }

    @Test
    void theRowOrderPagesExactlyAsTheDatabaseSortsForEveryColumnBothWaysAndFiltered() {
        for (CrmTable table : CrmTable.values()) {
            TableBrowser browser = browser(table);
            for (String filter : new String[] {"", "e", "c00"}) {
                List<String> sorts = new ArrayList<>(browser.layout().columnNames());
                sorts.add(null);
                for (String sort : sorts) {
                    for (boolean ascending : new boolean[] {true, false}) {
                        String what = table + " filter '" + filter + "' by " + sort + (ascending ? " asc" : " desc");
                        RowOrder order = browser.order(filter, sort, ascending, Progress.none());
                        assertEquals(browser.count(filter), order.size(), what);
                        BrowsePage sql = browser.page(filter, sort, ascending, 0, 100);
                        BrowsePage keyed = browser.page(order, 0, 100);
                        assertEquals(rowsText(sql), rowsText(keyed), what);
                        assertEquals(rowsText(browser.page(filter, sort, ascending, 1, 2)),
                                rowsText(browser.page(order, 1, 2)), what + " from row 1");
                    }
                }
            }
        }
    }

    private static List<String> rowsText(BrowsePage page) {
        return page.rows().stream().map(Arrays::toString).toList();
    }

    @Test
    void theFilterMatchesAnyTextColumnIgnoringCaseIncludingReferencedRows() {
        TableBrowser customers = browser(CrmTable.CUSTOMERS);
        assertEquals(List.of("C002", "C004"), column(customers.page("EAST", null, true, 0, 10), "customer_id"));
        assertEquals(List.of("C004"), column(customers.page("杭州", null, true, 0, 10), "customer_id"));
        assertEquals(2, customers.count("east"));
        assertEquals(5, customers.count("  "), "a blank filter keeps every row");
        TableBrowser ratings = browser(CrmTable.RATINGS);
        assertEquals(List.of("C002", "C001"), column(ratings.page("kettle", null, true, 0, 10), "customer_id"),
                "a product's name finds its ratings");
        assertEquals(List.of("C001", "C001"), column(ratings.page("lovelace", null, true, 0, 10), "customer_id"));
        assertEquals(0, ratings.count("no such text"));
        assertEquals(1, browser(CrmTable.FEEDBACK).count("茶壶"));
    }

    @Test
    void filterTextIsMatchedLiterallyNeverAsSqlOrWildcards() throws Exception {
        String before = DatabaseSnapshot.of(db);
        TableBrowser customers = browser(CrmTable.CUSTOMERS);
        assertEquals(0, customers.count("' OR '1'='1"));
        assertEquals(0, customers.count("x'); DROP TABLE customers; --"));
        assertEquals(List.of("C005"), column(customers.page("100%", null, true, 0, 10), "customer_id"));
        assertEquals(1, customers.count("%"), "% is a character, not a wildcard");
        assertEquals(1, customers.count("_real"), "_ is a character, not a wildcard");
        assertEquals(0, customers.count("\\"));
        assertEquals(before, DatabaseSnapshot.of(db));
    }

    @Test
    void onlyKnownColumnsCanBeSortedBy() {
        TableBrowser customers = browser(CrmTable.CUSTOMERS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> customers.page("", "name; DROP TABLE customers", true, 0, 10));
        assertTrue(e.getMessage().contains("its columns are customer_id, name"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> customers.order("", "id", true, Progress.none()));
        assertThrows(IllegalArgumentException.class, () -> customers.page("", null, true, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> customers.page("", null, true, 0, TableBrowser.MAX_PAGE + 1));
        RowOrder ratings = browser(CrmTable.RATINGS).order("", null, true, Progress.none());
        assertThrows(IllegalArgumentException.class, () -> customers.page(ratings, 0, 10));
    }
}
