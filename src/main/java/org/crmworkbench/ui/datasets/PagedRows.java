package org.crmworkbench.ui.datasets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The rows of a browsed view as a list a {@code TableView} can show: it has as many elements as the view has rows,
 * but holds only the pages recently looked at (least recently used pages are forgotten). Asking for a row of a
 * page not held creates the page's place-holder rows at once and asks the {@link PageSource} to read it; the rows
 * fill in when it arrives. The list itself never changes, so it fires no change events. FX thread only.
 */
public final class PagedRows extends ObservableListBase<BrowseRow> {

    /** Reads pages for a {@link PagedRows}; answers by calling {@link #loaded}, {@link #failed} or {@link #dropped}. */
    @FunctionalInterface
    public interface PageSource {
        void request(PagedRows rows, int page, long offset, int limit);
    }

    private final int size;
    private final int pageSize;
    private final PageSource source;
    private final Map<Integer, BrowseRow[]> pages;
    private int requests;

    public PagedRows(long size, int pageSize, int pagesHeld, PageSource source) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("cannot show " + size + " rows in one list");
        }
        if (pageSize < 1 || pagesHeld < 2) {
            throw new IllegalArgumentException("page size must be 1 or more and at least 2 pages held");
        }
        this.size = (int) size;
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
        this.pages = new LinkedHashMap<>(pagesHeld * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, BrowseRow[]> eldest) {
                return size() > pagesHeld;
            }
        };
    }

    /** An empty list, for before anything is shown. */
    public static PagedRows empty() {
        return new PagedRows(0, 1, 2, (rows, page, offset, limit) -> { });
    }

    @Override
    public BrowseRow get(int index) {
        Objects.checkIndex(index, size);
        int page = index / pageSize;
        BrowseRow[] rows = pages.get(page);
        if (rows == null) {
            long first = (long) page * pageSize;
            rows = new BrowseRow[(int) Math.min(pageSize, size - first)];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new BrowseRow(first + i);
            }
            pages.put(page, rows);
            requests++;
            source.request(this, page, first, rows.length);
        }
        return rows[index - page * pageSize];
    }

    @Override
    public int size() {
        return size;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Pages currently held (loaded or waiting). */
    public int pagesHeld() {
        return pages.size();
    }

    /** How many page reads this list has asked for. */
    public int requestCount() {
        return requests;
    }

    /** A page's values arrived; ignored when the page was forgotten meanwhile. */
    public void loaded(int page, List<Object[]> values) {
        BrowseRow[] rows = pages.get(page);
        if (rows == null) {
            return;
        }
        for (int i = 0; i < rows.length && i < values.size(); i++) {
            rows[i].fill(values.get(i));
        }
    }

    /** Reading a page failed: its rows say so and are not asked for again by this list. */
    public void failed(int page) {
        BrowseRow[] rows = pages.get(page);
        if (rows != null) {
            for (BrowseRow row : rows) {
                row.fail();
            }
        }
    }

    /**
     * A page request was dropped unread: forget the page, and announce its rows as updated so that a table still
     * showing them asks for them again (which reads the page again).
     */
    public void dropped(int page) {
        BrowseRow[] rows = pages.get(page);
        if (rows == null || rows[0].isLoaded()) {
            return;
        }
        pages.remove(page);
        int first = page * pageSize;
        beginChange();
        for (int i = 0; i < rows.length; i++) {
            nextUpdate(first + i);
        }
        endChange();
    }
}
