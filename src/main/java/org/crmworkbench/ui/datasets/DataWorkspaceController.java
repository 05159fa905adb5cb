package org.crmworkbench.ui.datasets;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.Notice;
import org.crmworkbench.ui.common.ViewScope;
import org.crmworkbench.ui.datasets.DataViewModel.DatabaseState;

/**
 * Controller of {@code data-workspace.fxml}: the table list on the left, the table browser (or the import wizard)
 * on the right, and the "database is opening" state over both. Binds to the {@link DataViewModel}.
 */
public final class DataWorkspaceController {
    /** Row height of the browser; fixed, so that a table of a million rows lays out without measuring rows. */
    static final double ROW_HEIGHT = 28;

    @FXML private ListView<TableEntry> tableList;
    @FXML private Label lastImport;
    @FXML private Button importButton;
    @FXML private VBox browserPane;
    @FXML private Label tableTitle;
    @FXML private Label rowCount;
    @FXML private Label failureLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TextField filterField;
    @FXML private TableView<BrowseRow> table;
    @FXML private VBox statePane;
    @FXML private Label stateTitle;
    @FXML private Label stateText;
    @FXML private ProgressIndicator stateSpinner;
    @FXML private StackPane wizardSlot;

    private final DataViewModel model;
    private final BrowserViewModel browser;
    private final Messages messages;
    private final Supplier<Node> wizardView;
    private final ViewScope listeners;
    private boolean syncingSort;

    /** @param scope every listener on the view models goes through it; released when the view is replaced */
    public DataWorkspaceController(DataViewModel model, Messages messages, ViewScope scope,
                                   Supplier<Node> wizardView) {
        this.model = Objects.requireNonNull(model, "model");
        this.browser = model.browser();
        this.messages = Objects.requireNonNull(messages, "messages");
        this.listeners = Objects.requireNonNull(scope, "scope");
        this.wizardView = Objects.requireNonNull(wizardView, "wizardView");
    }

    @FXML
    private void initialize() {
        tableList.setItems(model.tables());
        tableList.setCellFactory(list -> new TableListCell(messages));
        tableList.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null) {
                model.select(after);
            }
        });
        listeners.followAll(this::showTable, model.selectedTableProperty());
        listeners.follow(model.lastImportProperty(), when -> showLastImport());
        listeners.follow(model.countFailureProperty(), failure -> showLastImport());
        listeners.follow(model.databaseStateProperty(), this::showDatabaseState);

        filterField.textProperty().bindBidirectional(browser.filterTextProperty());
        filterField.setOnAction(event -> browser.applyFilter());
        busyIndicator.visibleProperty().bind(browser.busyProperty());
        table.setFixedCellSize(ROW_HEIGHT);
        syncingSort = true; // setting the policy sorts at once: that must not reset the view model's sort
        table.setSortPolicy(t -> {
            if (!syncingSort) {
                TableColumn<BrowseRow, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
                browser.sortBy(BrowserColumns.sortedColumn(t),
                        first == null || first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        syncingSort = false;
        listeners.follow(browser.columnsProperty(), columns -> {
            syncingSort = true;
            table.getColumns().setAll(BrowserColumns.of(columns, messages));
            syncingSort = false;
            showSort();
        });
        listeners.follow(browser.rowsProperty(), rows -> {
            syncingSort = true; // new items clear the table's sort order; the view model's sort still holds
            table.setItems(rows);
            syncingSort = false;
            showSort();
        });
        listeners.follow(browser.sortColumnProperty(), column -> showSort());
        listeners.follow(browser.ascendingProperty(), ascending -> showSort());
        listeners.follow(browser.stateProperty(), state -> showRowCount());
        listeners.follow(browser.matchingRowsProperty(), n -> showRowCount());
        listeners.follow(browser.failureProperty(), notice -> {
            failureLabel.setText(notice == null ? "" : notice.text(messages));
            failureLabel.setVisible(notice != null);
            failureLabel.setManaged(notice != null);
        });
        listeners.follow(model.wizardOpenProperty(), this::showWizard);
    }

    @FXML
    private void openWizard() {
        model.openWizard();
    }

    /** Puts the view model's sort into the column headers (after a rebuild, or a sort not made by a click). */
    private void showSort() {
        String column = browser.sortColumnProperty().get();
        if (java.util.Objects.equals(column, BrowserColumns.sortedColumn(table))
                && (column == null || table.getSortOrder().get(0).getSortType()
                        == (browser.ascendingProperty().get() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING))) {
            return;
        }
        syncingSort = true;
        try {
            table.getSortOrder().clear();
            for (TableColumn<BrowseRow, ?> c : table.getColumns()) {
                if (column != null && column.equals(c.getUserData())) {
                    c.setSortType(browser.ascendingProperty().get() ? TableColumn.SortType.ASCENDING
                            : TableColumn.SortType.DESCENDING);
                    table.getSortOrder().add(c);
                }
            }
        } finally {
            syncingSort = false;
        }
    }

    private void showTable() {
        tableTitle.setText(model.selectedTableTitle(messages));
        TableEntry entry = model.selectedEntry();
        if (entry != null && tableList.getSelectionModel().getSelectedItem() != entry) {
            tableList.getSelectionModel().select(entry);
        }
    }

    private void showLastImport() {
        Notice failure = model.countFailureProperty().get();
        LocalDateTime when = model.lastImportProperty().get();
        lastImport.setText(failure != null ? failure.text(messages) : when == null
                ? messages.get("data.lastImport.none") : messages.get("data.lastImport", Formats.when(when)));
        lastImport.getStyleClass().remove("sidebar-error");
        if (failure != null) {
            lastImport.getStyleClass().add("sidebar-error");
        }
    }

    private void showDatabaseState(DatabaseState state) {
        boolean open = state == DatabaseState.OPEN;
        statePane.setVisible(!open);
        importButton.setDisable(!open);
        stateSpinner.setVisible(state == DatabaseState.OPENING);
        stateTitle.setText(messages.get(state == DatabaseState.FAILED ? "data.state.failed.title" : "data.state.opening.title"));
        stateText.setText(state == DatabaseState.FAILED
                ? messages.get("data.state.failed.text", String.valueOf(model.openFailure()))
                : messages.get("data.state.opening.text"));
    }

    private void showRowCount() {
        long matching = browser.matchingRowsProperty().get();
        long total = browser.totalRowsProperty().get();
        String filter = browser.appliedFilter();
        if (matching < 0) {
            rowCount.setText(browser.stateProperty().get() == BrowseState.LOADING ? messages.get("data.rows.loading") : "");
        } else if (filter.isEmpty()) {
            rowCount.setText(messages.get("data.rows.all", matching));
        } else {
            rowCount.setText(messages.get("data.rows.filtered", matching, total, filter));
        }
        table.setPlaceholder(model.placeholder(browser.stateProperty().get(), filter, messages, this::openWizard));
    }

    private void showWizard(boolean open) {
        if (open && wizardSlot.getChildren().isEmpty()) {
            wizardSlot.getChildren().setAll(wizardView.get());
        }
        wizardSlot.setVisible(open);
        browserPane.setVisible(!open);
    }
}
