package org.crmworkbench.ui.datasets;

import java.nio.charset.Charset;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;

/** Controller of {@code import-preview.fxml}: the file's first rows as read, and the encoding they were read with. */
public final class PreviewStepController {
    @FXML private Label summary;
    @FXML private ComboBox<Charset> encodingChoice;
    @FXML private PreviewTable previewTable;

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final ImportWords words;
    private final ViewScope listeners;

    public PreviewStepController(ImportWizardViewModel wizard, Messages messages, ViewScope scope) {
        this.wizard = Objects.requireNonNull(wizard, "wizard");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new ImportWords(messages);
        this.listeners = Objects.requireNonNull(scope, "scope");
    }

    @FXML
    private void initialize() {
        encodingChoice.getItems().setAll(MappingViewModel.ENCODINGS);
        encodingChoice.setConverter(encodings());
        encodingChoice.valueProperty().bindBidirectional(wizard.mapping().encodingProperty());
        listeners.followAll(this::show, wizard.previewProperty());
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

    private void show() {
        previewTable.show(wizard.previewProperty().get(), messages);
        summary.setText(words.previewSummary(wizard));
    }
}
