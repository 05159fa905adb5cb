package org.crmworkbench.ui.settings;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.NoticeLabel;

/** Controller of {@code settings-dialog.fxml}. */
public final class SettingsDialogController {

    @FXML private ComboBox<Language> languageChoice;
    @FXML private Label homeFolder;
    @FXML private Label engineStatus;
    @FXML private TextField sparkMaster;
    @FXML private TextArea sparkConf;
    @FXML private Label engineProblem;

    private final SettingsViewModel settings;
    private final Messages messages;
    private final Runnable close;

    public SettingsDialogController(SettingsViewModel settings, Messages messages, Runnable close) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.close = Objects.requireNonNull(close, "close");
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(settings.languages());
        languageChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : messages.get(language.nameKey());
            }

            @Override
            public Language fromString(String text) {
                return null; // not editable
            }
        });
        languageChoice.valueProperty().bindBidirectional(settings.languageProperty());
        homeFolder.setText(settings.homeFolder().toAbsolutePath().toString());
        EngineSettingsModel engine = settings.engine();
        NoticeLabel.show(engineStatus, engine.status(), messages, "");
        sparkMaster.textProperty().bindBidirectional(engine.masterProperty());
        sparkConf.textProperty().bindBidirectional(engine.confProperty());
        engine.problemProperty().addListener((o, before, problem) -> showProblem());
        showProblem();
    }

    private void showProblem() {
        NoticeLabel.show(engineProblem, settings.engine().problemProperty().get(), messages, "");
        engineProblem.setVisible(!engineProblem.getText().isEmpty());
        engineProblem.setManaged(engineProblem.isVisible());
    }

    @FXML
    private void confirm() {
        if (settings.acceptable()) {
            close.run();
            settings.apply();
        }
    }

    @FXML
    private void cancel() {
        close.run();
    }
}
