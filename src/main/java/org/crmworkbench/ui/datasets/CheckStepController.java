package org.crmworkbench.ui.datasets;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.ui.common.ViewScope;

/** Controller of {@code import-check.fxml}: the dry run's progress, then its verdict and problems. */
public final class CheckStepController {
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Label verdict;
    @FXML private ProblemTable problems;

    private final ImportRunViewModel run;
    private final Messages messages;
    private final ImportWords words;
    private final ViewScope listeners;

    public CheckStepController(ImportRunViewModel run, Messages messages, ViewScope scope) {
        this.run = Objects.requireNonNull(run, "run");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.words = new ImportWords(messages);
        this.listeners = Objects.requireNonNull(scope, "scope");
    }

    @FXML
    private void initialize() {
        problems.show(run.problems(), messages);
        progress.progressProperty().bind(run.progressProperty());
        listeners.follow(run.phaseProperty(), phase -> show());
        listeners.follow(run.reportProperty(), report -> show());
    }

    private void show() {
        boolean checking = run.phaseProperty().get() == ImportPhase.CHECKING;
        progress.setVisible(checking);
        progress.setManaged(checking);
        verdict.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-bad");
        status.setText(words.checkStatus(run));
        verdict.setText(words.checkVerdict(run));
        String style = ImportWords.checkStyle(run);
        if (style != null) {
            verdict.getStyleClass().add(style);
        }
    }
}
