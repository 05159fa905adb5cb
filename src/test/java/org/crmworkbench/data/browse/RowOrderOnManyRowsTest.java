package org.crmworkbench.data.browse;

import org.crmworkbench.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.SampleData;
import org.crmworkbench.work.CancelledException;
import org.crmworkbench.work.CancelledProgress;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paging and ordering over 100,000 generated ratings: deep pages, sorted pages, progress and cancelling. */
@org.junit.jupiter.api.Tag(TestDatabases.BOTH_ENGINES)
class RowOrderOnManyRowsTest {
    private static final int RATINGS = 100_000;
    private static Database db;
    private static TableBrowser ratings;

    @BeforeAll
    static void generate() throws Exception {
        db = TestDatabases.fresh();
        SampleData.generate(db, 5_000, 500, RATINGS);
        ratings = new TableBrowser(db, CrmTable.RATINGS);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void deepPagesByKeyMatchDeepPagesByPosition() {
        RowOrder order = ratings.order("", null, true, Progress.none());
        assertEquals(RATINGS, order.size());
        assertEquals(RATINGS, ratings.count(""));
        for (long offset : new long[] {0, 54_321, RATINGS - 200}) {
            assertEquals(text(ratings.page("", null, true, offset, 200)), text(ratings.page(order, offset, 200)));
        }
        BrowsePage last = ratings.page(order, RATINGS - 200, 200);
        assertEquals("C005000", last.rows().get(199)[0]);
    }

    @Test
    void sortedOrdersMatchTheDatabaseAtAnyDepth() {
        for (String sort : List.of("rating", "customer_id", "rated_at", "product_name")) {
            for (boolean ascending : new boolean[] {true, false}) {
                RowOrder order = ratings.order("", sort, ascending, Progress.none());
                for (long offset : new long[] {0, 77_777}) {
                    assertEquals(text(ratings.page("", sort, ascending, offset, 50)), text(ratings.page(order, offset, 50)),
                            sort + " " + ascending + " at " + offset);
                }
            }
        }
    }

    @Test
    void aFilteredOrderCountsTheSameAsTheDatabase() {
        RowOrder order = ratings.order("c00012", "rating", false, Progress.none());
        assertEquals(ratings.count("c00012"), order.size());
        assertTrue(order.size() > 0 && order.size() < RATINGS);
        assertEquals(text(ratings.page("c00012", "rating", false, 0, 100)), text(ratings.page(order, 0, 100)));
    }

    @Test
    void orderingReportsProgressAndStopsWhenCancelled() {
        CancelledProgress cancelAfterFirstReport = CancelledProgress.afterReports(1);
        assertThrows(CancelledException.class, () -> ratings.order("", "rating", true, cancelAfterFirstReport));
        assertEquals(1, cancelAfterFirstReport.worked().size());
        assertEquals(RATINGS, cancelAfterFirstReport.worked().get(0)[1]);
        assertEquals(RATINGS, ratings.order("", null, true, Progress.none()).size(), "the connection is fine after");
    }

    private static List<String> text(BrowsePage page) {
        return page.rows().stream().map(java.util.Arrays::toString).toList();
    }
}
