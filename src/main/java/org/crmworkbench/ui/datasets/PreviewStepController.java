package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ViewScope;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.crmworkbench.data.imports.ImportPreview;
import org.crmworkbench.data.imports.SourceRecord;
import org.crmworkbench.i18n.Messages;

/** Controller of {@code import-preview.fxml}: the file's first rows as read, and the encoding they were read with. */
public final class PreviewStepController {
    @FXML private Label summary;
    @FXML private ComboBox<Charset> encodingChoice;
    @FXML private TableView<SourceRecord> previewTable;

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final ViewScope listeners = new ViewScope();

    public PreviewStepController(ImportWizardViewModel wizard, Messages messages) {
        this.wizard = Objects.requireNonNull(wizard, "wizard");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        encodingChoice.getItems().setAll(MappingViewModel.ENCODINGS);
        encodingChoice.setConverter(encodings());
        encodingChoice.valueProperty().bindBidirectional(wizard.mapping().encodingProperty());
        listeners.follow(wizard.previewProperty(), this::show);
    }

    static StringConverter<Charset> encodings() {
        return new StringConverter<>() {
            @Override
            public String toString(Charset charset) {
                return charset == null ? "" : charset.displayName();
            }

            @Override
            public Charset fromString(String text) {
                return null;
            }
        };
    }

    private void show(ImportPreview preview) {
        if (preview == null) {
            previewTable.getColumns().clear();
            previewTable.getItems().clear();
            summary.setText("");
            return;
        }
        List<String> header = preview.header();
        TableColumn<SourceRecord, String> line = new TableColumn<>(messages.get("import.preview.line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Long.toString(cd.getValue().line())));
        line.getStyleClass().add("row-number");
        line.setSortable(false);
        line.setPrefWidth(64);
        previewTable.getColumns().setAll(List.of(line));
        for (int c = 0; c < header.size(); c++) {
            int index = c;
            TableColumn<SourceRecord, String> column = new TableColumn<>(header.get(c).isBlank()
                    ? messages.get("import.preview.unnamed", c + 1) : header.get(c));
            column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().field(index)));
            column.setSortable(false);
            column.setPrefWidth(Math.max(90, Math.min(260, 9.0 * header.get(c).length() + 40)));
            previewTable.getColumns().add(column);
        }
        previewTable.getItems().setAll(preview.rows());
        summary.setText(messages.get("import.preview.summary", preview.file(), header.size(), preview.rows().size()));
    }
}
