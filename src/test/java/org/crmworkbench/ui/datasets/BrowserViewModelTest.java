package org.crmworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.ui.jobs.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table browser's state over a real database, with jobs and page reads run on the test thread. */
class BrowserViewModelTest {
    @TempDir
    Path dir;
    Database db;
    final SameThreadJobRunner jobs = new SameThreadJobRunner();
    final Deque<Runnable> pageReads = new ArrayDeque<>();
    BrowserViewModel browser;

    @BeforeEach
    void open() throws Exception {
        db = Database.inMemory();
        SampleData.load(db, dir);
        browser = new BrowserViewModel(jobs, new BrowseQueue(pageReads::add, Runnable::run), Runnable::run);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void readPages() {
        while (!pageReads.isEmpty()) {
            pageReads.poll().run();
        }
    }

    private Object value(int row, int column) {
        BrowseRow r = browser.rowsProperty().get().get(row);
        readPages();
        return r.value(column).getValue();
    }

    @Test
    void withoutADatabaseThereIsNothingToShow() {
        assertEquals(BrowseState.NO_DATABASE, browser.stateProperty().get());
        assertEquals(0, browser.rowsProperty().get().size());
    }

    @Test
    void showsTheSelectedTableWithCountsAndFillsRowsWhenTheirPageArrives() {
        browser.setDatabase(db);
        assertEquals(BrowseState.ROWS, browser.stateProperty().get());
        assertEquals(5, browser.totalRowsProperty().get());
        assertEquals(5, browser.matchingRowsProperty().get());
        BrowseRow first = browser.rowsProperty().get().get(0);
        assertFalse(first.isLoaded(), "a place holder until the page is read");
        assertEquals(BrowseRow.LOADING, first.value(0).getValue());
        readPages();
        assertEquals("C001", first.value(0).getValue());
        assertEquals("Ada Lovelace", value(0, 1));

        browser.tableProperty().set(CrmTable.RATINGS);
        assertEquals(5, browser.rowsProperty().get().size());
        assertEquals("C002", value(0, 0), "ratings show the customer's external id");
        assertEquals("Kettle", value(0, 3));
    }

    @Test
    void sortingAndFilteringHappenInTheDatabaseAndReplaceTheRows() {
        browser.setDatabase(db);
        browser.sortBy("birth_year", false);
        assertEquals("birth_year", browser.sortColumnProperty().get());
        assertEquals("C002", value(0, 0));
        assertEquals("C003", value(4, 0), "a missing birth year last when descending");

        browser.filterTextProperty().set("  EAST ");
        assertEquals("EAST", browser.appliedFilter());
        assertEquals(2, browser.matchingRowsProperty().get());
        assertEquals(5, browser.totalRowsProperty().get());
        assertEquals("C002", value(0, 0), "the sort still applies");
        assertEquals("C004", value(1, 0));

        browser.filterTextProperty().set("nobody here");
        assertEquals(BrowseState.NO_MATCH, browser.stateProperty().get());
        assertEquals(0, browser.rowsProperty().get().size());

        browser.sortBy(null, false);
        assertEquals(null, browser.sortColumnProperty().get());
        assertTrue(browser.ascendingProperty().get(), "the table's own order is ascending");

        browser.tableProperty().set(CrmTable.PRODUCTS);
        assertEquals("", browser.filterTextProperty().get(), "another table starts unfiltered");
        assertEquals(3, browser.matchingRowsProperty().get());
    }

    @Test
    void anEmptyTableSaysSo() throws Exception {
        try (Database empty = Database.inMemory()) {
            browser.setDatabase(empty);
            assertEquals(BrowseState.EMPTY_TABLE, browser.stateProperty().get());
            assertEquals(0, browser.totalRowsProperty().get());
        }
    }

    @Test
    void aFailedReadIsShownAndTheNextReadRecovers() {
        browser.setDatabase(db);
        Database closed = Database.inMemory();
        closed.close();
        browser.setDatabase(closed);
        assertEquals(BrowseState.FAILED, browser.stateProperty().get());
        assertNotNull(browser.failureProperty().get());
        assertEquals("data.browse.failed", browser.failureProperty().get().key());
        browser.setDatabase(db);
        assertEquals(BrowseState.ROWS, browser.stateProperty().get());
        assertEquals(null, browser.failureProperty().get());
    }

    @Test
    void aNewerRequestReplacesOneStillRunning() {
        SameThreadJobRunner deferred = SameThreadJobRunner.deferred(System::nanoTime);
        BrowserViewModel slow = new BrowserViewModel(deferred, new BrowseQueue(Runnable::run, Runnable::run), Runnable::run);
        slow.setDatabase(db);
        slow.sortBy("name", true);
        slow.sortBy("name", false);
        assertTrue(slow.busyProperty().get());
        deferred.runPending();
        assertFalse(slow.busyProperty().get());
        assertEquals("C004", slow.rowsProperty().get().get(0).value(0).getValue(), "王小明 sorts last by code point");
    }
}
