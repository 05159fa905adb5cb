package org.crmworkbench.ui.datasets;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.crmworkbench.data.CrmTable;
import org.crmworkbench.i18n.Messages;

/** Controller of {@code import-file.fxml}: the file (typed, pasted or chosen) and the table it goes into. */
public final class FileStepController {
    @FXML private TextField pathField;
    @FXML private ComboBox<CrmTable> tableChoice;

    private final ImportWizardViewModel wizard;
    private final Messages messages;

    public FileStepController(ImportWizardViewModel wizard, Messages messages) {
        this.wizard = Objects.requireNonNull(wizard, "wizard");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        pathField.textProperty().bindBidirectional(wizard.filePathProperty());
        pathField.setOnAction(event -> wizard.next());
        tableChoice.getItems().setAll(CrmTable.loadOrder());
        tableChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(CrmTable table) {
                return table == null ? "" : Formats.table(messages, table) + "  (" + table.sqlName() + ")";
            }

            @Override
            public CrmTable fromString(String text) {
                return null; // not editable
            }
        });
        tableChoice.valueProperty().bindBidirectional(wizard.tableProperty());
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.file.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.file.types"), "*.csv", "*.tsv", "*.txt", "*.xlsx"),
                new FileChooser.ExtensionFilter(messages.get("import.file.allTypes"), "*.*"));
        Path current = wizard.filePathProperty().get().isBlank() ? null : Path.of(wizard.filePathProperty().get().trim());
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(pathField.getScene().getWindow());
        if (chosen != null) {
            wizard.filePathProperty().set(chosen.getAbsolutePath());
        }
    }
}
