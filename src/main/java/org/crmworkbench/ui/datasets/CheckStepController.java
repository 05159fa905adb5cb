package org.crmworkbench.ui.datasets;

import org.crmworkbench.ui.common.ViewScope;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import org.crmworkbench.data.imports.ImportProblem;
import org.crmworkbench.data.imports.ImportReport;
import org.crmworkbench.i18n.Messages;

/** Controller of {@code import-check.fxml}: the dry run's progress, then its verdict and problems. */
public final class CheckStepController {
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Label verdict;
    @FXML private TableView<ImportProblem> problems;

    private final ImportRunViewModel run;
    private final Messages messages;
    private final ViewScope listeners = new ViewScope();

    public CheckStepController(ImportRunViewModel run, Messages messages) {
        this.run = Objects.requireNonNull(run, "run");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @FXML
    private void initialize() {
        ProblemTable.configure(problems, run.problems(), messages);
        progress.progressProperty().bind(run.progressProperty());
        listeners.follow(run.phaseProperty(), phase -> show());
        listeners.follow(run.reportProperty(), report -> show());
    }

    private void show() {
        ImportPhase phase = run.phaseProperty().get();
        boolean checking = phase == ImportPhase.CHECKING;
        progress.setVisible(checking);
        progress.setManaged(checking);
        ImportReport report = run.reportProperty().get();
        verdict.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-bad");
        switch (phase) {
            case CHECKING -> {
                status.setText(messages.get("import.check.running"));
                verdict.setText("");
            }
            case CHECK_FAILED -> {
                status.setText("");
                verdict.setText(run.failureProperty().get() == null ? "" : run.failureProperty().get().text(messages));
                verdict.getStyleClass().add("verdict-bad");
            }
            case CHECKED -> {
                status.setText(messages.get("import.check.read", report.rowsRead()));
                boolean clean = report.problemCount() == 0;
                verdict.setText(clean ? messages.get("import.check.clean", report.rowsRead())
                        : run.importAllowed() ? messages.get("import.check.skipping", report.problemCount(), report.rowsRejected(),
                                report.rowsRead() - report.rowsRejected())
                        : messages.get("import.check.problems", report.problemCount(), run.problems().size()));
                verdict.getStyleClass().add(clean ? "verdict-ok" : run.importAllowed() ? "verdict-warn" : "verdict-bad");
            }
            default -> {
                status.setText("");
                verdict.setText("");
            }
        }
    }
}
