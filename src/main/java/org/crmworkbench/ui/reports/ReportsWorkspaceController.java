package org.crmworkbench.ui.reports;

import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.ui.common.NoticeLabel;
import org.crmworkbench.ui.common.ViewScope;

/**
 * Binds the Reports view to its {@link ReportBuilderViewModel}; asks for files and shows the preview. Every listener
 * on the view model (and on its item rows) goes through the view's {@link ViewScope}.
 */
public final class ReportsWorkspaceController {
    private final ReportBuilderViewModel model;
    private final Messages messages;
    private final SaveTarget saveTarget;
    private final ItemPreview preview;
    private final ViewScope scope;
    private ItemRow bound;
    /** The listener on the shown row's built item: taken off when another row is shown. */
    private ViewScope.Subscription boundItem;

    @FXML private BorderPane root;
    @FXML private ProgressIndicator runsBusy;
    @FXML private ListView<SavedRun> runList;
    @FXML private Label choicesHeading;
    @FXML private ItemChoiceList choiceList;
    @FXML private Button addDefaultsButton;
    @FXML private TextField titleField;
    @FXML private TextArea notesArea;
    @FXML private ListView<ItemRow> itemList;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button removeButton;
    @FXML private CheckBox withNamesBox;
    @FXML private Button pdfButton;
    @FXML private Button htmlButton;
    @FXML private Button xlsxButton;
    @FXML private ProgressIndicator exportBusy;
    @FXML private Button cancelExportButton;
    @FXML private Button csvButton;
    @FXML private GridPane itemForm;
    @FXML private TextField itemTitleField;
    @FXML private TextArea itemNoteArea;
    @FXML private StackPane previewSlot;
    @FXML private Label noticeLabel;

    public ReportsWorkspaceController(ReportBuilderViewModel model, Messages messages, SaveTarget saveTarget,
                                      ViewScope scope) {
        this.model = model;
        this.scope = scope;
        this.messages = messages;
        this.saveTarget = saveTarget;
        this.preview = new ItemPreview(messages);
    }

    @FXML
    private void initialize() {
        RunWords words = new RunWords(messages, ZoneId.systemDefault());
        runList.setItems(model.runs());
        runList.setCellFactory(list -> new ReportCells.RunCell(words));
        runList.setPlaceholder(placeholder("reports.ws.noRuns.title", "reports.ws.noRuns.text"));
        runList.getSelectionModel().select(model.selectedRunProperty().get());
        runList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedRunProperty().get()) {
                model.selectedRunProperty().set(b);
            }
        });
        scope.onChange(model.runs(), c -> showRun(model.selectedRunProperty().get()));
        scope.follow(model.selectedRunProperty(), this::showRun);
        runsBusy.visibleProperty().bind(model.loadingRunsProperty());

        choiceList.show(model, messages);
        addDefaultsButton.disableProperty().bind(model.canAddDefaultsProperty().not());

        titleField.textProperty().bindBidirectional(model.titleProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        withNamesBox.selectedProperty().bindBidirectional(model.withNamesProperty());
        withNamesBox.setTooltip(new Tooltip(messages.get("privacy.reports.withNamesTip")));
        notesArea.setPromptText(messages.get("reports.ws.notes.prompt"));

        itemList.setItems(model.items());
        itemList.setCellFactory(list -> new ReportCells.ItemCell(messages));
        itemList.setPlaceholder(hintLabel("reports.ws.items.none"));
        itemList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedItemProperty().set(b);
            }
        });
        scope.follow(model.selectedItemProperty(), this::showItem);
        var selected = model.selectedItemProperty();
        moveUpButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.items().indexOf(selected.get()) <= 0, selected, model.items()));
        moveDownButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || model.items().indexOf(selected.get()) >= model.items().size() - 1,
                selected, model.items()));
        removeButton.disableProperty().bind(selected.isNull());

        var exporting = model.exportingProperty();
        pdfButton.disableProperty().bind(model.readyProperty().not().or(exporting));
        htmlButton.disableProperty().bind(pdfButton.disableProperty());
        xlsxButton.disableProperty().bind(pdfButton.disableProperty());
        exportBusy.visibleProperty().bind(exporting);
        exportBusy.managedProperty().bind(exporting);
        cancelExportButton.visibleProperty().bind(exporting);
        cancelExportButton.managedProperty().bind(exporting);
        csvButton.disableProperty().bind(model.tableSelectedProperty().not());

        scope.follow(model.noticeProperty(), n -> NoticeLabel.show(noticeLabel, n, messages, ""));
        root.parentProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.refresh(); // shown again: runs may have been saved elsewhere meanwhile
            }
        });
    }

    private VBox placeholder(String titleKey, String textKey) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        Label text = new Label(messages.get(textKey));
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        VBox box = new VBox(8, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("reports-empty");
        box.setId("reports-no-runs");
        return box;
    }

    private Label hintLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("placeholder-text");
        label.setWrapText(true);
        return label;
    }

    private void showRun(SavedRun run) {
        if (run == null) {
            runList.getSelectionModel().clearSelection();
        } else if (run != runList.getSelectionModel().getSelectedItem()) {
            runList.getSelectionModel().select(run);
        }
        choicesHeading.setText(run == null ? messages.get("reports.ws.section.choices")
                : messages.get("reports.ws.section.choicesOf", run.id()));
    }

    private void showItem(ItemRow row) {
        if (boundItem != null) {
            boundItem.cancel();
            boundItem = null;
        }
        if (bound != null) {
            itemTitleField.textProperty().unbindBidirectional(bound.titleProperty());
            itemNoteArea.textProperty().unbindBidirectional(bound.noteProperty());
        }
        bound = row;
        if (row != null) {
            itemTitleField.textProperty().bindBidirectional(row.titleProperty());
            itemNoteArea.textProperty().bindBidirectional(row.noteProperty());
            boundItem = scope.onChange(row.itemProperty(), (o, a, b) -> {
                if (row == bound) {
                    showPreview();
                }
            });
            if (itemList.getSelectionModel().getSelectedItem() != row) {
                itemList.getSelectionModel().select(row);
            }
        } else {
            itemTitleField.clear();
            itemNoteArea.clear();
            itemList.getSelectionModel().clearSelection();
        }
        itemForm.setDisable(row == null);
        showPreview();
    }

    private void showPreview() {
        previewSlot.getChildren().setAll(preview.of(bound));
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void addDefaults() {
        model.addDefaults();
    }

    @FXML
    private void moveUp() {
        model.moveUp();
    }

    @FXML
    private void moveDown() {
        model.moveDown();
    }

    @FXML
    private void remove() {
        model.remove();
    }

    @FXML
    private void exportPdf() {
        export("pdf");
    }

    @FXML
    private void exportHtml() {
        export("html");
    }

    @FXML
    private void exportXlsx() {
        export("xlsx");
    }

    private void export(String extension) {
        saveTarget.ask(root, model.suggestedFileName(extension), extension.toUpperCase(Locale.ROOT), extension)
                .ifPresent(file -> model.export(extension, file));
    }

    @FXML
    private void cancelExport() {
        model.cancelExport();
    }

    @FXML
    private void exportCsv() {
        saveTarget.ask(root, model.suggestedCsvName(), "CSV", "csv").ifPresent(model::exportCsv);
    }
}
