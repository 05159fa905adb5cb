package org.crmworkbench.ui.datasets;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.crmworkbench.i18n.Messages;

/** Controller of {@code import-file.fxml}: the file (typed, pasted or chosen) and the table it goes into. */
public final class FileStepController {
    @FXML private TextField pathField;
    @FXML private TableChoiceBox tableChoice;

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
        tableChoice.bind(wizard.tableProperty(), messages);
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
