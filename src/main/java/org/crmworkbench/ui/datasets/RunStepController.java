package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ViewScope;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.jobs.JobStage;

/** Controller of {@code import-run.fxml}: the running import's progress and its Cancel button. */
public final class RunStepController {
    @FXML private Label heading;
    @FXML private ProgressBar progress;
    @FXML private Label stage;
    @FXML private Button cancelButton;

    private final ImportWizardViewModel wizard;
    private final Messages messages;
    private final ImportWords words;
    private final ViewScope listeners;

    public RunStepController(ImportWizardViewModel wizard, Messages messages, ViewScope scope) {
        this.wizard = Objects.requireNonNull(wizard, "wizard");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new ImportWords(messages);
        this.listeners = Objects.requireNonNull(scope, "scope");
    }

    @FXML
    private void initialize() {
        ImportRunViewModel run = wizard.run();
        progress.progressProperty().bind(run.progressProperty());
        listeners.follow(run.stageProperty(), this::showStage);
        listeners.follow(run.phaseProperty(), phase -> heading.setText(words.runHeading(wizard)));
        listeners.follow(run.cancelRequestedProperty(), cancelling -> {
            cancelButton.setDisable(cancelling);
            if (cancelling) {
                stage.setText(messages.get("import.run.cancelling"));
            }
        });
    }

    @FXML
    private void cancel() {
        wizard.run().cancel();
    }

    private void showStage(JobStage current) {
        if (wizard.run().cancelRequestedProperty().get()) {
            return;
        }
        stage.setText(current == null ? messages.get("import.run.starting")
                : messages.get(current.messageKey(), current.args().toArray()));
    }
}
