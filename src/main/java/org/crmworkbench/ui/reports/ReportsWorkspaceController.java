package org.crmworkbench.ui.reports;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.model.SavedRun;
import org.crmworkbench.present.report.ItemChoice;
import org.crmworkbench.present.report.ReportFormat;
import org.crmworkbench.present.report.ReportItem;
import org.crmworkbench.ui.common.NoticeLabel;

/** Binds the Reports view to its {@link ReportBuilderViewModel}; asks for files and shows the preview. */
public final class ReportsWorkspaceController {
    private final ReportBuilderViewModel model;
    private final Messages messages;
    private final SaveTarget saveTarget;
    private final ItemPreview preview;
    private final InvalidationListener builtChanged = o -> showPreview();
    private final InvalidationListener weakBuiltChanged = new WeakInvalidationListener(builtChanged);
    /** Listeners on the long-lived view model, held here and weakly there: an old view (language changed) can go. */
    private final List<Object> held = new ArrayList<>();
    private ItemRow bound;

    @FXML private BorderPane root;
    @FXML private ProgressIndicator runsBusy;
    @FXML private ListView<SavedRun> runList;
    @FXML private Label choicesHeading;
    @FXML private ListView<ItemChoice> choiceList;
    @FXML private Button addDefaultsButton;
    @FXML private TextField titleField;
    @FXML private TextArea notesArea;
    @FXML private ListView<ItemRow> itemList;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button removeButton;
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

    public ReportsWorkspaceController(ReportBuilderViewModel model, Messages messages, SaveTarget saveTarget) {
        this.model = model;
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
        ListChangeListener<SavedRun> runsChanged = c -> showRun(model.selectedRunProperty().get());
        held.add(runsChanged);
        model.runs().addListener(new WeakListChangeListener<>(runsChanged));
        follow(model.selectedRunProperty(), this::showRun);
        runsBusy.visibleProperty().bind(model.loadingRunsProperty());

        choiceList.setItems(model.choices());
        choiceList.setCellFactory(list -> new ReportCells.ChoiceCell(messages, model::add));
        choiceList.setPlaceholder(hintLabel("reports.ws.choices.none"));
        addDefaultsButton.disableProperty().bind(model.selectedRunProperty().isNull()
                .or(Bindings.isEmpty(model.choices())));

        titleField.textProperty().bindBidirectional(model.titleProperty());
        notesArea.textProperty().bindBidirectional(model.notesProperty());
        notesArea.setPromptText(messages.get("reports.ws.notes.prompt"));

        itemList.setItems(model.items());
        itemList.setCellFactory(list -> new ReportCells.ItemCell(messages));
        itemList.setPlaceholder(hintLabel("reports.ws.items.none"));
        itemList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedItemProperty().set(b);
            }
        });
        follow(model.selectedItemProperty(), this::showItem);
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
        csvButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !(selected.get().itemProperty().get() instanceof ReportItem.Table),
                selected, model.items()));

        follow(model.noticeProperty(), n -> showNotice());
        root.parentProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.refresh(); // shown again: runs may have been saved elsewhere meanwhile
            }
        });
        showRun(model.selectedRunProperty().get());
        showItem(model.selectedItemProperty().get());
        showNotice();
    }

    private <T> void follow(ObservableValue<T> value, Consumer<? super T> action) {
        ChangeListener<T> listener = (o, a, b) -> action.accept(b);
        held.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
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
        if (bound != null) {
            itemTitleField.textProperty().unbindBidirectional(bound.titleProperty());
            itemNoteArea.textProperty().unbindBidirectional(bound.noteProperty());
            bound.itemProperty().removeListener(weakBuiltChanged);
        }
        bound = row;
        if (row != null) {
            itemTitleField.textProperty().bindBidirectional(row.titleProperty());
            itemNoteArea.textProperty().bindBidirectional(row.noteProperty());
            row.itemProperty().addListener(weakBuiltChanged);
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

    private void showNotice() {
        NoticeLabel.show(noticeLabel, model.noticeProperty().get(), messages, "");
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
        export(ReportFormat.PDF);
    }

    @FXML
    private void exportHtml() {
        export(ReportFormat.HTML);
    }

    @FXML
    private void exportXlsx() {
        export(ReportFormat.XLSX);
    }

    private void export(ReportFormat format) {
        saveTarget.ask(root, model.suggestedFileName(format.extension()), format.name(), format.extension())
                .ifPresent(file -> model.export(format, file));
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
