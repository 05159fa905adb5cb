package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.Debounce;
import org.crmworkbench.ui.common.ErrorText;
import org.crmworkbench.ui.common.Notice;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.collections.ObservableList;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.data.DataSetSummary;
import org.crmworkbench.data.Database;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.DataSession;
import org.crmworkbench.ui.jobs.JobRunner;

/**
 * The Data workspace's state: whether the database is open, the tables with their row counts (counted again
 * whenever the session's data version ticks), the selected table's {@link BrowserViewModel} and the
 * {@link ImportWizardViewModel}. Lives as long as the window; FX thread only.
 */
public final class DataViewModel {

    /** Where the database stands. */
    public enum DatabaseState { OPENING, FAILED, OPEN }

    private final DataSession session;
    private final BrowseQueue queue;
    private final ObservableList<TableEntry> tables = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DatabaseState> databaseState = new ReadOnlyObjectWrapper<>(this,
            "databaseState", DatabaseState.OPENING);
    private final ReadOnlyObjectWrapper<LocalDateTime> lastImport = new ReadOnlyObjectWrapper<>(this, "lastImport");
    private final ReadOnlyObjectWrapper<Notice> countFailure = new ReadOnlyObjectWrapper<>(this, "countFailure");
    private final ReadOnlyBooleanWrapper wizardOpen = new ReadOnlyBooleanWrapper(this, "wizardOpen");
    private final BrowserViewModel browser;
    private final ImportWizardViewModel wizard;

    public DataViewModel(DataSession session, JobRunner jobs, BrowseQueue queue, Debounce debounce,
            Supplier<Messages> messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.browser = new BrowserViewModel(jobs, queue, debounce);
        this.wizard = new ImportWizardViewModel(jobs, session::database, messages, this::imported, this::closeWizard);
        for (CrmTable table : CrmTable.loadOrder()) {
            tables.add(new TableEntry(table));
        }
        session.databaseProperty().addListener((o, before, after) -> databaseChanged());
        session.openFailureProperty().addListener((o, before, after) -> databaseChanged());
        session.dataVersionProperty().addListener((o, before, after) -> dataChanged());
        databaseChanged();
    }

    private void databaseChanged() {
        Database db = session.database();
        databaseState.set(db != null ? DatabaseState.OPEN
                : session.openFailureProperty().get() != null ? DatabaseState.FAILED : DatabaseState.OPENING);
        browser.setDatabase(db);
        recount();
    }

    private void dataChanged() {
        recount();
        browser.reload();
    }

    /** Counts the rows of every table again. */
    public void recount() {
        Database db = session.database();
        if (db == null) {
            tables.forEach(entry -> entry.setRows(-1));
            return;
        }
        queue.submit(() -> DataSetSummary.read(db), summary -> {
            countFailure.set(null);
            tables.forEach(entry -> entry.setRows(summary.rowCount(entry.table())));
            lastImport.set(summary.lastImport().orElse(null));
        }, error -> countFailure.set(Notice.error("data.tables.countFailed", ErrorText.of(error))));
    }

    /** Shows the import wizard; a wizard that is not in the middle of something starts afresh. */
    public void openWizard() {
        if (!wizard.isWorking()) {
            wizard.restart(browser.tableProperty().get());
        }
        wizardOpen.set(true);
    }

    /** Hides the wizard (the wizard's own Close and Done do this too). */
    public void closeWizard() {
        wizardOpen.set(false);
    }

    /** A committed import changed {@code table}: tell the session, and show that table. */
    private void imported(CrmTable table) {
        browser.tableProperty().set(table);
        session.dataChanged();
    }

    public ObservableList<TableEntry> tables() {
        return tables;
    }

    public ReadOnlyObjectProperty<DatabaseState> databaseStateProperty() {
        return databaseState.getReadOnlyProperty();
    }

    /** Why the database could not be opened, when it could not. */
    public String openFailure() {
        return session.openFailureProperty().get();
    }

    /** When data was last imported, or null. */
    public ReadOnlyObjectProperty<LocalDateTime> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> countFailureProperty() {
        return countFailure.getReadOnlyProperty();
    }

    /** The table shown in the browser (selected in the list). */
    public ObjectProperty<CrmTable> selectedTableProperty() {
        return browser.tableProperty();
    }

    /** Shows the table of {@code entry} in the browser. */
    public void select(TableEntry entry) {
        browser.tableProperty().set(entry.table());
    }

    /** The list entry of the table shown, or null. */
    public TableEntry selectedEntry() {
        CrmTable shown = browser.tableProperty().get();
        return tables.stream().filter(e -> e.table() == shown).findFirst().orElse(null);
    }

    /** The name of the table shown, in the reader's language. */
    public String selectedTableTitle(Messages messages) {
        return Formats.table(messages, browser.tableProperty().get());
    }

    /** What the browser shows while it has no rows (loading, empty with Import, no match, a failure). */
    Node placeholder(BrowseState state, String filter, Messages messages, Runnable importFile) {
        return BrowserPlaceholder.of(state, browser.tableProperty().get(), filter, messages, importFile);
    }

    public BrowserViewModel browser() {
        return browser;
    }

    public ImportWizardViewModel wizard() {
        return wizard;
    }

    public ReadOnlyBooleanProperty wizardOpenProperty() {
        return wizardOpen.getReadOnlyProperty();
    }
}
