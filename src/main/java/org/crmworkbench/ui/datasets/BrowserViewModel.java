package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.ui.common.Notice;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.Database;
import org.crmworkbench.data.browse.BrowseColumn;
import org.crmworkbench.data.browse.RowOrder;
import org.crmworkbench.data.browse.TableBrowser;
import org.crmworkbench.data.browse.TableLayout;
import org.crmworkbench.ui.jobs.Job;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The table browser's state: which table, the filter text and sort, the rows as a {@link PagedRows} list, and the
 * counts. Changing the table, sort or (after a quiet moment) the filter builds a new {@link RowOrder} in a
 * background job that replaces any earlier one still running; pages of that order are then read on the
 * {@link BrowseQueue}. While a new order is built the previous rows stay on screen. FX thread only.
 */
public final class BrowserViewModel {
    /** Rows read per page. */
    public static final int PAGE_SIZE = 200;
    /** Pages kept in memory (least recently used ones are forgotten): 60 x 200 rows. */
    public static final int PAGES_HELD = 60;
    static final String REPLACE_KEY = "data.browse";

    private record Loaded(RowOrder order, long total) {
    }

    private final JobRunner jobs;
    private final BrowseQueue queue;
    private final Debounce debounce;
    private final ObjectProperty<CrmTable> table = new SimpleObjectProperty<>(this, "table", CrmTable.CUSTOMERS);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<List<BrowseColumn>> columns = new ReadOnlyObjectWrapper<>(this, "columns",
            TableLayout.of(CrmTable.CUSTOMERS).columns());
    private final ReadOnlyObjectWrapper<PagedRows> rows = new ReadOnlyObjectWrapper<>(this, "rows", PagedRows.empty());
    private final ReadOnlyObjectWrapper<BrowseState> state = new ReadOnlyObjectWrapper<>(this, "state",
            BrowseState.NO_DATABASE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyLongWrapper totalRows = new ReadOnlyLongWrapper(this, "totalRows", -1);
    private final ReadOnlyLongWrapper matchingRows = new ReadOnlyLongWrapper(this, "matchingRows", -1);
    private final ReadOnlyObjectWrapper<Notice> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<String> sortColumn = new ReadOnlyObjectWrapper<>(this, "sortColumn");
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(this, "ascending", true);
    private Database database;
    private String appliedFilter = "";
    private Job running;

    public BrowserViewModel(JobRunner jobs, BrowseQueue queue, Debounce debounce) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        table.addListener((o, before, after) -> tableChanged(after));
        filterText.addListener((o, before, after) -> debounce.restart(this::applyFilter));
    }

    /** The database to read, or null while there is none; (re)loads the current table. */
    public void setDatabase(Database database) {
        this.database = database;
        reload();
    }

    /** Reads the current table, filter and sort again (after an import, for instance). */
    public void reload() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (database == null) {
            rows.set(PagedRows.empty());
            state.set(BrowseState.NO_DATABASE);
            busy.set(false);
            return;
        }
        CrmTable t = table.get();
        String filter = appliedFilter;
        String sort = sortColumn.get();
        boolean asc = ascending.get();
        Database db = database;
        busy.set(true);
        failure.set(null);
        if (rows.get().isEmpty()) {
            state.set(BrowseState.LOADING);
        }
        running = jobs.job("job.data.browse." + t.sqlName(), progress -> {
                    TableBrowser browser = new TableBrowser(db, t);
                    RowOrder order = browser.order(filter, sort, asc, progress);
                    long total = filter.isBlank() ? order.size() : browser.count(null);
                    return new Loaded(order, total);
                })
                .replacing(REPLACE_KEY)
                .onSuccess(loaded -> show(db, loaded))
                .onFailure(error -> failed(error))
                .onCancelled(() -> busy.set(false))
                .start();
    }

    /** Sorts by {@code column} (null: the table's own order); does nothing when that is the current sort. */
    public void sortBy(String column, boolean ascendingOrder) {
        boolean asc = column == null || ascendingOrder;
        if (Objects.equals(column, sortColumn.get()) && asc == ascending.get()) {
            return;
        }
        sortColumn.set(column);
        ascending.set(asc);
        reload();
    }

    /** Applies the filter text now instead of after the typing pause. */
    public void applyFilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim();
        if (!text.equals(appliedFilter)) {
            appliedFilter = text;
            reload();
        }
    }

    private void tableChanged(CrmTable after) {
        columns.set(TableLayout.of(after).columns());
        sortColumn.set(null);
        ascending.set(true);
        appliedFilter = "";
        filterText.set(""); // schedules a filter check that finds nothing changed
        rows.set(PagedRows.empty());
        totalRows.set(-1);
        matchingRows.set(-1);
        reload();
    }

    private void show(Database db, Loaded loaded) {
        running = null;
        busy.set(false);
        TableBrowser browser = new TableBrowser(db, loaded.order().table());
        RowOrder order = loaded.order();
        rows.set(new PagedRows(order.size(), PAGE_SIZE, PAGES_HELD, (list, page, offset, limit) ->
                queue.submitDroppable(() -> browser.page(order, offset, limit),
                        p -> list.loaded(page, p.rows()),
                        error -> {
                            list.failed(page);
                            failure.set(Notice.error("data.browse.failed", ErrorText.of(error)));
                        },
                        () -> list.dropped(page))));
        totalRows.set(loaded.total());
        matchingRows.set(order.size());
        state.set(order.size() > 0 ? BrowseState.ROWS
                : loaded.total() == 0 ? BrowseState.EMPTY_TABLE : BrowseState.NO_MATCH);
    }

    private void failed(Throwable error) {
        running = null;
        busy.set(false);
        rows.set(PagedRows.empty());
        failure.set(Notice.error("data.browse.failed", ErrorText.of(error)));
        state.set(BrowseState.FAILED);
    }

    public ObjectProperty<CrmTable> tableProperty() {
        return table;
    }

    /** The text typed into the filter box; applied after a quiet moment. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The filter of the rows shown (the typed text once applied). */
    public String appliedFilter() {
        return appliedFilter;
    }

    public ReadOnlyObjectProperty<List<BrowseColumn>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PagedRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BrowseState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while a new order (table, filter or sort) is being read. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Rows in the table, or -1 while unknown. */
    public ReadOnlyLongProperty totalRowsProperty() {
        return totalRows.getReadOnlyProperty();
    }

    /** Rows that match the filter (all rows without one), or -1 while unknown. */
    public ReadOnlyLongProperty matchingRowsProperty() {
        return matchingRows.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The column sorted by, or null for the table's own order. */
    public ReadOnlyObjectProperty<String> sortColumnProperty() {
        return sortColumn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }
}
