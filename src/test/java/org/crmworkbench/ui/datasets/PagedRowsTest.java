package org.crmworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** A million-row list that holds only the pages looked at recently. */
class PagedRowsTest {
    private final List<long[]> requests = new ArrayList<>();
    private final PagedRows rows = new PagedRows(1_000_000, 200, 4,
            (list, page, offset, limit) -> requests.add(new long[] {page, offset, limit}));

    @Test
    void onlyThePagesLookedAtAreRequestedOnce() {
        assertEquals(1_000_000, rows.size());
        BrowseRow last = rows.get(999_999);
        rows.get(999_800);
        rows.get(999_950);
        assertEquals(1, requests.size());
        assertEquals(4_999, requests.get(0)[0]);
        assertEquals(999_800, requests.get(0)[1]);
        assertEquals(200, requests.get(0)[2]);
        assertEquals(999_999, last.index());
        assertFalse(last.isLoaded());
    }

    @Test
    void aLoadedPageFillsTheRowsAlreadyHandedOut() {
        BrowseRow row = rows.get(401);
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            values.add(new Object[] {"row " + (400 + i)});
        }
        rows.loaded(2, values);
        assertTrue(row.isLoaded());
        assertEquals("row 401", row.value(0).getValue());
        assertSame(row, rows.get(401), "the same row object while the page is held");
    }

    @Test
    void leastRecentlyUsedPagesAreForgottenAndReadAgainWhenNeeded() {
        BrowseRow first = rows.get(0);
        for (int page = 1; page <= 4; page++) {
            rows.get(page * 200);
        }
        assertEquals(4, rows.pagesHeld());
        assertNotSame(first, rows.get(0), "page 0 was forgotten, so it is read again");
        assertEquals(6, rows.requestCount());
    }

    @Test
    void aDroppedPageIsForgottenAndAnnouncedSoThatATableAsksAgain() {
        rows.get(10);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<BrowseRow>) c -> {
            while (c.next()) {
                changes.add(c.wasUpdated() + " " + c.getFrom() + "-" + c.getTo());
            }
        });
        rows.dropped(0);
        assertEquals(List.of("true 0-200"), changes);
        assertEquals(0, rows.pagesHeld());
        rows.get(10);
        assertEquals(2, requests.size());
    }

    @Test
    void theLastPageIsShort() {
        PagedRows small = new PagedRows(450, 200, 4, (list, page, offset, limit) -> requests.add(new long[] {page, offset, limit}));
        small.get(449);
        assertEquals(50, requests.get(0)[2]);
    }
}
